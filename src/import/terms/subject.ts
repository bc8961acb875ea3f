/**
 * The subject of a term: the noun that says what its figure measures, for the key. Without a
 * part-of-speech tagger, it is read from word lists and word order:
 *
 * - before the figure, the nearest word of its clause that is not a function word, a bound
 *   word, a number word, a linking verb ("remain", "stand") or a likely verb (a word right
 *   after "will", "be", "to", "it"...): "armed forces will be capped at 600,000" and "armed
 *   forces remain at 800,000" both give `forces`. For counts, money and shares, participles
 *   ("reduced", "deployed") are passed over too, as they name no measure;
 * - after a duration, the noun it qualifies: "60 days notice" gives `notice`;
 * - when the clause has none before the figure, the head (last word) of the noun phrase
 *   after it: "$100 billion of frozen Russian assets" gives `assets`.
 *
 * Words that do not fold to ASCII letters (Cyrillic, for one) are never subjects.
 */

import { clauseStart, plainWord, skipWords, WINDOW, wordsAfter, wordsBetween } from './clause.js';
import type { Stretch } from './finding.js';
import { keySegment } from './term-key.js';
import {
  ADVERB_ENDING,
  IRREGULAR_PARTICIPLES,
  LINKING_VERBS,
  NUMBER_WORDS,
  STOP_WORDS,
  VERB_MARKERS,
} from './vocabulary.js';

/** Most words looked at on either side of a figure when looking for its subject. */
const SUBJECT_REACH = 8;
/** Most words of the noun that a duration qualifies ("notice period"). */
const QUALIFIED_REACH = 2;

/** How to look for a subject before a figure. */
export interface SubjectLook {
  /** Look back no further than this offset (the end of the previous figure). */
  floor: number;
  /** Words written here are no subject (the condition "in peacetime"). */
  skip?: Stretch | undefined;
  /** Pass over participles ("reduced", "deployed"): counts, money and shares measure nouns. */
  nounsOnly: boolean;
}

/** The subject before a figure that starts at `start`, in its clause. */
export function subjectBefore(text: string, start: number, look: SubjectLook): string | undefined {
  const from = clauseStart(text, start, Math.max(look.floor, start - WINDOW));
  const words = wordsBetween(text, from, start);
  const first = Math.max(0, words.length - SUBJECT_REACH);
  for (
    let index = words.length - 1, word = words[index];
    word !== undefined && index >= first;
    word = words[--index]
  ) {
    if (look.skip !== undefined && word.start >= look.skip.start && word.end <= look.skip.end) {
      continue;
    }
    const plain = plainWord(word.text);
    if (STOP_WORDS.has(plain) || NUMBER_WORDS.has(plain) || LINKING_VERBS.has(plain)) continue;
    if (ADVERB_ENDING.test(plain)) continue;
    if (look.nounsOnly && isParticiple(word.text)) continue;
    const previous = words[index - 1];
    const before = previous === undefined ? undefined : plainWord(previous.text);
    if (before !== undefined && VERB_MARKERS.has(before)) continue;
    // "under this Agreement", "of this License": the document naming itself measures nothing.
    if ((before === 'this' || before === 'these') && /^\p{Lu}/u.test(word.text)) continue;
    const segment = keySegment(plain);
    if (segment !== undefined) return segment;
  }
  return undefined;
}

/**
 * The noun a duration qualifies, right after it: "60 days notice", "60 day notice period",
 * "a 15-year lease" give `notice`, `notice`, `lease`. Only lower-case words directly after the
 * unit; participles and gerunds ("written", "beginning") are passed over.
 */
export function subjectRightAfter(text: string, end: number, ceiling: number): string | undefined {
  const words = wordsAfter(text, end, QUALIFIED_REACH, Math.min(ceiling, end + WINDOW));
  for (const word of words) {
    const plain = plainWord(word.text);
    if (!/^\p{Ll}/u.test(word.text) || STOP_WORDS.has(plain) || VERB_MARKERS.has(plain)) {
      return undefined;
    }
    if (isParticiple(word.text) || /ing$/u.test(plain)) continue;
    return keySegment(plain);
  }
  return undefined;
}

/**
 * The head of the noun phrase after `position` (its last word, as English puts the head
 * last): "of frozen Russian assets will" gives `assets`. Stops at punctuation and `ceiling`.
 */
export function subjectAfter(text: string, position: number, ceiling: number): string | undefined {
  const words = wordsAfter(text, position, SUBJECT_REACH, Math.min(ceiling, position + WINDOW));
  const start = skipWords(words, 0, (word) => STOP_WORDS.has(plainWord(word.text)));
  const previous = start === 0 ? undefined : words[start - 1];
  // "2 million refugees will return": a verb follows, the figure's noun phrase has ended.
  if (previous !== undefined && VERB_MARKERS.has(plainWord(previous.text))) return undefined;
  let head: string | undefined;
  for (const word of words.slice(start)) {
    const plain = plainWord(word.text);
    if (STOP_WORDS.has(plain)) break;
    head = keySegment(plain) ?? head;
  }
  return head;
}

/** A lower-case past participle ("capped", "reduced", "written"), not a noun in "-eed". */
function isParticiple(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  return (word.length >= 5 && /[^e]ed$/u.test(word)) || IRREGULAR_PARTICIPLES.has(word);
}
