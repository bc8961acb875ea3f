import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { pushAll } from '../internal/push-all.js';
import { CliError } from './cli-io.js';

/**
 * Expands `*` in the last path segment of each argument (`drafts/*.json`), for shells that do
 * not (Windows) and for quoted arguments. Deliberately tiny: `*` matches any run of characters
 * except `/`, only in the last segment, never a leading dot; matches are regular files, sorted
 * by name. An argument that names an existing file is taken literally, even with a `*` in it.
 */
export async function expandGlobs(args: readonly string[], cwd: string): Promise<string[]> {
  const expanded: string[] = [];
  for (const arg of args) {
    if (arg === '-' || !arg.includes('*') || (await isFile(resolve(cwd, arg)))) {
      expanded.push(arg);
      continue;
    }
    const slash = Math.max(arg.lastIndexOf('/'), sep === '/' ? -1 : arg.lastIndexOf(sep));
    const directory = slash < 0 ? '' : arg.slice(0, slash + 1);
    const pattern = arg.slice(slash + 1);
    if (directory.includes('*')) {
      throw new CliError(`${arg}: only the last part of a path may contain *`);
    }
    const absolute = isAbsolute(directory) ? directory : resolve(cwd, directory || '.');
    let names: string[];
    try {
      names = await readdir(absolute);
    } catch {
      throw new CliError(`${arg}: no such directory ${directory || '.'}`);
    }
    const matches: string[] = [];
    for (const name of names.sort(compareNames)) {
      if (name.startsWith('.') && !pattern.startsWith('.')) continue;
      if (!matchWildcard(pattern, name)) continue;
      if (await isFile(join(absolute, name))) matches.push(`${directory}${name}`);
    }
    if (matches.length === 0) throw new CliError(`${arg}: no files match`);
    pushAll(expanded, matches);
  }
  return expanded;
}

/**
 * Whether `name` matches `pattern`, where `*` stands for any run of characters. Two pointers
 * that back up to the last `*` only: O(pattern x name) at worst, where a regular expression
 * built from `*a*a*a*b` would backtrack exponentially.
 */
export function matchWildcard(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (p < pattern.length && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Code-unit order: the same on every machine, unlike a locale collation. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
