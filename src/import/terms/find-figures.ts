/**
 * Finding the figures of a text. One global regex finds the places where a figure can start
 * (a digit, a currency sign, a month name, a number word, a fraction word); at each, the
 * recognisers try their forms with sticky regexes of bounded length. Digits that state no
 * figure (references, citations, addresses, list markers) are skipped whole, and the scan
 * resumes after each figure: linear in the text's length.
 */

import type { Attempt, Finding } from './finding.js';
import { nonFigureEnd } from './non-figure.js';
import { type Numeral, readDigits, readWords } from './numeral.js';
import { recogniseDigitDate, recogniseMonthDate } from './recognise-date.js';
import { recogniseDuration } from './recognise-duration.js';
import { recogniseMoneyAfter, recogniseMoneyBefore } from './recognise-money.js';
import { recogniseQuantity } from './recognise-quantity.js';
import {
  recogniseEqualSplit,
  recogniseFraction,
  recognisePercent,
  recogniseRatio,
} from './recognise-share.js';
import {
  CURRENCY_CODE,
  FRACTION_WORD,
  MONTHS,
  SPLIT_VERB,
  TEENS_WORD,
  TENS_WORD,
  UNITS_WORD,
} from './vocabulary.js';

/** The three-letter month prefixes a month name is found by: "jan" for "Jan." and "January". */
const MONTH_ANCHORS = new Set([...MONTHS.keys()].filter((name) => name.length === 3));
/** The number words a number in words is found by, its first word. */
const NUMBER_WORD_START = `${TEENS_WORD}|${TENS_WORD}|${UNITS_WORD}|hundred`;

/** The places a figure can start. Digits inside words ("G8", "F-16", "4-28") are not places. */
const CANDIDATE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}\p{M}_.,+\-/:@#№§\u2010-\u2015\u2212])\d`,
    String.raw`(?<![\p{L}\p{N}])\+(?=\d)`,
    String.raw`(?<![\p{L}\p{N}])[$€£₽₴]`,
    String.raw`(?<![\p{L}\p{N}\p{M}_])(?:US\$|${CURRENCY_CODE}|${[...MONTH_ANCHORS].join('|')}|${NUMBER_WORD_START}|${FRACTION_WORD}|${SPLIT_VERB}|equally)`,
  ].join('|'),
  'giu',
);

const CURRENCY_ANCHOR = new RegExp(`^(?:us\\$|${CURRENCY_CODE})$`, 'iu');
const FRACTION_ANCHOR = new RegExp(`^(?:${FRACTION_WORD})$`, 'u');
const NUMBER_WORD_ANCHOR = new RegExp(`^(?:${NUMBER_WORD_START})$`, 'u');

/** The figures of `text` in reading order, none overlapping another. */
export function findFigures(text: string): Finding[] {
  const findings: Finding[] = [];
  let floor = 0;
  // A regex of this module's own, reset here: the scan leaves no state behind.
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const at = match.index;
    const attempt = tryAt(text, at, match[0].toLowerCase(), floor);
    if (attempt === undefined) continue;
    if ('skipTo' in attempt) {
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, attempt.skipTo);
      continue;
    }
    findings.push(attempt);
    floor = attempt.extentEnd;
    CANDIDATE.lastIndex = attempt.extentEnd;
  }
  return findings;
}

function tryAt(text: string, at: number, anchor: string, floor: number): Attempt {
  const first = anchor[0] ?? '';
  if (first >= '0' && first <= '9') return tryDigits(text, at, floor);
  if (first === '+') return { skipTo: nonFigureEnd(text, at, floor) ?? at + 1 };
  if ('$€£₽₴'.includes(first) || CURRENCY_ANCHOR.test(anchor)) {
    return recogniseMoneyBefore(text, at, floor);
  }
  if (MONTH_ANCHORS.has(anchor)) return recogniseMonthDate(text, at);
  if (FRACTION_ANCHOR.test(anchor)) return recogniseFraction(text, at, floor);
  if (NUMBER_WORD_ANCHOR.test(anchor)) {
    const numeral = readWords(text, at);
    return numeral === undefined ? undefined : recogniseNumeral(text, numeral, floor);
  }
  return recogniseEqualSplit(text, at, floor);
}

function tryDigits(text: string, at: number, floor: number): Attempt {
  const date = recogniseDigitDate(text, at);
  if (date !== undefined) return date;
  const skipTo = nonFigureEnd(text, at, floor);
  if (skipTo !== undefined) return { skipTo };
  const ratio = recogniseRatio(text, at, floor);
  if (ratio !== undefined) return ratio;
  const numeral = readDigits(text, at);
  // The digits after `at` are no places of their own, so resuming at the next character is enough.
  return numeral === undefined ? { skipTo: at + 1 } : recogniseNumeral(text, numeral, floor);
}

/** What a number states, by what follows it: money, a percentage, a duration or a count. */
function recogniseNumeral(text: string, numeral: Numeral, floor: number): Attempt {
  return (
    recogniseMoneyAfter(text, numeral, floor) ??
    recognisePercent(text, numeral, floor) ??
    recogniseDuration(text, numeral, floor) ??
    recogniseQuantity(text, numeral, floor)
  );
}
