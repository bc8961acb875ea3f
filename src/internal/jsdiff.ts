/** The one module that imports jsdiff (`diff`). */
import { diffArrays } from 'diff';

/** One run of a token-level diff: tokens kept, inserted or deleted. */
export interface TokenRun {
  op: 'equal' | 'insert' | 'delete';
  tokens: string[];
}

/**
 * Diffs two token arrays with jsdiff's Myers implementation. Returns `undefined` when the
 * edit script would be longer than `maxEditLength` tokens: a fully rewritten long text costs
 * minutes of Myers diff (DESIGN.md), and the caller has a deterministic coarse fallback.
 */
export function diffTokenArrays(
  before: readonly string[],
  after: readonly string[],
  maxEditLength: number,
): TokenRun[] | undefined {
  const changes = diffArrays([...before], [...after], { maxEditLength });
  if (changes === undefined) return undefined;
  return changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    tokens: change.value,
  }));
}
