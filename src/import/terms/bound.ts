/**
 * How a figure is bounded, read from the words before it ("capped at", "within
 * approximately") or after it ("or more", "or fewer"). Each look reads a window of a few dozen
 * characters, so it costs a bounded amount per figure.
 */

import type { Bound } from '../../model/term.js';
import { captured } from '../capture.js';
import { isInlineSpaceCode, SPACE, stickyMatch, windowBefore } from './patterns.js';
import { BOUNDS_AFTER, BOUNDS_BEFORE } from './vocabulary.js';

const S = SPACE;

/** Most white space between bound words, or between them and the figure: a wrapped line. */
const GAP = 8;

function phrasePattern(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((left, right) => right.length - left.length)
    .map((phrase) => phrase.replace('.', '\\.').split(' ').join(String.raw`\s{1,${GAP}}`))
    .join('|');
}

// The window handed to this is a few dozen characters: each test is constant time.
const BOUND_BEFORE = new RegExp(
  String.raw`[^\p{L}\p{N}]((${phrasePattern(BOUNDS_BEFORE.keys())})\s{1,${GAP}})$`,
  'iu',
);
const BOUND_AFTER = new RegExp(
  String.raw`${S}{1,2}or${S}{1,2}(${[...BOUNDS_AFTER.keys()].join('|')})(?![\p{L}\p{N}])`,
  'iuy',
);
/** Longest stretch of bound phrases looked at before a figure. */
const BOUND_REACH = 48;

/** A bound and where its words start. */
export interface BoundBefore {
  /** Start of the bound words, or of the figure when there are none. */
  start: number;
  /** The bound; `exact` when no words bound the figure. */
  bound: Bound;
  /** The bound words nearest the figure, lower case ("no later than"); `undefined` if none. */
  phrase: string | undefined;
}

/**
 * The bound words right before `start` ("capped at", "within approximately"), nearest first,
 * looking back no further than `floor` (the end of the previous figure).
 */
export function boundBefore(text: string, start: number, floor: number): BoundBefore {
  let bound: Bound | undefined;
  let nearest: string | undefined;
  let at = start;
  // At most two bound phrases in a row: "within approximately 100 days".
  for (let round = 0; round < 2; round++) {
    // Every bound phrase ends in a letter or "." and a space: most figures stop here.
    if (!endsWithWordAndSpace(text, at)) break;
    const window = windowBefore(text, Math.max(floor, at - BOUND_REACH), at);
    const match = BOUND_BEFORE.exec(window);
    if (match === null) break;
    const phrase = captured(match, 2).toLowerCase().replace(/\s+/gu, ' ');
    bound ??= BOUNDS_BEFORE.get(phrase) ?? 'exact';
    nearest ??= phrase;
    at -= captured(match, 1).length;
  }
  return { start: at, bound: bound ?? 'exact', phrase: nearest };
}

/** The bound words right after `end` ("or more"), with where they end. */
export function boundAfter(text: string, end: number): { bound: Bound; end: number } | undefined {
  const match = stickyMatch(BOUND_AFTER, text, end);
  if (match === null) return undefined;
  const bound = BOUNDS_AFTER.get(captured(match, 1).toLowerCase()) ?? 'exact';
  return { bound, end: end + match[0].length };
}

/**
 * Whether `text` before `at` ends in a letter, "." or "§" and white space (a line break and
 * its indentation included: licences wrap "more than\n    fifty percent").
 */
function endsWithWordAndSpace(text: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && at - index <= GAP && isSpaceCode(text.charCodeAt(index))) index--;
  if (index === at - 1) return false;
  const code = text.charCodeAt(index);
  return (
    code === 0x2e ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0xa7
  );
}

function isSpaceCode(code: number): boolean {
  return isInlineSpaceCode(code) || code === 0x0a || code === 0x0d;
}
