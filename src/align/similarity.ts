/**
 * Similarity of clauses as the Jaccard index of their word sets (the distinct lower-cased
 * words and figures, `wordsOf`): cheap, symmetric, and indifferent to reordering within a
 * sentence, which suits redrafted legal text. `TokenTable.similarity` computes the same index
 * for the reported `similarity` of a reworded clause.
 */

/**
 * A set of words as the sorted, distinct ids a `WordTable` gave them. The alignment compares
 * thousands of candidate pairs; counting an intersection by merging two sorted integer arrays
 * is several times faster than looking strings up in a `Set`, and gives the same counts.
 */
export interface WordIdSet {
  /** How many distinct words. */
  readonly size: number;
  /** Their ids, ascending. */
  readonly ids: Int32Array;
}

/** Numbers words, so that word sets can be sorted id arrays (`WordIdSet`). */
export class WordTable {
  private readonly idsByWord = new Map<string, number>();
  private readonly words: string[] = [];

  /** The word an id stands for. */
  wordOf(id: number): string {
    return this.words[id] as string;
  }

  /** The set of `words` (duplicates dropped). */
  setOf(words: readonly string[]): WordIdSet {
    const ids = new Int32Array(words.length);
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as string;
      let id = this.idsByWord.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.idsByWord.set(word, id);
        this.words.push(word);
      }
      ids[index] = id;
    }
    ids.sort();
    let size = 0;
    for (let index = 0; index < ids.length; index++) {
      if (index === 0 || ids[index] !== ids[index - 1]) ids[size++] = ids[index] as number;
    }
    return { size, ids: ids.subarray(0, size) };
  }
}

/** |a ∩ b| / |a ∪ b|; two empty sets are identical (1). */
export function jaccardOfIds(a: WordIdSet, b: WordIdSet): number {
  if (a.size === 0 && b.size === 0) return 1;
  const shared = sharedIdCount(a.ids, b.ids);
  return shared / (a.size + b.size - shared);
}

/** How much of `part` is inside `whole`: |part ∩ whole| / |part|. */
export function containmentOfIds(part: WordIdSet, whole: WordIdSet): number {
  if (part.size === 0) return 0;
  return sharedIdCount(part.ids, whole.ids) / part.size;
}

/** The Jaccard index of `a` against the union of several sets. */
export function jaccardWithUnionOfIds(a: WordIdSet, parts: readonly WordIdSet[]): number {
  const union = new Set<number>();
  for (const part of parts) for (const id of part.ids) union.add(id);
  const ids = Int32Array.from(union).sort();
  return jaccardOfIds(a, { size: ids.length, ids });
}

function sharedIdCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const left = a[x] as number;
    const right = b[y] as number;
    if (left === right) {
      shared++;
      x++;
      y++;
    } else if (left < right) {
      x++;
    } else {
      y++;
    }
  }
  return shared;
}
