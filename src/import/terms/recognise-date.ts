/**
 * Dates: "20 November 2025", "November 24, 2025", "Nov. 24, 2025", "2025-11-20". A date that
 * does not exist ("29 February 2025") is no figure at all.
 */

import { captured } from '../capture.js';
import { clauseStart, WINDOW } from './clause.js';
import type { Attempt, DateFinding } from './finding.js';
import { SPACE, stickyMatch } from './patterns.js';
import { INSTRUMENT_NAMES, MONTH, MONTHS } from './vocabulary.js';

const S = SPACE;

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}]|-\d)/uy;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(\d{1,2})(?:st|nd|rd|th)?${S}{1,2}(${MONTH})(?!\p{L})\.?,?${S}{1,2}(\d{4})(?![\d\p{L}])`,
  'iuy',
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(${MONTH})(?!\p{L})\.?${S}{1,2}(\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}]),?${S}{1,2}(\d{4})(?![\d\p{L}])`,
  'iuy',
);

/**
 * A named instrument earlier in the clause: the date after it cites it ("the WIPO Copyright
 * Treaty adopted on 20 December 1996", "Directive 96/9/EC ... of 11 March 1996"), it is not a
 * term of the text. Capitalised only: "the treaty enters into force on 1 May 2026" is a term.
 */
const NAMED_INSTRUMENT = new RegExp(String.raw`(?<!\p{L})(?:${INSTRUMENT_NAMES})(?!\p{L})`, 'u');

/** The date written from the digits at `at` (day first or ISO), or `undefined`. */
export function recogniseDigitDate(text: string, at: number): Attempt {
  const iso = stickyMatch(ISO_DATE, text, at);
  if (iso !== null) {
    const value = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return dateAttempt(text, at, at + iso[0].length, value);
  }
  const dayFirst = stickyMatch(DAY_MONTH_YEAR, text, at);
  if (dayFirst === null) return undefined;
  const month = MONTHS.get(captured(dayFirst, 2).toLowerCase()) ?? 0;
  const value = isoDate(Number(dayFirst[3]), month, Number(dayFirst[1]));
  return dateAttempt(text, at, at + dayFirst[0].length, value);
}

/** The date written from the month name at `at` ("November 24, 2025"), or `undefined`. */
export function recogniseMonthDate(text: string, at: number): Attempt {
  const match = stickyMatch(MONTH_DAY_YEAR, text, at);
  if (match === null) return undefined;
  const month = MONTHS.get(captured(match, 1).toLowerCase()) ?? 0;
  const value = isoDate(Number(match[3]), month, Number(match[2]));
  return dateAttempt(text, at, at + match[0].length, value);
}

function dateAttempt(text: string, start: number, end: number, value: string | undefined): Attempt {
  if (value === undefined) return { skipTo: end };
  const from = clauseStart(text, start, Math.max(0, start - WINDOW));
  if (NAMED_INSTRUMENT.test(text.slice(from, start))) return { skipTo: end };
  const finding: DateFinding = { kind: 'date', start, end, extentEnd: end, value };
  return finding;
}

/** The ISO form of a calendar date, or `undefined` when there is no such day. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysIn(year, month)) return undefined;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The number of days of `month` (1-12) in `year`, leap years as the Gregorian calendar has them. */
function daysIn(year: number, month: number): number {
  switch (month) {
    case 2:
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}
