/**
 * Quantities: a figure and the noun it counts ("600,000 personnel", "5,000 Ukrainian
 * troops", "ten or fewer lines", "three thousand troops"), or a bare figure that reads as an
 * amount (grouped, scaled, bounded or conditioned: "capped at 800,000", "1.2 million").
 * A bare small number ("Sections 1 and 2", "3.0 Unported"), a year, or a number in words
 * below ten counting a noun ("two steps") is no quantity.
 */

import { type BoundBefore, boundAfter, boundBefore } from './bound.js';
import { plainWord, WINDOW, type Word, wordsAfter } from './clause.js';
import { conditionAfter, conditionBefore } from './condition.js';
import type { Attempt, QuantityFinding } from './finding.js';
import type { Numeral } from './numeral.js';
import { SPACE, stickyMatch, windowBefore } from './patterns.js';
import {
  ADVERB_ENDING,
  DEADLINE_WORDS,
  MONTH,
  MONTHS,
  NOT_UNITS,
  NUMBER_WORDS,
  PERSONNEL_COMPOUNDS,
  PERSONNEL_UNIT,
  PERSONNEL_WORDS,
  POINTING_WORDS,
  SCALES,
  STOP_WORDS,
  TEXT_PARTS,
} from './vocabulary.js';

const S = SPACE;

/** What right after a figure makes it no count: "8th", "28-point", "24/7", "10:30". */
const NOT_A_COUNT = /\p{L}|-[\p{L}\d]|%|[:/]\d/uy;
/** "U.S.", "U.N.": an abbreviation between a figure and its noun ("5,000 U.S. troops"). */
const DOTTED_CAPITALS = new RegExp(String.raw`${S}{1,2}(?:\p{Lu}\.){2,4}(?=${S})`, 'uy');
const MONTH_BEFORE = new RegExp(String.raw`[^\p{L}\p{N}](?:${MONTH})\.?${S}{1,2}$`, 'iu');
/** Words that point at a stretch of the text itself: "the foregoing", "the following". */
const POINTING_BEFORE = new RegExp(String.raw`[^\p{L}](?:${POINTING_WORDS})\s{1,3}$`, 'iu');
/** Years a bare four-digit figure reads as, rather than a count ("the 2020 plan"). */
const YEAR_RANGE = { from: 1800, to: 2199 };
/** Smallest number in words that counts a noun without a bound: "twelve members", not "two steps". */
const MIN_WORD_COUNT = 10;

/** The quantity that `numeral` states, or where to resume when it states none. */
export function recogniseQuantity(text: string, numeral: Numeral, floor: number): Attempt {
  const { start } = numeral;
  const numberEnd = numeral.end;
  if (!numeral.paired && stickyMatch(NOT_A_COUNT, text, numberEnd) !== null) {
    return { skipTo: numberEnd };
  }
  // "(3)" in running text numbers a list.
  if (
    text[start - 1] === '(' &&
    text[numberEnd] === ')' &&
    /^\d{1,3}$/u.test(numeral.digits ?? '') &&
    !numeral.words
  ) {
    return { skipTo: numberEnd + 1 };
  }
  const boundAfterNumber = boundAfter(text, numberEnd); // "ten or fewer lines"
  let end = boundAfterNumber?.end ?? numberEnd;
  const noun = unitNoun(text, end);
  if (noun?.month === true) return { skipTo: end }; // "20 November": a date without its year.
  if (MONTH_BEFORE.test(windowBefore(text, Math.max(floor, start - 14), start))) {
    return { skipTo: end }; // "November 20": the same.
  }
  const unit = noun?.unit;
  if (noun !== undefined) end = noun.end;
  const boundAfterUnit =
    boundAfterNumber === undefined && noun !== undefined ? boundAfter(text, end) : undefined;
  end = boundAfterUnit?.end ?? end;
  const before = boundBefore(text, start, floor);
  const bound =
    before.bound === 'exact'
      ? ((boundAfterNumber ?? boundAfterUnit)?.bound ?? 'exact')
      : before.bound;
  if (isYear(numeral, before) && unit !== PERSONNEL_UNIT) {
    return { skipTo: numberEnd }; // "in 2025", "the 2020 plan": a year, not a count.
  }
  const condition = conditionAfter(text, end) ?? conditionBefore(text, before.start, floor);
  const counts = numeral.words
    ? unit !== undefined &&
      (numeral.value >= MIN_WORD_COUNT ||
        numeral.paired ||
        // "at least one party", "one or more recipients": "one" there says "some".
        (before.bound !== 'exact' && numeral.value !== 1))
    : unit !== undefined ||
      numeral.grouped ||
      numeral.scale !== undefined ||
      bound !== 'exact' ||
      condition !== undefined;
  if (!counts || pointsAtText(text, unit, { floor, start: before.start })) {
    return { skipTo: numberEnd };
  }
  const finding: QuantityFinding = {
    kind: 'quantity',
    start: before.start,
    end,
    extentEnd: Math.max(end, condition?.end ?? end),
    value: numeral.value,
    unit,
    bound,
    condition,
  };
  return finding;
}

/** Whether the figure counts parts of the text it stands in: "the foregoing two (2) sentences". */
function pointsAtText(
  text: string,
  unit: string | undefined,
  where: { floor: number; start: number },
): boolean {
  if (unit === undefined || !TEXT_PARTS.has(unit.replace(/s$/u, ''))) return false;
  return POINTING_BEFORE.test(
    windowBefore(text, Math.max(where.floor, where.start - 14), where.start),
  );
}

/** A bare four-digit figure in the years' range, unbounded or after a deadline: a year. */
function isYear(numeral: Numeral, before: BoundBefore): boolean {
  if (numeral.words || numeral.scale !== undefined) return false;
  if (before.bound !== 'exact' && !DEADLINE_WORDS.has(before.phrase ?? '')) return false;
  if (!/^\d{4}$/u.test(numeral.digits ?? '')) return false;
  return numeral.value >= YEAR_RANGE.from && numeral.value <= YEAR_RANGE.to;
}

/**
 * The noun a figure counts, from `position` (just after the figure), canonical, and where it
 * ends; `month` when a month name follows instead. A capitalised word is a name ("51 Franklin
 * Street", "3.0 Unported"), not a unit, unless it is a known unit word or an adjective before
 * a lower-case noun ("5,000 Ukrainian troops").
 */
function unitNoun(
  text: string,
  position: number,
): { unit: string; end: number; month?: false } | { month: true } | undefined {
  const abbreviation = stickyMatch(DOTTED_CAPITALS, text, position);
  const from = position + (abbreviation?.[0].length ?? 0);
  const [first, second] = wordsAfter(text, from, 2, from + WINDOW);
  if (first === undefined) return undefined;
  if (abbreviation === null && MONTHS.has(first.text.toLowerCase())) return { month: true };
  if (!isUnitWord(first)) return undefined;
  // "800,000 service members", "5,000 combat troops": the head of a two-word noun counts.
  if (
    second !== undefined &&
    (isPersonnelCompound(first, second) || (isLowerCase(first) && isKnownUnit(second)))
  ) {
    return { unit: PERSONNEL_UNIT, end: second.end };
  }
  const noun = isLowerCase(first) || isKnownUnit(first) ? first : lowerNounAfterName(second);
  if (noun === undefined) return undefined;
  return { unit: canonicalUnit(noun.text), end: noun.end };
}

/** The lower-case noun after a capitalised adjective ("Ukrainian troops"), if there is one. */
function lowerNounAfterName(word: Word | undefined): Word | undefined {
  return word !== undefined && isLowerCase(word) && isUnitWord(word) ? word : undefined;
}

function isUnitWord(word: Word): boolean {
  const plain = plainWord(word.text);
  return (
    !STOP_WORDS.has(plain) &&
    !MONTHS.has(plain) &&
    !SCALES.has(plain) &&
    !NUMBER_WORDS.has(plain) &&
    !NOT_UNITS.has(plain) &&
    !ADVERB_ENDING.test(plain)
  );
}

function isLowerCase(word: Word): boolean {
  return /^\p{Ll}/u.test(word.text);
}

function isPersonnelCompound(first: Word, second: Word): boolean {
  return PERSONNEL_COMPOUNDS.has(`${plainWord(first.text)} ${plainWord(second.text)}`);
}

/** A unit word in any case ("600,000 PERSONNEL", "Troops" in a title). */
function isKnownUnit(word: Word): boolean {
  return PERSONNEL_WORDS.has(plainWord(word.text));
}

function canonicalUnit(word: string): string {
  const plain = plainWord(word);
  return PERSONNEL_WORDS.has(plain) ? PERSONNEL_UNIT : plain;
}
