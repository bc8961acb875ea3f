// The public API of src/compare: who says what across many drafts, and their lineage.

export { AGREEMENTS, type Agreement } from './agreement.js';
export {
  type Blame,
  type BlameEntry,
  type BlameEvent,
  type BlameReference,
  blame,
} from './blame.js';
export {
  type CompareOptions,
  type Comparison,
  type ComparisonRow,
  type ComparisonSide,
  type ComparisonValue,
  compareDrafts,
} from './compare-drafts.js';
export { type ComparisonFilter, filterComparison } from './filter-comparison.js';
export {
  COMPARISON_FORMATS,
  type ComparisonFormat,
  describeSource,
  type FormatComparisonOptions,
  type FormatComparisonRowOptions,
  formatComparison,
  formatComparisonRow,
} from './format-comparison.js';
export {
  type ChangelogEntry,
  type ChangelogOptions,
  changelog,
  type HistoryOptions,
  history,
} from './lineage.js';
export { termsAgree, termsAgreeExactly } from './term-agreement.js';
