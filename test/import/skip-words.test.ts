import { describe, expect, it } from 'vitest';
import { skipWords, type Word, wordsBetween } from '../../src/import/terms/clause.js';

const words = (text: string): Word[] => wordsBetween(text, 0, text.length);
const little = (word: Word) => ['the', 'of', 'and'].includes(word.text);

describe('skipWords', () => {
  it.each([
    ['the size of the forces', 0, 1],
    ['the and of forces', 0, 3],
    ['forces of the army', 0, 0],
    ['forces of the army', 1, 3],
    ['the of and', 0, 3],
    ['', 0, 0],
    ['the army', 5, 5],
  ])('"%s" from %d stops at %d', (text, from, expected) => {
    expect(skipWords(words(text), from, little)).toBe(expected);
  });

  it('asks about no word after the first that fails', () => {
    const asked: string[] = [];
    skipWords(words('the of army and'), 0, (word) => {
      asked.push(word.text);
      return little(word);
    });
    expect(asked).toEqual(['the', 'of', 'army']);
  });
});
