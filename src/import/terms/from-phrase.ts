/**
 * What a duration is counted from: "within 100 days of the signing" counts from the signing.
 */

import { WINDOW, type Word, wordsAfter } from './clause.js';
import { SPACE, stickyMatch } from './patterns.js';
import { CLAUSE_WORDS, FROM_WORDS } from './vocabulary.js';

const FROM_WORD = new RegExp(`${SPACE}{1,2}(?:${FROM_WORDS})(?=${SPACE})`, 'iuy');

/** What a duration counts from, as written, and where that phrase ends. */
export function fromPhrase(text: string, end: number): { text: string; end: number } | undefined {
  const match = stickyMatch(FROM_WORD, text, end);
  if (match === null) return undefined;
  const start = end + match[0].length;
  const words: Word[] = [];
  for (const word of wordsAfter(text, start, 6, start + WINDOW)) {
    if (CLAUSE_WORDS.has(word.text.toLowerCase())) break;
    words.push(word);
  }
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (firstWord === undefined || lastWord === undefined) return undefined;
  return { text: text.slice(firstWord.start, lastWord.end), end: lastWord.end };
}
