import { stem } from 'porter2';

/**
 * The stem of a lower-case English word, so that "guarantees", "guaranteed" and "guarantee"
 * compare as one word ("guarante"): the Porter2 (Snowball English) algorithm of the `porter2`
 * package, the one module that imports it. Words that are not English come back as they are
 * or lightly trimmed, which is harmless: both versions of a text are stemmed the same way.
 */
export function stemWord(word: string): string {
  return stem(word);
}
