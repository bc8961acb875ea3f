// The public API of draftdiff, and nothing else. See DESIGN.md for the pipeline:
// model -> import -> align -> diff -> compare -> format / patch / testing.

export {
  type AlignDraftsOptions,
  type AlignedMerge,
  type AlignedPair,
  type AlignedSplit,
  alignDrafts,
  type DraftAlignment,
} from './align/align-drafts.js';
export {
  type Alignment,
  type AlignmentEntry,
  type AlignOptions,
  alignProvisions,
  type PairBasis,
} from './align/align-provisions.js';
export * from './compare/index.js';
export type * from './diff/change.js';
export { CHANGE_KINDS } from './diff/change.js';
export { type DiffOptions, diffDrafts } from './diff/diff-drafts.js';
export { rebuildText } from './diff/redline.js';
export {
  type DiffFormat,
  type FormatDiffOptions,
  formatDiff,
  type PaintRole,
} from './format/format-diff.js';
export { formatChangelogHtml, formatDiffHtml, type HtmlOptions } from './format/html.js';
export { formatDiffMarkdown } from './format/markdown.js';
export * from './import/index.js';
export * from './model/index.js';
export * from './patch/index.js';
export {
  type ChangeMatch,
  describeChange,
  type ExpectedChange,
  findClosestChanges,
  matchChange,
} from './testing/match-change.js';
export { changeMatchers, type MatcherContext, type MatcherResult } from './testing/matchers.js';
