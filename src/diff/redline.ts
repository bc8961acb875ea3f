import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { diffSequences, type EditRun } from '../internal/jsdiff.js';
import { int32At } from '../internal/read-at.js';
import { createTokenBuffer, type TokenBuffer, TokenTable } from '../internal/token-table.js';
import { cutsGrapheme } from '../internal/tokenize.js';
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
  const table = new TokenTable();
  const beforeScan = createTokenBuffer();
  const afterScan = createTokenBuffer();
  table.scanPair(before, after, beforeScan, afterScan);
  return redlineScans(before, after, beforeScan, afterScan, maxEditLength);
}

/**
 * `redlineTexts` for callers that already scanned both texts with one `TokenTable`, so a
 * clause is tokenized once for both its similarity and its redline, and tokens compare as ids.
 */
export function redlineScans(
  before: string,
  after: string,
  beforeScan: TokenBuffer,
  afterScan: TokenBuffer,
  maxEditLength: number,
): Redline {
  if (before === after)
    return { hunks: before === '' ? [] : [{ op: 'equal', text: before }], coarse: false };
  const runs = diffSequences(
    beforeScan.ids.subarray(0, beforeScan.count),
    afterScan.ids.subarray(0, afterScan.count),
    maxEditLength,
  );
  if (runs === undefined) {
    const hunks: Hunk[] = [];
    if (before !== '') hunks.push({ op: 'delete', text: before });
    if (after !== '') hunks.push({ op: 'insert', text: after });
    return { hunks, coarse: true };
  }
  return { hunks: foldRuns(runs, before, after, beforeScan, afterScan), coarse: false };
}

const WHITESPACE = /^\s+$/;

/**
 * The hunks of an edit script, with whitespace-only equal runs that sit between two changes
 * folded into the change, so "600,000" -> "around 400,000" reads as one replacement rather
 * than a replacement, a kept space and an insertion. Exactness is kept: a region's old text is
 * its equal and delete runs in order, which is one slice of `before` (they are consecutive
 * there), and its new text one slice of `after`. Built in one pass, straight from token ends,
 * so the hunk list is never copied: a copy per fold would cost the clause's length each time.
 */
function foldRuns(
  runs: readonly EditRun[],
  before: string,
  after: string,
  beforeScan: TokenBuffer,
  afterScan: TokenBuffer,
): Hunk[] {
  const beforeEnds = beforeScan.ends;
  const afterEnds = afterScan.ends;
  // The tokens concatenate to the texts, so a run of tokens is a slice between token ends.
  const textOf = (run: EditRun): string =>
    run.op === 'delete'
      ? before.slice(
          offsetOf(beforeEnds, run.beforeStart),
          offsetOf(beforeEnds, run.beforeStart + run.count),
        )
      : after.slice(
          offsetOf(afterEnds, run.afterStart),
          offsetOf(afterEnds, run.afterStart + run.count),
        );
  const hunks: Hunk[] = [];
  const push = (op: Hunk['op'], text: string) => {
    const last = hunks[hunks.length - 1];
    if (last !== undefined && last.op === op) last.text += text;
    else hunks.push({ op, text });
  };
  let index = 0;
  for (let run = runs[index]; run !== undefined; run = runs[index]) {
    if (run.op === 'equal') {
      push('equal', textOf(run));
      index++;
      continue;
    }
    // Grow the region while changes are separated only by whitespace. Runs never repeat an op
    // twice in a row, so what follows an equal run is a change.
    let hasDelete = run.op === 'delete';
    let hasInsert = !hasDelete;
    let end = index + 1;
    for (let next = runs[end]; next !== undefined; next = runs[end]) {
      let change: EditRun;
      const following = runs[end + 1];
      if (next.op !== 'equal') {
        change = next;
        end++;
      } else if (following !== undefined && WHITESPACE.test(textOf(next))) {
        change = following;
        end += 2;
      } else {
        break;
      }
      if (change.op === 'delete') hasDelete = true;
      else hasInsert = true;
    }
    if (hasDelete && hasInsert) {
      const last = runs[end];
      const deleted = before.slice(
        offsetOf(beforeEnds, run.beforeStart),
        offsetOf(beforeEnds, last === undefined ? beforeScan.count : last.beforeStart),
      );
      const inserted = after.slice(
        offsetOf(afterEnds, run.afterStart),
        offsetOf(afterEnds, last === undefined ? afterScan.count : last.afterStart),
      );
      // Whitespace both sides end with is kept text, not part of the replacement.
      const tail = commonWhitespaceSuffix(deleted, inserted);
      push('delete', deleted.slice(0, deleted.length - tail.length));
      push('insert', inserted.slice(0, inserted.length - tail.length));
      if (tail !== '') push('equal', tail);
    } else {
      // One-sided regions ("delete, space, delete") read fine as they are.
      for (const each of runs.slice(index, end)) push(each.op, textOf(each));
    }
    index = end;
  }
  return hunks;
}

/** Where token `token` starts: the end of the one before it. */
function offsetOf(ends: Int32Array, token: number): number {
  return token === 0 ? 0 : int32At(ends, token - 1);
}

function commonWhitespaceSuffix(a: string, b: string): string {
  let length = 0;
  while (
    length < a.length - 1 &&
    length < b.length - 1 &&
    a[a.length - 1 - length] === b[b.length - 1 - length] &&
    /\s/.test(a.charAt(a.length - 1 - length))
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
  return guardCall('rebuildText', [hunks, side], () => {
    if (!Array.isArray(hunks)) throw invalidArgument('hunks must be an array of hunks', hunks);
    if (side !== 'before' && side !== 'after') {
      throw invalidArgument('side must be "before" or "after"', side);
    }
    const skip = side === 'before' ? 'insert' : 'delete';
    let text = '';
    // Checked in the one pass that rebuilds: no walk of its own.
    for (let index = 0; index < hunks.length; index++) {
      const hunk = checkHunk(hunks[index], 'rebuildText', `hunks[${index}]`);
      if (hunk.op !== skip) text += hunk.text;
    }
    return text;
  });
}

function invalidArgument(must: string, got: unknown): DraftdiffError {
  return new DraftdiffError(
    'INVALID_ARGUMENT',
    `rebuildText: ${must}, got ${describeValue(got, 40)}`,
  );
}
