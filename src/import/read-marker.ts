/**
 * Recognition of the list marker at the start of a line: `1.` `1)` `(1)` `1.Title` `1.2.3`
 * `Section 1 –` `Article 1` `§ 1` `Point 1:` `1 -` `A.` `a)` `(a)` `iv)` `(IV)` and bullets.
 * Only what is written is read here; which list a marker continues is `placeMarker`'s
 * business.
 */

import { captured } from './capture.js';

/** What a marker counts in. `outline` is a dotted decimal such as `1.2` or `1.2.3`. */
export type MarkerKind =
  | 'number'
  | 'outline'
  | 'lower-letter'
  | 'upper-letter'
  | 'lower-roman'
  | 'upper-roman'
  | 'bullet';

/** One way to read a marker: "i)" is the ninth letter or the first roman numeral. */
export interface MarkerReading {
  /** What the marker counts in. */
  kind: MarkerKind;
  /**
   * How the designation is written: "." ")" "()" for `1.` `1)` `(1)`, "-" for `1 -`, the
   * keyword ("section", "article", "clause", "art.", "§", "point"), or the bullet itself.
   * Markers of one kind and one style belong to the same list.
   */
  style: string;
  /** Place in its sequence: 3 for `3.` `c)` `(iii)`, the last number of an outline; 0 for bullets. */
  value: number;
  /** As written: "3", "c", "iii", "IV", "1.2.3"; "" for bullets. */
  designation: string;
  /**
   * An upper-case letter followed by a short capitalised phrase ("A. Security"): more likely
   * a heading in prose than an item, so it may only continue a list already open.
   */
  prose?: boolean;
}

/** A marker found at the start of a line. */
export interface LineMarker {
  /** Its possible readings, the likelier first; never empty. */
  readings: MarkerReading[];
  /** How many characters the marker and the white space after it take. */
  length: number;
  /** Written without a space before its text, as EUPL-1.2 writes "1.Definitions": a heading. */
  tight: boolean;
}

// Every pattern is anchored, its repetitions bounded, so a line is read in time linear in
// the marker's length whatever follows it.
const KEYWORD =
  /^(section|article|clause|art\.|§{1,2}|point)[ \t]{0,3}(\d{1,5}|[ivx]{1,7})(?:[ \t]{0,3}([.:)\-–—]))?(?=[ \t]|$)[ \t]*/iu;
const OUTLINE = /^(\d{1,5}(?:\.\d{1,3}){1,3})\.?(?=[ \t]|$)[ \t]*/u;
const NUMBERED = /^(?:\((\d{1,5})\)|(\d{1,5})([.)]))(?=[ \t]|$)[ \t]*/u;
// "1.Definitions": a number, a dot and at once a capitalised word.
const TIGHT = /^(\d{1,3})\.(?=\p{Lu}\p{L})/u;
const DASHED = /^(\d{1,5})[ \t]{1,3}[-–—](?=[ \t]|$)[ \t]*/u;
const LETTERED = /^(?:\(([A-Za-z]{1,7})\)|([A-Za-z]{1,7})([.)]))(?=[ \t]|$)[ \t]*/u;
const BULLET = /^([-*•–—◦‣·▪●○■►▸])(?=[ \t]|$)[ \t]*/u;
// Roman numerals up to 39: list items rarely go further, and "mix." or "did." stay words.
const LOWER_ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/u;
const UPPER_ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** The marker `line` (trimmed) starts with, or `undefined` when it starts with none. */
export function readMarker(line: string): LineMarker | undefined {
  return (
    readKeyword(line) ??
    readNumber(line) ??
    readLetters(line) ??
    single(BULLET.exec(line), (match) => ({
      kind: 'bullet',
      style: captured(match, 1),
      value: 0,
      designation: '',
    }))
  );
}

function readKeyword(line: string): LineMarker | undefined {
  const match = KEYWORD.exec(line);
  if (match === null) return undefined;
  const keyword = captured(match, 1).toLowerCase();
  const separated = match[3] !== undefined || match[0].length === line.length;
  if (keyword === 'point') {
    // "Point 4:" needs its separator: "point 4 of the plan" is prose.
    if (match[3] === undefined) return undefined;
  } else if (!keyword.startsWith('§')) {
    // "Section 1 –", "Article 1" alone: capitalised, and a separator or nothing after the
    // number, so "section 3 of this License" running on from the line above stays text.
    if (!/^\p{Lu}/u.test(captured(match, 1)) || !separated) return undefined;
  }
  const written = captured(match, 2);
  const style = keyword.startsWith('§') ? '§' : keyword;
  if (/^\d/u.test(written)) {
    return {
      readings: [{ kind: 'number', style, value: Number(written), designation: written }],
      length: match[0].length,
      tight: false,
    };
  }
  const upper = written.toUpperCase();
  if (written !== upper || !UPPER_ROMAN.test(upper)) return undefined;
  return {
    readings: [{ kind: 'upper-roman', style, value: romanValue(upper), designation: written }],
    length: match[0].length,
    tight: false,
  };
}

function readNumber(line: string): LineMarker | undefined {
  const outline = OUTLINE.exec(line);
  if (outline !== null) {
    const designation = captured(outline, 1);
    const value = Number(designation.slice(designation.lastIndexOf('.') + 1));
    return {
      readings: [{ kind: 'outline', style: '.', value, designation }],
      length: outline[0].length,
      tight: false,
    };
  }
  const numbered = NUMBERED.exec(line);
  if (numbered !== null) {
    const designation = numbered[1] ?? captured(numbered, 2);
    const style = numbered[1] === undefined ? captured(numbered, 3) : '()';
    return {
      readings: [{ kind: 'number', style, value: Number(designation), designation }],
      length: numbered[0].length,
      tight: false,
    };
  }
  const tight = TIGHT.exec(line);
  if (tight !== null) {
    const designation = captured(tight, 1);
    return {
      readings: [{ kind: 'number', style: '.', value: Number(designation), designation }],
      length: tight[0].length,
      tight: true,
    };
  }
  return single(DASHED.exec(line), (match) => ({
    kind: 'number',
    style: '-',
    value: Number(match[1]),
    designation: captured(match, 1),
  }));
}

function readLetters(line: string): LineMarker | undefined {
  const match = LETTERED.exec(line);
  if (match === null) return undefined;
  const written = match[1] ?? captured(match, 2);
  const style = match[1] === undefined ? captured(match, 3) : '()';
  const readings: MarkerReading[] = [];
  if (written.length === 1) {
    const lower = written.toLowerCase();
    const kind = written === lower ? 'lower-letter' : 'upper-letter';
    const reading: MarkerReading = {
      kind,
      style,
      value: lower.charCodeAt(0) - 96,
      designation: written,
    };
    if (kind === 'upper-letter' && isShortHeading(line.slice(match[0].length))) {
      reading.prose = true;
    }
    readings.push(reading);
  }
  if (LOWER_ROMAN.test(written)) {
    readings.push({ kind: 'lower-roman', style, value: romanValue(written), designation: written });
  } else if (UPPER_ROMAN.test(written)) {
    readings.push({ kind: 'upper-roman', style, value: romanValue(written), designation: written });
  }
  return readings.length === 0 ? undefined : { readings, length: match[0].length, tight: false };
}

/** A short capitalised phrase with no ending punctuation of a lead-in: "Security". */
function isShortHeading(rest: string): boolean {
  return (
    rest.length > 0 &&
    rest.length <= 60 &&
    /^\p{Lu}/u.test(rest) &&
    !/[;:,]$/u.test(rest) &&
    rest.split(/[ \t]+/u).length <= 6
  );
}

function single(
  match: RegExpExecArray | null,
  read: (match: RegExpExecArray) => MarkerReading,
): LineMarker | undefined {
  return match === null
    ? undefined
    : { readings: [read(match)], length: match[0].length, tight: false };
}

/** The value of a valid roman numeral of at most 39 ("iv" 4, "XII" 12). */
function romanValue(numeral: string): number {
  let total = 0;
  let next = 0;
  // From the right, so each digit is compared with the one after it: "iv" subtracts the "i".
  for (let index = numeral.length - 1; index >= 0; index--) {
    const value = romanDigit(numeral.charAt(index));
    total += value < next ? -value : value;
    next = value;
  }
  return total;
}

/** The value of one digit of a numeral that `LOWER_ROMAN` or `UPPER_ROMAN` accepted. */
function romanDigit(digit: string): number {
  switch (digit) {
    case 'i':
    case 'I':
      return 1;
    case 'v':
    case 'V':
      return 5;
    case 'x':
    case 'X':
      return 10;
    default:
      throw new Error(`${JSON.stringify(digit)} is no roman digit of a numeral below 40`);
  }
}
