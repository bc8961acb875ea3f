// The public API of draftdiff, and nothing else: every name a user may import, by stage of
// the pipeline (DESIGN.md): model -> import -> align -> diff -> compare -> format / patch /
// testing. test/package/api.test.ts pins this list, so a change to it is always deliberate.

// Align: which provision of one draft is which of another.
export {
  type AlignDraftsOptions,
  type AlignedMerge,
  type AlignedPair,
  type AlignedSplit,
  type Alignment,
  type AlignmentEntry,
  type AlignOptions,
  alignDrafts,
  alignProvisions,
  type DraftAlignment,
  type PairBasis,
} from './align/index.js';
// Compare: who says what across many drafts, and their lineage.
export { AGREEMENTS, type Agreement } from './compare/agreement.js';
export {
  type Blame,
  type BlameEntry,
  type BlameEvent,
  type BlameReference,
  blame,
} from './compare/blame.js';
export { type CompareOptions, compareDrafts } from './compare/compare-drafts.js';
export type {
  Comparison,
  ComparisonRow,
  ComparisonSide,
  ComparisonValue,
} from './compare/comparison.js';
export { type ComparisonFilter, filterComparison } from './compare/filter-comparison.js';
export {
  type ChangelogEntry,
  type ChangelogOptions,
  changelog,
  type HistoryOptions,
  history,
} from './compare/lineage.js';
export { termsAgree, termsAgreeExactly } from './compare/term-agreement.js';
export {
  buildTimeline,
  type Timeline,
  type TimelineDay,
  type TimelineOptions,
  type TimelineStep,
  type TimelineTrack,
  type TimelineVersion,
} from './compare/timeline.js';
// Diff: what changed between two drafts.
export {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type ChangeOf,
  type ChangeStats,
  type Delta,
  type DraftChangedChange,
  type DraftDiff,
  type DraftField,
  type Hunk,
  type ProvisionAddedChange,
  type ProvisionMergedChange,
  type ProvisionMovedChange,
  type ProvisionRemovedChange,
  type ProvisionRenumberedChange,
  type ProvisionRetitledChange,
  type ProvisionRewordedChange,
  type ProvisionSplitChange,
  type TermAddedChange,
  type TermAspect,
  type TermChangedChange,
  type TermRemovedChange,
} from './diff/change.js';
export { changesOf, isChange } from './diff/changes-of.js';
export { type DiffOptions, diffDrafts } from './diff/diff-drafts.js';
export { invertChange, invertDiff } from './diff/invert.js';
export { rebuildText } from './diff/redline.js';
// Format: text, Markdown, HTML and JSON for people and programs.
export {
  COMPARISON_FORMATS,
  type ComparisonFormat,
  type FormatComparisonOptions,
} from './format/comparison-options.js';
export {
  describeSource,
  type FormatComparisonRowOptions,
  formatComparison,
  formatComparisonRow,
} from './format/format-comparison.js';
export {
  type DiffFormat,
  type FormatDiffOptions,
  formatDiff,
  type PaintRole,
} from './format/format-diff.js';
export { formatChangelogHtml, formatDiffHtml, type HtmlOptions } from './format/html.js';
export { formatDiffMarkdown } from './format/markdown.js';
export type { TimelineHtmlOptions } from './format/read-timeline.js';
export { formatTimelineHtml } from './format/timeline-html.js';
// Import: plain text to a draft, and the terms of a text.
export {
  EXTRACTED_TERM_KINDS,
  type ExtractedTerm,
  type ExtractedTermKind,
  type ExtractTermsOptions,
  extractTerms,
  type TermLocation,
  type TermSpan,
} from './import/extract-terms.js';
export { type FromTextMeta, type FromTextOptions, fromText } from './import/from-text.js';
export {
  DraftdiffError,
  type DraftdiffErrorCode,
  type DraftdiffErrorOptions,
  DraftValidationError,
  type ValidationIssue,
} from './internal/errors.js';
// Model: drafts, their schemas and validation, errors and limits.
export {
  type Coverage,
  DRAFT_ID_PATTERN,
  type Draft,
  type DraftInput,
} from './model/draft.js';
export { DraftSchema } from './model/draft-schema.js';
export { draftJsonSchema } from './model/json-schema.js';
export { DEFAULT_LIMITS, type Limits } from './model/limits.js';
export {
  type ParseDraftOptions,
  parseDraft,
  type SafeParseDraftResult,
  safeParseDraft,
} from './model/parse-draft.js';
export {
  PROVISION_ID_PATTERN,
  type Provision,
  type ProvisionInput,
  ProvisionSchema,
} from './model/provision.js';
export { type Source, type SourceKind, SourceSchema } from './model/source.js';
export {
  type Bound,
  type Confidence,
  type DateTerm,
  type DurationTerm,
  type FlagTerm,
  type Grade,
  type MoneyTerm,
  type QuantityTerm,
  type SetTerm,
  type ShareTerm,
  type StatusTerm,
  TERM_KEY_PATTERN,
  TERM_KINDS,
  type Term,
  type TermInput,
  type TermKind,
  type TermOf,
  TermSchema,
  type TextTerm,
  type UnaddressedTerm,
} from './model/term.js';

// Patch: RFC 6902 JSON Patch out and in.
export { type ApplyPatchOptions, applyPatch } from './patch/apply-patch.js';
export type {
  AddOperation,
  CopyOperation,
  JsonPatchOperation,
  MoveOperation,
  RemoveOperation,
  ReplaceOperation,
  TestOperation,
} from './patch/json-patch-operation.js';
export type { JsonValue } from './patch/json-value.js';
export { PatchError, type PatchErrorOptions } from './patch/patch-error.js';
export { type ToJsonPatchOptions, toJsonPatch } from './patch/to-json-patch.js';

// Testing: matchers for a test suite's expectations about a diff.
export { describeChange } from './testing/describe-change.js';
export type { ExpectedChange } from './testing/expected-change.js';
export { type ChangeMatch, findClosestChanges, matchChange } from './testing/match-change.js';
export { changeMatchers, type MatcherContext, type MatcherResult } from './testing/matchers.js';
