/**
 * Shares: percentages ("50%", "fifty percent (50%) of the outstanding shares"), splits
 * ("50:50", "60/40"), fractions in words ("half the profits", "two thirds of the seats") and
 * equal splits ("shared equally"). A bounded percentage of nothing named ("up to 40%") is a
 * capped rate: a quantity in percent.
 */

import { captured } from '../capture.js';
import { boundAfter, boundBefore } from './bound.js';
import { WINDOW, wordsAfter } from './clause.js';
import { conditionAfter, conditionBefore } from './condition.js';
import type { Attempt, QuantityFinding, ShareFinding } from './finding.js';
import type { Numeral } from './numeral.js';
import { ofPhrase } from './of-phrase.js';
import { parseFigure } from './parse-number.js';
import { NUMBER, PERCENT_SIGN, SPACE, stickyMatch, windowBefore } from './patterns.js';
import { FRACTION_WORD, SPLIT_VERB } from './vocabulary.js';

const S = SPACE;

const PERCENT = new RegExp(`(?:${PERCENT_SIGN})`, 'iuy');
/** The percentage in figures after one in words: "fifty percent (50%)". */
const BRACKETED_PERCENT = new RegExp(String.raw`${S}{0,2}\(${S}?(${NUMBER})${S}?%${S}?\)`, 'uy');
const RATIO = /(\d{1,3})([:/])(\d{1,3})(?:\2(\d{1,3}))?(?![\d\p{L}]|[.,:/]\d)/uy;
const FRACTION = new RegExp(String.raw`(${FRACTION_WORD})(?!\p{L})`, 'iuy');
const FRACTION_COUNT = /[^\p{L}\p{N}]((one|a|an|two|three)[ \u00a0-])$/iu;
const EQUAL_SPLIT = new RegExp(
  String.raw`(?:(?:${SPLIT_VERB})${S}{1,2}equally|equally${S}{1,2}(?:${SPLIT_VERB}))(?!\p{L})`,
  'iuy',
);

/**
 * The percentage that `numeral` states when "%" or "per cent" follows it, or `undefined`: a
 * share, or a quantity in percent when it is bounded and names no whole, or is over 100%.
 */
export function recognisePercent(text: string, numeral: Numeral, floor: number): Attempt {
  const match = stickyMatch(PERCENT, text, numeral.end);
  if (match === null) return undefined;
  let signEnd = numeral.end + match[0].length;
  let percent = numeral.value;
  const bracketed = stickyMatch(BRACKETED_PERCENT, text, signEnd);
  if (bracketed !== null && numeral.words && !numeral.paired) {
    percent = parseFigure(captured(bracketed, 1));
    signEnd += bracketed[0].length;
  }
  const before = boundBefore(text, numeral.start, floor);
  const after = boundAfter(text, signEnd);
  const end = after?.end ?? signEnd;
  const bound = before.bound === 'exact' ? (after?.bound ?? 'exact') : before.bound;
  const phrase = ofPhrase(text, end, true);
  // Scaled by the parser ("33.3e-2" is exactly 0.333), unless the figure is itself in e-notation.
  const fraction = /e/u.test(String(percent)) ? percent / 100 : Number(`${percent}e-2`);
  if (fraction > 1 || (phrase === undefined && before.bound !== 'exact')) {
    const condition = conditionAfter(text, end) ?? conditionBefore(text, before.start, floor);
    const quantity: QuantityFinding = {
      kind: 'quantity',
      start: before.start,
      end,
      extentEnd: Math.max(end, condition?.end ?? end),
      value: percent,
      unit: 'percent',
      bound,
      condition,
    };
    return quantity;
  }
  return share(before.start, end, phrase?.end ?? end, {
    value: fraction,
    bound,
    of: phrase?.of,
    ofHead: phrase?.head,
    ratio: undefined,
  });
}

/** "50:50", "60/40", "2:1": a split when the parts add up to 100, or are single digits with ":". */
export function recogniseRatio(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(RATIO, text, at);
  if (match === null) return undefined;
  const end = at + match[0].length;
  const first = Number(captured(match, 1));
  const parts = [first, Number(captured(match, 3))];
  if (match[4] !== undefined) parts.push(Number(match[4]));
  const sum = parts.reduce((total, part) => total + part, 0);
  const percentSplit = sum === 100;
  // Single digits only, so "10:30" (a time) and "24/7" are not splits.
  const smallSplit =
    match[2] === ':' &&
    captured(match, 1).length === 1 &&
    captured(match, 3).length === 1 &&
    (match[4] ?? '0').length === 1;
  if (sum === 0 || !(percentSplit || smallSplit)) return { skipTo: end };
  const before = boundBefore(text, at, floor);
  const phrase = ofPhrase(text, end, true);
  return share(before.start, end, phrase?.end ?? end, {
    value: first / sum,
    bound: before.bound,
    of: phrase?.of,
    ofHead: phrase?.head,
    ratio: parts,
  });
}

/** "half the profits", "two thirds of the seats", "a quarter of the revenue". */
export function recogniseFraction(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(FRACTION, text, at);
  if (match === null) return undefined;
  const word = captured(match, 1).toLowerCase();
  const end = at + match[0].length;
  const isHalf = word === 'half';
  const phrase = ofPhrase(text, end, !isHalf);
  if (phrase === undefined) return undefined;
  // A count before the fraction: "two thirds", "three quarters", "a half".
  const count = FRACTION_COUNT.exec(windowBefore(text, Math.max(floor, at - 8), at));
  const countWord = count?.[2]?.toLowerCase();
  const start = count === null ? at : at - captured(count, 1).length;
  const times = countWord === 'two' ? 2 : countWord === 'three' ? 3 : 1;
  const part = isHalf ? 1 / 2 : word.startsWith('third') ? 1 / 3 : 1 / 4;
  const value = times * part;
  if (value > 1 || (isHalf && times > 1)) return undefined;
  const before = boundBefore(text, start, floor);
  return share(before.start, end, phrase.end, {
    value,
    bound: before.bound,
    of: phrase.of,
    ofHead: phrase.head,
    ratio: undefined,
  });
}

/** "split equally", "shared equally", "equally divided": half each, between two parties. */
export function recogniseEqualSplit(text: string, at: number, floor: number): Attempt {
  const match = stickyMatch(EQUAL_SPLIT, text, at);
  if (match === null) return undefined;
  const end = at + match[0].length;
  // "split equally among the five" is not a half each.
  const next = wordsAfter(text, end, 1, end + WINDOW)[0];
  if (next !== undefined && /^among(?:st)?$/iu.test(next.text)) return { skipTo: end };
  const before = boundBefore(text, at, floor);
  return share(before.start, end, end, {
    value: 0.5,
    bound: before.bound,
    of: undefined,
    ofHead: undefined,
    ratio: undefined,
  });
}

function share(
  start: number,
  end: number,
  extentEnd: number,
  fields: Omit<ShareFinding, 'kind' | 'start' | 'end' | 'extentEnd'>,
): ShareFinding {
  return { kind: 'share', start, end, extentEnd, ...fields };
}
