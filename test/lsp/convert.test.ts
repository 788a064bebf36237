/**
 * The language server's pure part (src/lsp/convert.ts): the suppression comment it writes is the
 * one SPEC §9 reads — at the finding's indentation, with the file's line ending, after a
 * byte-order mark — checked by linting the edited text; codes a comment cannot suppress get none.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { positionAt, shapeOf, suppressEdit } from '../../src/lsp/convert.js';

const SPEC = 'Name: nested\nImageId: m-x\nInstanceType: ecs.sn1.medium\nGroups:\n  main:\n    DesiredVMCount: 0\n    ResourceType: OnDemand\n';

function suppressOnce(text: string) {
  const result = lintText(text, { filename: 'spec.yaml' });
  expect(result.diagnostics.map((d) => d.code)).toEqual(['InvalidDesiredVMCount']);
  const edit = suppressEdit(result.diagnostics[0]!, text, shapeOf(text))!;
  const after = lintText(edit.after, { filename: 'spec.yaml' });
  return { edit, after };
}

describe('suppression comments', () => {
  it('go above the finding at its indentation, and suppress it', () => {
    const { edit, after } = suppressOnce(SPEC);
    expect(edit.edit).toEqual({ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '    # clusterlint-disable-next-line InvalidDesiredVMCount -- reason\n' });
    expect(after.diagnostics).toEqual([]);
    expect(after.suppressedDiagnostics.map((d) => [d.code, d.line, d.suppression])).toEqual([['InvalidDesiredVMCount', 7, { kind: 'inSource', justification: 'reason' }]]);
  });

  it('keep CRLF line endings and a byte-order mark as they are', () => {
    const text = `\uFEFF${SPEC.replace(/\n/g, '\r\n')}`;
    const { edit, after } = suppressOnce(text);
    expect(edit.edit.newText).toBe('    # clusterlint-disable-next-line InvalidDesiredVMCount -- reason\r\n');
    expect(edit.after.startsWith('\uFEFFName: nested\r\n')).toBe(true);
    expect(after.diagnostics).toEqual([]);
  });

  it('are not offered for codes a comment cannot suppress, or cannot spell', () => {
    const text = '{"Name": "a", "Name": "b", "ImageId": "m-x", "UserData": {"my key": "' + 'x'.repeat(1025) + '"}}';
    const codes = lintText(text, { filename: 'spec.json' }).diagnostics;
    expect(codes.map((d) => d.code)).toEqual(expect.arrayContaining(['DuplicateKey', 'InvalidUserData.my key.value']));
    for (const d of codes.filter((x) => x.code === 'DuplicateKey' || x.code.includes(' '))) expect(suppressEdit(d, text, shapeOf(text))).toBeUndefined();
  });
});

describe('positions', () => {
  it('count UTF-16 units from the start of the line', () => {
    expect(positionAt('a\n😀b\nc', 5)).toEqual({ line: 1, character: 3 });
    expect(positionAt('a\r\nb', 3)).toEqual({ line: 1, character: 0 });
  });
});
