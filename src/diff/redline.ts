import { diffSequences } from '../internal/myers.js';
import { cutsGrapheme, tokenTexts } from '../internal/tokenize.js';
import { describeValue } from '../model/describe-value.js';
import { DraftdiffError } from '../model/errors.js';
import type { Hunk } from './change.js';
import { checkHunk } from './read-diff.js';

/** A word-level redline of two texts. */
export interface Redline {
  /** equal+delete rebuild `before`, equal+insert rebuild `after`, exactly. */
  hunks: Hunk[];
  /** True when the edit exceeded the budget and the texts were redlined as a whole. */
  coarse: boolean;
}

/**
 * Redlines two texts word by word: figures and graphemes stay whole, whitespace and
 * punctuation are tokens of their own so they rebuild exactly. Deterministic: when the
 * edit is longer than `maxEditLength` tokens, the result is one delete and one insert.
 */
export function redlineTexts(before: string, after: string, maxEditLength: number): Redline {
  if (before === after)
    return { hunks: before === '' ? [] : [{ op: 'equal', text: before }], coarse: false };
  return redlineTokens(before, after, tokenTexts(before), tokenTexts(after), maxEditLength);
}

/**
 * `redlineTexts` for callers that already hold the tokens of both texts (`tokenTexts`), so a
 * clause is tokenized once for both its similarity and its redline.
 */
export function redlineTokens(
  before: string,
  after: string,
  beforeTokens: readonly string[],
  afterTokens: readonly string[],
  maxEditLength: number,
): Redline {
  if (before === after)
    return { hunks: before === '' ? [] : [{ op: 'equal', text: before }], coarse: false };
  const runs = diffSequences(beforeTokens, afterTokens, maxEditLength);
  if (runs === undefined) {
    const hunks: Hunk[] = [];
    if (before !== '') hunks.push({ op: 'delete', text: before });
    if (after !== '') hunks.push({ op: 'insert', text: after });
    return { hunks, coarse: true };
  }
  // The tokens concatenate to the texts, so a run's text is a slice between token offsets.
  // Runs come in order on both sides, so one cursor per side finds every offset in one pass.
  const hunks: Hunk[] = [];
  const beforeCursor = { token: 0, offset: 0 };
  const afterCursor = { token: 0, offset: 0 };
  for (const run of runs) {
    const [source, tokens, cursor, start] =
      run.op === 'delete'
        ? [before, beforeTokens, beforeCursor, run.beforeStart]
        : [after, afterTokens, afterCursor, run.afterStart];
    advance(tokens, cursor, start);
    const from = cursor.offset;
    advance(tokens, cursor, start + run.count);
    const text = source.slice(from, cursor.offset);
    if (text !== '') hunks.push({ op: run.op, text });
  }
  return { hunks: foldWhitespace(mergeAdjacent(hunks)), coarse: false };
}

/** Moves a cursor forward to the start of token `token`, adding up the lengths on the way. */
function advance(
  tokens: readonly string[],
  cursor: { token: number; offset: number },
  token: number,
): void {
  while (cursor.token < token) {
    cursor.offset += (tokens[cursor.token] as string).length;
    cursor.token++;
  }
}

/**
 * Folds whitespace-only equal hunks that sit between two changes into the change, so
 * "600,000" -> "around 400,000" reads as one replacement rather than a replacement, a kept
 * space and an insertion. Exactness is kept: the region's old text is its equal and delete
 * hunks in order, its new text its equal and insert hunks in order.
 */
function foldWhitespace(hunks: readonly Hunk[]): Hunk[] {
  const folded: Hunk[] = [];
  let index = 0;
  while (index < hunks.length) {
    const hunk = hunks[index] as Hunk;
    if (hunk.op === 'equal') {
      folded.push(hunk);
      index++;
      continue;
    }
    // Grow the region while changes are separated only by whitespace.
    let end = index + 1;
    while (end < hunks.length) {
      const next = hunks[end] as Hunk;
      if (next.op !== 'equal') {
        end++;
      } else if (/^\s+$/.test(next.text) && end + 1 < hunks.length) {
        end += 2;
      } else {
        break;
      }
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
    const hasDelete = region.some((part) => part.op === 'delete');
    const hasInsert = region.some((part) => part.op === 'insert');
    if (hasDelete && hasInsert) {
      // Whitespace both sides end with is kept text, not part of the replacement.
      const tail = commonWhitespaceSuffix(deleted, inserted);
      folded.push(
        { op: 'delete', text: deleted.slice(0, deleted.length - tail.length) },
        { op: 'insert', text: inserted.slice(0, inserted.length - tail.length) },
      );
      if (tail !== '') folded.push({ op: 'equal', text: tail });
    } else {
      // One-sided regions ("delete, space, delete") read fine as they are.
      folded.push(...region);
    }
    index = end;
  }
  return mergeAdjacent(folded);
}

function mergeAdjacent(hunks: readonly Hunk[]): Hunk[] {
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.op === hunk.op) last.text += hunk.text;
    else merged.push({ ...hunk });
  }
  return merged;
}

function commonWhitespaceSuffix(a: string, b: string): string {
  let length = 0;
  while (
    length < a.length - 1 &&
    length < b.length - 1 &&
    a[a.length - 1 - length] === b[b.length - 1 - length] &&
    /\s/.test(a[a.length - 1 - length] as string)
  ) {
    length++;
  }
  // The tail is cut off code unit by code unit, so it may start inside a grapheme the tokens
  // kept whole: the LF of a CR LF, or a space after a prepend sign. Give such a tail up to the
  // next boundary in both texts; a whitespace character never starts one.
  while (length > 0 && (cutsGrapheme(a, a.length - length) || cutsGrapheme(b, b.length - length))) {
    length--;
  }
  return a.slice(a.length - length);
}

/**
 * Rebuilds the old (`'before'`) or new (`'after'`) text from hunks. Throws `DraftdiffError`
 * `INVALID_ARGUMENT` for hunks that are not an array of `{ op, text }` or another side.
 */
export function rebuildText(hunks: readonly Hunk[], side: 'before' | 'after'): string {
  if (!Array.isArray(hunks)) throw invalidArgument('hunks must be an array of hunks', hunks);
  if (side !== 'before' && side !== 'after') {
    throw invalidArgument('side must be "before" or "after"', side);
  }
  const skip = side === 'before' ? 'insert' : 'delete';
  let text = '';
  // Checked in the one pass that rebuilds: no walk of its own.
  for (let index = 0; index < hunks.length; index++) {
    const hunk = hunks[index] as Hunk;
    checkHunk(hunk, 'rebuildText', `hunks[${index}]`);
    if (hunk.op !== skip) text += hunk.text;
  }
  return text;
}

function invalidArgument(must: string, got: unknown): DraftdiffError {
  return new DraftdiffError(
    'INVALID_ARGUMENT',
    `rebuildText: ${must}, got ${describeValue(got, 40)}`,
  );
}
