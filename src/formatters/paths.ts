/** Paths as seen from the repository root, for the formats read on GitHub (SARIF, workflow commands). */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FormatContext } from './context.js';

/**
 * A result's file relative to the repository root, with `/` separators; undefined when the file
 * lies outside the repository (or is the root itself), where no relative path can name it.
 */
export function repositoryPath(file: string, ctx: Pick<FormatContext, 'cwd' | 'root'>): string | undefined {
  const rel = relative(ctx.root, resolve(ctx.cwd, file)).split(sep).join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return undefined;
  return rel;
}
