import { diffArrays } from 'diff';
import { cutsGrapheme, tokenTexts } from '../../src/internal/tokenize.js';

/**
 * The redline as first written, kept as the oracle `redlineTexts` must agree with: jsdiff's
 * `diffArrays` over token strings, hunks joined from token texts, then merged and folded in
 * separate passes over copies. Slow and obviously right; `src/diff/redline.ts` numbers the
 * tokens (`TokenTable`), reuses a shared prefix and suffix, and folds in one pass.
 */
export function referenceRedline(
  before: string,
  after: string,
  maxEditLength: number,
): { hunks: { op: 'equal' | 'insert' | 'delete'; text: string }[]; coarse: boolean } {
  if (before === after) {
    return { hunks: before === '' ? [] : [{ op: 'equal', text: before }], coarse: false };
  }
  const beforeTokens = tokenTexts(before);
  const afterTokens = tokenTexts(after);
  const changes = diffArrays(beforeTokens, afterTokens, { maxEditLength });
  if (changes === undefined) {
    const hunks: Hunk[] = [];
    if (before !== '') hunks.push({ op: 'delete', text: before });
    if (after !== '') hunks.push({ op: 'insert', text: after });
    return { hunks, coarse: true };
  }
  const hunks: Hunk[] = changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
  return { hunks: fold(merge(hunks)), coarse: false };
}

type Hunk = { op: 'equal' | 'insert' | 'delete'; text: string };

function merge(hunks: readonly Hunk[]): Hunk[] {
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.op === hunk.op) last.text += hunk.text;
    else merged.push({ ...hunk });
  }
  return merged;
}

function fold(hunks: readonly Hunk[]): Hunk[] {
  const folded: Hunk[] = [];
  let index = 0;
  while (index < hunks.length) {
    const hunk = hunks[index] as Hunk;
    if (hunk.op === 'equal') {
      folded.push(hunk);
      index++;
      continue;
    }
    let end = index + 1;
    while (end < hunks.length) {
      const next = hunks[end] as Hunk;
      if (next.op !== 'equal') end++;
      else if (/^\s+$/.test(next.text) && end + 1 < hunks.length) end += 2;
      else break;
    }
    const region = hunks.slice(index, end);
    const deleted = region
      .filter((part) => part.op !== 'insert')
      .map((part) => part.text)
      .join('');
    const inserted = region
      .filter((part) => part.op !== 'delete')
      .map((part) => part.text)
      .join('');
    if (
      region.some((part) => part.op === 'delete') &&
      region.some((part) => part.op === 'insert')
    ) {
      let tail = 0;
      while (
        tail < deleted.length - 1 &&
        tail < inserted.length - 1 &&
        deleted[deleted.length - 1 - tail] === inserted[inserted.length - 1 - tail] &&
        /\s/.test(deleted[deleted.length - 1 - tail] as string)
      ) {
        tail++;
      }
      while (
        tail > 0 &&
        (cutsGrapheme(deleted, deleted.length - tail) ||
          cutsGrapheme(inserted, inserted.length - tail))
      ) {
        tail--;
      }
      folded.push(
        { op: 'delete', text: deleted.slice(0, deleted.length - tail) },
        { op: 'insert', text: inserted.slice(0, inserted.length - tail) },
      );
      if (tail > 0) folded.push({ op: 'equal', text: deleted.slice(deleted.length - tail) });
    } else {
      folded.push(...region);
    }
    index = end;
  }
  return merge(folded);
}
