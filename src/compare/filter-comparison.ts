import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { AGREEMENTS, type Agreement } from './agreement.js';
import type { Comparison } from './comparison.js';
import { readComparison } from './read-comparison.js';

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
 * mistyped `--only` on the command line, and for a comparison that is not one (checked field
 * by field, so a hand-built or JSON-read comparison fails with the path of the bad field).
 */
export function filterComparison(
  comparison: Comparison,
  filter: ComparisonFilter = {},
): Comparison {
  return guardCall('filterComparison', [comparison, filter], () =>
    selectRows(readComparison(comparison, 'filterComparison'), filter),
  );
}

/**
 * `filterComparison` for a comparison already checked (built by `compareDrafts`, or read by
 * `readComparison`): checks only the filter. Internal to `src/compare`.
 */
export function selectRows(comparison: Comparison, filter: ComparisonFilter = {}): Comparison {
  const { only: wanted, key } = readOptions(filter, 'filter');
  const only = wanted === undefined ? undefined : toList(wanted);
  for (const agreement of only ?? []) {
    if (!KNOWN.has(agreement)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `unknown agreement ${describeValue(agreement)}; expected agree, disagree or single`,
      );
    }
  }
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
