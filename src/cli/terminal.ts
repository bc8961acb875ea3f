import * as util from 'node:util';
import type { PaintRole } from '../format/format-diff.js';

/** What decides whether terminal output is colored. */
export interface ColorEnvironment {
  /** Whether the output stream is a terminal. */
  isTTY: boolean;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to color output, following the conventions of no-color.org and Node: `FORCE_COLOR`
 * (any value but `0` or `false`) turns color on, a non-empty `NO_COLOR` turns it off, and
 * otherwise color is on only for a terminal that is not `TERM=dumb`.
 */
export function shouldColor(environment: ColorEnvironment): boolean {
  const force = environment.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = environment.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return environment.isTTY && environment.env.TERM !== 'dumb';
}

type Format = Parameters<typeof util.styleText>[0];

const ROLE_STYLES: Record<PaintRole, Format> = {
  heading: 'bold',
  insert: 'green',
  delete: 'red',
  change: 'yellow',
  dim: 'gray',
};

/**
 * A painter for `formatDiff(diff, 'text', { paint })` that colors each role with
 * `util.styleText`. The caller decides whether color is wanted (`shouldColor`), so the
 * stream check of newer Node versions is switched off: it would look at `process.stdout`,
 * which is not where the CLI's output may be going.
 */
export function terminalPainter(): (role: PaintRole, text: string) => string {
  // `styleText` arrived in Node 20.12; on an older 20.x the output stays plain.
  const styleText: typeof util.styleText | undefined = util.styleText;
  if (typeof styleText !== 'function') return (_role, text) => text;
  return (role, text) =>
    text === '' ? text : styleText(ROLE_STYLES[role], text, { validateStream: false });
}
