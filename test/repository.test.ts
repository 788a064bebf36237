/**
 * The repository is named in one place, package.json's `repository` field: the SARIF links are
 * derived from it, and the README (the Action's `uses:`, pre-commit's `repo:`, links) names no
 * other repository of this project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { REPOSITORY_URL, repositoryUrl } from '../src/formatters/sarif.js';
import { ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** `owner/name`, from the one setting. */
const SLUG = /^git\+https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\.git$/.exec(pkg.repository.url)?.[1];
/** Actions of other projects that the README's workflow uses. */
const OTHER_ACTIONS = /^(actions|github)\//;

describe('the repository setting', () => {
  it('package.json names a GitHub repository as npm documents it (git+https://…/owner/name.git)', () => {
    expect(pkg.repository.type).toBe('git');
    expect(SLUG).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });

  it('SARIF links come from it', () => {
    expect(REPOSITORY_URL).toBe(`https://github.com/${SLUG}`);
    expect(repositoryUrl('git+https://github.com/acme/lint.git')).toBe('https://github.com/acme/lint');
  });

  it('the README names it, and no other repository of this project, everywhere', () => {
    const uses = [...README.matchAll(/uses: ([\w.-]+\/[\w./-]+)@/g)].map((m) => m[1]!).filter((a) => !OTHER_ACTIONS.test(a));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    expect(new Set(uses)).toEqual(new Set([SLUG]));
    const links = [...README.matchAll(/github\.com\/([\w.-]+\/[\w.-]+)/g)].map((m) => m[1]!.replace(/\.git$/, ''));
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(new Set(links)).toEqual(new Set([SLUG]));
    expect(README).toContain(`  - repo: https://github.com/${SLUG}\n`);
  });
});
