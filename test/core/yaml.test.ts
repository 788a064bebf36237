/** YAML specifics of the parser: merge keys. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse.js';
import { goldenLine, lintText } from '../helpers.js';

describe('YAML merge keys', () => {
  it('`<<` merges the anchored mapping; explicit keys win (regression: it was read as a key named "Symbol(<<)")', () => {
    const text = 'a: &a {x: 1, y: 2}\nb:\n  <<: *a\n  y: 3\nc:\n  <<: [*a, {z: 4}]\n';
    const data = parseFile('m.yaml', new TextEncoder().encode(text)).documents[0]!.data;
    expect(data).toEqual({ a: { x: 1, y: 2 }, b: { x: 1, y: 3 }, c: { x: 1, y: 2, z: 4 } });
  });

  it('a quoted "<<" is an ordinary key', () => {
    const data = parseFile('m.yaml', new TextEncoder().encode('a: &a {x: 1}\nb:\n  "<<": *a\n')).documents[0]!.data;
    expect(data).toEqual({ a: { x: 1 }, b: { '<<': { x: 1 } } });
  });

  it('merged groups are checked where the anchored text stands', () => {
    const text = 'defaults: &d\n  ResourceType: Spot\n  DesiredVMCount: 0\nName: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups:\n  g:\n    <<: *d\n';
    expect(lintText(text, 'm.yaml').map(goldenLine)).toEqual([
      '1:1-1:9 warning UnknownParameter - /defaults The parameter is not defined for this action. | "defaults" is not a field in the documented request body.',
      '3:19-3:20 warning InvalidDesiredVMCount 400 /Groups/g/DesiredVMCount Specified parameter DesiredVMCount is not valid. It must be in [1, 65536]. | Group "g" asks for 0 VMs: the API accepts 0 and creates an empty group, to be scaled later; the documented range starts at 1.',
    ]);
  });
});

describe('YAML ordered maps and pairs', () => {
  it('items of !!omap and !!pairs are read as one-member mappings (regression: a crash locating them)', () => {
    const text = 'a: !!omap [x]\nb: !!pairs\n  - k: 1\n  - k: 2\n';
    const doc = parseFile('p.yaml', new TextEncoder().encode(text)).documents[0]!;
    expect(doc.data).toEqual({ a: [{ x: null }], b: [{ k: 1 }, { k: 2 }] });
    const at = text.lastIndexOf('k: 2');
    expect(doc.loc('/b/1')).toEqual({ value: { start: at, end: at + 4 }, head: { start: at, end: at + 1 } });
    expect(doc.loc('/b/1/k')?.value).toEqual({ start: at + 3, end: at + 4 });
  });

  it('they are checked like any value', () => {
    const text = 'Name: x\nImageId: m-1\nInstanceType: ecs.sn1.medium\nGroups: {g: {DesiredVMCount: 1, ResourceType: OnDemand}}\nNotification: {Topic: {Events: !!omap [OnJobFailed]}}\n';
    expect(lintText(text, 'p.yaml').map((d) => `${d.code} ${d.pointer} ${d.line}:${d.column}`)).toEqual(['InvalidNotification.Topic.Events /Notification/Topic/Events/0 5:40']);
  });
});
