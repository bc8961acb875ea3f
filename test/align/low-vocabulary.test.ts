import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate.mjs';
import { type DraftDiff, diffDrafts, fromText } from '../../src/index.js';

// Issue 12: 15,000 numbered 8-word sentences from a 40-word vocabulary, every tenth reworded in
// place, gave 743 additions, 743 removals and 1,638 moves instead of 1,500 rewordings. With so
// few words every term is common, rare-word candidates find nothing useful, and sentences repeat
// (a 40-word vocabulary and a weak generator repeat whole sentences), so the alignment must get
// it from order: identical texts anchor, repeated ones pair by nearness, and each reworded
// sentence is the lone pair between two anchors.

const VOCABULARY = Array.from(
  { length: 40 },
  (_, index) => `term${String.fromCharCode(97 + (index % 26))}${index}`,
);

/**
 * Two texts of `count` numbered sentences; every tenth sentence of the second has `replaced`
 * of its words changed to other words. `repeatEvery` copies the sentence that many places back,
 * so texts repeat.
 */
function texts(count: number, replaced: number, repeatEvery?: number): [string, string] {
  const random = mulberry32(count * 31 + replaced);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
  const sentences: string[][] = [];
  for (let index = 0; index < count; index++) {
    sentences.push(
      repeatEvery !== undefined && index >= repeatEvery && index % 7 === 0
        ? [...(sentences[index - repeatEvery] as string[])]
        : Array.from({ length: 8 }, pick),
    );
  }
  const before = sentences.map((words, index) => `${index + 1}. ${words.join(' ')}.`);
  const after = sentences.map((words, index) => {
    if (index % 10 !== 9) return `${index + 1}. ${words.join(' ')}.`;
    const changed = [...words];
    for (let word = 0; word < replaced; word++) {
      const at = (word * 3 + index) % 8;
      let next = pick();
      while (next === changed[at]) next = pick();
      changed[at] = next;
    }
    return `${index + 1}. ${changed.join(' ')}.`;
  });
  return [`Sentences\n${before.join('\n')}`, `Sentences\n${after.join('\n')}`];
}

/** The kinds of change a diff reports and how many of each, kinds with none left out. */
function counts(diff: DraftDiff): Record<string, number> {
  return Object.fromEntries(Object.entries(diff.stats).filter(([, count]) => count > 0));
}

describe('a low-vocabulary text reworded in place', () => {
  it.each([
    { sentences: 1_500, replaced: 3 },
    { sentences: 15_000, replaced: 3 },
    { sentences: 15_000, replaced: 2 },
  ])(
    '$sentences sentences, $replaced words of every tenth replaced: every tenth reworded, nothing moved',
    ({ sentences, replaced }) => {
      const [before, after] = texts(sentences, replaced);
      const diff = diffDrafts(fromText(before, { id: 'before' }), fromText(after, { id: 'after' }));
      expect(counts(diff)).toEqual({ 'provision.reworded': sentences / 10 });
    },
  );

  it('repeated sentences pair with their twin in place, not the next copy', () => {
    const [before, after] = texts(3_000, 3, 500);
    const diff = diffDrafts(fromText(before, { id: 'before' }), fromText(after, { id: 'after' }));
    expect(counts(diff)).toEqual({ 'provision.reworded': 300 });
  });
});
