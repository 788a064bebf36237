/**
 * What clusterlint asks of git: the repository root (SARIF and GitHub paths are relative to it)
 * and, for the Action's `only-changed`, the files changed since a base commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../config/config.js';

/**
 * The top of the git work tree holding `cwd` — the nearest folder upward with a `.git` entry (a
 * folder, or a file in worktrees and submodules) — else `cwd` itself. Found without running git,
 * so it also works where git refuses a checkout owned by another user (container jobs).
 */
export function repositoryRoot(cwd: string): string {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** What to compare with: a revision, and what to fetch from `origin` when a shallow clone lacks it. */
export interface Base {
  revision: string;
  /** A commit or branch name to fetch (depth 1) when `revision` is not in the clone. */
  fetch?: string;
}

/**
 * Absolute paths of the files that HEAD adds or changes against the base: against the merge
 * base when the history holds one, else against the base itself (a shallow clone of a pull
 * request's merge commit, whose first parent is the base). Deleted files are left out.
 */
export function changedFiles(cwd: string, base: Base): Set<string> {
  const git = (...args: string[]) => runGit(cwd, args);
  let revision = base.revision;
  if (!hasCommit(cwd, revision)) {
    if (base.fetch === undefined) throw new UsageError(`cannot find the base commit ${revision} in the clone`);
    try {
      // `--` ends the options: what follows is a repository and a ref, whatever it looks like.
      git('fetch', '--no-tags', '--depth=1', '--', 'origin', base.fetch);
    } catch (e) {
      throw new UsageError(`cannot fetch the base ${base.fetch} from origin: ${(e as Error).message}`);
    }
    revision = 'FETCH_HEAD';
  }
  let from = revision;
  try {
    from = git('merge-base', revision, 'HEAD').trim();
  } catch {
    // No common history in a shallow clone: the base itself is the best comparison left.
  }
  const top = git('rev-parse', '--show-toplevel').trim();
  const names = git('diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', from, 'HEAD', '--');
  return new Set(names.split('\0').filter(Boolean).map((name) => resolve(top, name)));
}

function hasCommit(cwd: string, revision: string): boolean {
  try {
    runGit(cwd, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Runs git in `cwd` and returns its standard output; throws with git's first line of complaint. */
function runGit(cwd: string, args: string[]): string {
  try {
    // The workspace is the user's own checkout: trust it even when another user owns it (container jobs).
    return execFileSync('git', ['-c', `safe.directory=${repositoryRoot(cwd)}`, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // A fetch that needs credentials fails instead of waiting for someone to type them.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const line = (err.stderr ?? '').trim().split('\n')[0];
    throw new Error(line || err.message.split('\n')[0]);
  }
}
