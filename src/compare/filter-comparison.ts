import { DraftdiffError } from '../model/errors.js';
import { AGREEMENTS, type Agreement } from './agreement.js';
import type { Comparison } from './compare-drafts.js';

/** Which rows of a comparison to keep. Both `compareDrafts` and `formatComparison` accept it. */
export interface ComparisonFilter {
  /**
   * Keep only rows with this agreement (or any of these). `agree` includes `near` rows.
   * @defaultValue undefined (every row)
   */
  only?: Agreement | readonly Agreement[];
  /**
   * Keep only this key and the keys below it: `territory` keeps `territory` and
   * `territory.kherson`, not `territory-swaps`.
   * @defaultValue undefined (every key)
   */
  key?: string;
}

const KNOWN: ReadonlySet<string> = new Set<string>(AGREEMENTS);

/**
 * The comparison with only the rows the filter keeps (a new object; the input is untouched).
 * Throws `DraftdiffError` `INVALID_ARGUMENT` for an agreement it does not know, such as a
 * mistyped `--only` on the command line.
 */
export function filterComparison(
  comparison: Comparison,
  filter: ComparisonFilter = {},
): Comparison {
  const only = filter.only === undefined ? undefined : toList(filter.only);
  for (const agreement of only ?? []) {
    if (!KNOWN.has(agreement)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `unknown agreement "${String(agreement).slice(0, 100)}"; expected agree, disagree or single`,
      );
    }
  }
  const { key } = filter;
  if (key !== undefined && typeof key !== 'string') {
    throw new DraftdiffError('INVALID_ARGUMENT', 'the key filter must be a string');
  }
  const rows = comparison.rows.filter(
    (row) =>
      (only === undefined || only.includes(row.agreement)) &&
      (key === undefined || row.key === key || row.key.startsWith(`${key}.`)),
  );
  return { drafts: [...comparison.drafts], rows };
}

function toList(only: Agreement | readonly Agreement[]): readonly Agreement[] {
  if (typeof only === 'string') return [only];
  if (Array.isArray(only)) return only;
  throw new DraftdiffError('INVALID_ARGUMENT', 'the agreement filter must be a string or an array');
}
