/**
 * A reader's label for a term found in prose, made of the clause's own words: "The size of
 * Ukraine's armed forces will be capped at 600,000" gives "Size of Ukraine's armed forces",
 * "$100 billion of frozen Russian assets" gives "Frozen Russian assets". The key stays the
 * matching device (`term-key.ts`); the label is only what a person reads, so it keeps the
 * words as written (proper nouns keep their capitals).
 */

import {
  clauseStart,
  plainWord,
  skipWords,
  WINDOW,
  type Word,
  wordsAfter,
  wordsBetween,
} from './clause.js';
import type { Neighbourhood } from './neighbourhood.js';
import {
  ADVERB_ENDING,
  LINKING_VERBS,
  NUMBER_WORDS,
  STOP_WORDS,
  VERB_MARKERS,
} from './vocabulary.js';

/** Most words of a label: enough for "Size of Ukraine's armed forces", short enough for a table. */
const LABEL_WORDS = 6;
/** Longest label, in characters, before it is cut at a word. */
const LABEL_LENGTH = 60;

/** Where the figure sits: the phrase's start, and the end of all it took in (condition included). */
interface Figure {
  start: number;
  extentEnd: number;
}

/**
 * The label of the figure at `figure`: the noun phrase before it in its clause (after the last
 * comma), with the verbs and little words that lead up to the figure left off; else the noun
 * phrase right after it; undefined when neither has a word worth showing.
 */
export function labelOf(text: string, figure: Figure, around: Neighbourhood): string | undefined {
  const words = phraseBefore(text, figure.start, around.floor) ?? phraseAfter(text, figure, around);
  if (words === undefined) return undefined;
  let label = words.map((word) => word.text).join(' ');
  if (label.length > LABEL_LENGTH) {
    const cut = label.lastIndexOf(' ', LABEL_LENGTH);
    label = label.slice(0, cut > 0 ? cut : LABEL_LENGTH);
  }
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** `Share of the profits from this venture`: what a share is of says what it is. */
export function shareLabel(of: string): string {
  const label = `Share of ${of.replace(/\s+/g, ' ').trim()}`;
  if (label.length <= LABEL_LENGTH) return label;
  const cut = label.lastIndexOf(' ', LABEL_LENGTH);
  return label.slice(0, cut > 0 ? cut : LABEL_LENGTH);
}

function phraseBefore(text: string, start: number, floor: number): Word[] | undefined {
  let from = clauseStart(text, start, Math.max(floor, start - WINDOW));
  // A comma starts a new phrase: ", and every ambiguity of the past 30 years". Searched in
  // the clause only: `lastIndexOf` from `start` would scan a comma-free text back to its start.
  for (let at = start - 1; at >= from; at--) {
    if (text.charCodeAt(at) === 0x2c) {
      from = at + 1;
      break;
    }
  }
  const words = wordsBetween(text, from, start);
  let end = words.length;
  for (let last = words[end - 1]; last !== undefined && leadsUp(last, words[end - 2]); ) {
    end--;
    last = words[end - 1];
  }
  return trimmed(words.slice(Math.max(0, end - LABEL_WORDS), end));
}

function phraseAfter(text: string, figure: Figure, around: Neighbourhood): Word[] | undefined {
  const words = wordsAfter(
    text,
    figure.extentEnd,
    LABEL_WORDS + 2,
    Math.min(around.ceiling, figure.extentEnd + WINDOW),
  );
  const start = skipWords(words, 0, isLittle);
  const end = skipWords(words, start, (word) => !isLittle(word));
  return trimmed(words.slice(start, Math.min(end, start + LABEL_WORDS)));
}

/** The words without the little ones they start with ("the", "and every"); undefined when none are left. */
function trimmed(words: Word[]): Word[] | undefined {
  const start = skipWords(words, 0, isLittle);
  return start === words.length ? undefined : words.slice(start);
}

/** A function word, a number word or a linking verb: nothing a label is about. */
function isLittle(word: Word): boolean {
  const plain = plainWord(word.text);
  return STOP_WORDS.has(plain) || NUMBER_WORDS.has(plain) || LINKING_VERBS.has(plain);
}

/**
 * Whether `word` (after `previous`) only leads up to the figure: a little word, an adverb, a
 * participle ("capped at"), or a verb ("will receive").
 */
function leadsUp(word: Word, previous: Word | undefined): boolean {
  if (isLittle(word)) return true;
  const plain = plainWord(word.text);
  if (ADVERB_ENDING.test(plain)) return true;
  if (/^\p{Ll}/u.test(word.text) && plain.length >= 5 && /[^e]ed$/u.test(plain)) return true;
  return previous !== undefined && VERB_MARKERS.has(plainWord(previous.text));
}
