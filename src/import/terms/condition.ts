/**
 * When a figure applies ("in peacetime", "under martial law"), written after the figure
 * ("capped at 800,000 in peacetime") or before it in its clause ("In peacetime, the armed
 * forces will be capped at 800,000"; "The peacetime strength of the armed forces remains at
 * 800,000"). Either way it is the term's condition, in one wording whatever the text's
 * ("during times of peace" and "peace-time" are "in peacetime"), so two versions compare.
 */

import { captured } from '../capture.js';
import { clauseStart, WINDOW } from './clause.js';
import type { Condition } from './finding.js';
import { SPACE, stickyMatch } from './patterns.js';

const S = SPACE;

const CONDITION_PHRASE = [
  `(?:in|during)${S}{1,2}(?:peace-?time|war-?time|peace${S}{1,2}time|war${S}{1,2}time|times?${S}{1,2}of${S}{1,2}(?:peace|war))`,
  `(?:in|during)${S}{1,2}(?:a|the)${S}{1,2}state${S}{1,2}of${S}{1,2}(?:war|emergency)`,
  `(?:under|during)${S}{1,2}martial${S}{1,2}law`,
].join('|');

const CONDITION_AFTER = new RegExp(
  String.raw`,?${S}{1,2}(${CONDITION_PHRASE})(?![\p{L}\p{N}])`,
  'iuy',
);
// Run on one clause of at most `WINDOW` characters: constant time per figure.
const CONDITION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(${CONDITION_PHRASE})(?![\p{L}\p{N}])`,
  'iu',
);
/** "peacetime" as an adjective earlier in the clause: "the peacetime strength ... 800,000". */
const ADJECTIVE_BEFORE = /(?:^|[^\p{L}\p{N}])(peace-?time|war-?time)(?![\p{L}\p{N}])/iu;

/** The condition right after `end` (", in peacetime"), with where it ends. */
export function conditionAfter(text: string, end: number): Condition | undefined {
  const match = stickyMatch(CONDITION_AFTER, text, end);
  if (match === null) return undefined;
  const phrase = captured(match, 1);
  const stop = end + match[0].length;
  return { text: normalise(phrase), start: stop - phrase.length, end: stop };
}

/**
 * The condition written before `start` in the same clause, looking back no further than
 * `floor` (the end of the previous figure): "In peacetime, ... capped at 800,000".
 */
export function conditionBefore(text: string, start: number, floor: number): Condition | undefined {
  const from = clauseStart(text, start, Math.max(floor, start - WINDOW));
  const clause = text.slice(from, start);
  const match = CONDITION_BEFORE.exec(clause) ?? ADJECTIVE_BEFORE.exec(clause);
  if (match === null) return undefined;
  const phrase = captured(match, 1);
  const at = from + match.index + match[0].length - phrase.length;
  return { text: normalise(phrase), start: at, end: at + phrase.length };
}

/**
 * One wording for one condition: lower case, one space between words, and peace or war time
 * however written ("during times of peace", "in peace-time", "peacetime" as an adjective) as
 * "in peacetime" or "in wartime".
 */
function normalise(phrase: string): string {
  const lower = phrase.toLowerCase().replace(/\s+/gu, ' ');
  const time = /(?:^|\s)(?:peace-?time|peace time|times? of peace)$/u.test(lower)
    ? 'in peacetime'
    : /(?:^|\s)(?:war-?time|war time|times? of war)$/u.test(lower)
      ? 'in wartime'
      : undefined;
  return time ?? lower;
}
