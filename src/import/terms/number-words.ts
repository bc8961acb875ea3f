/**
 * Numbers written in words, as legal texts and speeches write them: "six", "twenty-five",
 * "one hundred and twenty", "three thousand", "two million". Read word by word, by a small
 * grammar, so "six six" or "twenty thirty" are not numbers and the reading stops where the
 * number does.
 */

import { NUMBER_WORDS, SCALES } from './vocabulary.js';

/** Most words one number can take ("nine hundred and ninety-nine thousand ..."). */
const MAX_WORDS = 12;
/** Longest word looked at. */
const MAX_WORD = 12;

/** What the previous word of a number was, which decides what may follow it. */
type Step = 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/** A number read from words, and where its last word ends. */
export interface NumberWords {
  /** The number. */
  value: number;
  /** Offset just past its last word. */
  end: number;
}

/**
 * The number written in words from `at` (the start of a word), or `undefined` when the word
 * there is no number word. Words are joined by one or two spaces or a hyphen.
 */
export function readNumberWords(text: string, at: number): NumberWords | undefined {
  let total = 0;
  let group = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let step: Step = 'start';
  let end = -1;
  let position = at;
  for (let count = 0; count < MAX_WORDS; count++) {
    const wordEnd = letterRunEnd(text, position);
    if (wordEnd === position || wordEnd - position > MAX_WORD) break;
    const word = text.slice(position, wordEnd).toLowerCase();
    const next = nextStep(word, step, lastScale);
    if (next === undefined) break;
    if (next.step === 'hundred') {
      group = (group === 0 ? 1 : group) * 100;
    } else if (next.step === 'scale') {
      total += (group === 0 ? 1 : group) * 10 ** next.exponent;
      group = 0;
      lastScale = next.exponent;
    } else if ('value' in next) {
      group += next.value;
    }
    step = next.step;
    // "and" joins only when a number follows it: the number ends before a trailing "and".
    if (next.step !== 'and') end = wordEnd;
    position = afterJoin(text, wordEnd);
    if (position === wordEnd) break;
  }
  return end === -1 ? undefined : { value: total + group, end };
}

type NextStep =
  | { step: 'unit' | 'teen' | 'tens'; value: number }
  | { step: 'hundred' | 'and' }
  | { step: 'scale'; exponent: number };

/** What `word` is after `step`, or `undefined` when the number cannot go on with it. */
function nextStep(word: string, step: Step, lastScale: number): NextStep | undefined {
  const value = NUMBER_WORDS.get(word);
  if (value !== undefined && value < 100) {
    const kind = value < 10 ? 'unit' : value < 20 ? 'teen' : 'tens';
    // "twenty-five" and "hundred and five": a unit may follow tens; nothing else follows a
    // word of the same group ("six six", "twenty thirty").
    const allowed =
      step === 'start' ||
      step === 'hundred' ||
      step === 'scale' ||
      step === 'and' ||
      (kind === 'unit' && step === 'tens');
    return allowed ? { step: kind, value } : undefined;
  }
  if (word === 'hundred') {
    return step === 'start' || step === 'unit' ? { step: 'hundred' } : undefined;
  }
  if (word === 'and') return step === 'hundred' || step === 'scale' ? { step: 'and' } : undefined;
  const exponent = word.length > 3 ? SCALES.get(word) : undefined;
  if (exponent === undefined || exponent >= lastScale) return undefined;
  return step === 'unit' || step === 'teen' || step === 'tens' || step === 'hundred'
    ? { step: 'scale', exponent }
    : undefined;
}

/** End of the run of ASCII letters from `at`. */
function letterRunEnd(text: string, at: number): number {
  let position = at;
  while (position < text.length && position - at <= MAX_WORD) {
    const code = text.charCodeAt(position) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    position++;
  }
  // A word that runs on in letters outside ASCII ("sixé") is no number word.
  return /\p{L}/u.test(text[position] ?? '') ? at : position;
}

/** Where the next word starts after `end`: past one or two spaces or one hyphen; else `end`. */
function afterJoin(text: string, end: number): number {
  const code = text.charCodeAt(end);
  if (code === 0x2d) return end + 1;
  if (code !== 0x20 && code !== 0xa0) return end;
  const second = text.charCodeAt(end + 1);
  return second === 0x20 || second === 0xa0 ? end + 2 : end + 1;
}
