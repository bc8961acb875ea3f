/**
 * What a share is of: "50% of the profits from this venture" is a share of the profits. The
 * head of that phrase is the subject of the share's key.
 */

import { plainWord, skipWords, WINDOW, type Word, wordsAfter } from './clause.js';
import { SPACE, stickyMatch } from './patterns.js';
import { keySegment } from './term-key.js';
import { DETERMINERS, STOP_WORDS } from './vocabulary.js';

const OF_WORD = new RegExp(`${SPACE}{1,2}of(?=${SPACE})`, 'iuy');

/** What a share is of, as written, its head word as a key segment, and where it ends. */
export interface OfPhrase {
  /** The words after "of", determiners left out: "outstanding shares". */
  of: string;
  /** The head (last) word as a key segment: "shares". */
  head: string | undefined;
  /** Offset just past the phrase. */
  end: number;
}

/**
 * The phrase after `end` that says what a share is of ("of the profits"). With `needOf`
 * false the "of" may be missing ("half the profits"), but then a determiner must open it.
 */
export function ofPhrase(text: string, end: number, needOf: boolean): OfPhrase | undefined {
  const ofMatch = stickyMatch(OF_WORD, text, end);
  if (ofMatch === null && needOf) return undefined;
  const start = ofMatch === null ? end : end + ofMatch[0].length;
  const words = wordsAfter(text, start, 8, start + WINDOW);
  const index = skipWords(words, 0, (word) => DETERMINERS.has(plainWord(word.text)));
  if (ofMatch === null && index === 0) return undefined; // "half" alone is not a share.
  const content: Word[] = [];
  for (const word of words.slice(index)) {
    if (content.length === 4 || STOP_WORDS.has(plainWord(word.text))) break;
    content.push(word);
  }
  const firstWord = content[0];
  const lastWord = content[content.length - 1];
  if (firstWord === undefined || lastWord === undefined) return undefined;
  return {
    of: text.slice(firstWord.start, lastWord.end),
    head: keySegment(plainWord(lastWord.text)),
    end: lastWord.end,
  };
}
