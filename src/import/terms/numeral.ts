/**
 * The number at a place, however it is written: digits ("600,000", "1.2 million"), words
 * ("thirty", "three thousand"), or both as legal texts write them ("thirty (30)", "30
 * (thirty)"). The recognisers of each kind then read what follows it.
 */

import { captured } from '../capture.js';
import { readNumberWords } from './number-words.js';
import { isGrouped, scaleFigure } from './parse-number.js';
import { NUMBER, SPACE, stickyMatch } from './patterns.js';
import { LONG_SCALE } from './vocabulary.js';

const S = SPACE;

/** A number read at a place. */
export interface Numeral {
  /** Offset of its first code unit. */
  start: number;
  /** Offset just past it, the figure in brackets included ("thirty (30)"). */
  end: number;
  /** Its value, scale applied. */
  value: number;
  /** Written in words ("thirty"), with or without the figure in brackets. */
  words: boolean;
  /** The digits as written ("600,000"); `undefined` for words without a figure. */
  digits: string | undefined;
  /** Written with thousands separators ("600,000", "1 000"). */
  grouped: boolean;
  /** The scale word after it ("million"). */
  scale: string | undefined;
  /** Written twice, in words and in digits. */
  paired: boolean;
}

const DIGITS = new RegExp(String.raw`(${NUMBER})(?:${S}{1,2}(${LONG_SCALE})(?!\p{L}))?`, 'iuy');
/** The figure in brackets after a number in words: "thirty (30)". */
const BRACKETED_DIGITS = new RegExp(String.raw`${S}{0,2}\(${S}?(${NUMBER})${S}?\)`, 'uy');
/** The words in brackets after a figure: "30 (thirty)". */
const BRACKETED_WORDS = new RegExp(String.raw`${S}{0,2}\(${S}?([A-Za-z][A-Za-z \-]{0,80})\)`, 'uy');

/** The number written in digits at `at`, or `undefined`. */
export function readDigits(text: string, at: number): Numeral | undefined {
  const match = stickyMatch(DIGITS, text, at);
  if (match === null) return undefined;
  const digits = captured(match, 1);
  const scale = match[2]?.toLowerCase();
  const numberEnd = at + match[0].length;
  // "30 (thirty)": the words say the figure again, they are no figure of their own.
  const pairedEnd = scale === undefined ? bracketedWordsEnd(text, numberEnd) : undefined;
  const paired = pairedEnd !== undefined;
  const end = pairedEnd ?? numberEnd;
  return {
    start: at,
    end,
    value: scaleFigure(digits, scale),
    words: false,
    digits,
    grouped: isGrouped(digits),
    scale,
    paired,
  };
}

/**
 * End of the words in brackets at `end` that say a figure again ("(thirty)", "(ten thousand
 * dollars)"), or `undefined` when there are none or they open with no number word.
 */
export function bracketedWordsEnd(text: string, end: number): number | undefined {
  const words = stickyMatch(BRACKETED_WORDS, text, end);
  if (words === null || readNumberWords(captured(words, 1), 0) === undefined) return undefined;
  return end + words[0].length;
}

/**
 * The number written in words at `at`, with the figure in brackets after it when there is
 * one ("thirty (30)"): then the digits give the value, as they are the exact form.
 */
export function readWords(text: string, at: number): Numeral | undefined {
  const words = readNumberWords(text, at);
  if (words === undefined) return undefined;
  const bracketed = stickyMatch(BRACKETED_DIGITS, text, words.end);
  if (bracketed === null) {
    return {
      start: at,
      end: words.end,
      value: words.value,
      words: true,
      digits: undefined,
      grouped: false,
      scale: undefined,
      paired: false,
    };
  }
  const digits = captured(bracketed, 1);
  return {
    start: at,
    end: words.end + bracketed[0].length,
    value: scaleFigure(digits, undefined),
    words: true,
    digits,
    grouped: isGrouped(digits),
    scale: undefined,
    paired: true,
  };
}
