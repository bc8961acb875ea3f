// The public API, pinned: every name src/index.ts exports, values and types apart, read by the
// TypeScript compiler the way a consumer's would. Adding, removing or renaming one fails here
// first, so a change to the API is always a deliberate edit of this list (and of the README
// where it names one).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const indexFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'index.ts');

/** The names the API exports as values (functions, classes, schemas, constants). */
const VALUES = [
  'AGREEMENTS',
  'CHANGE_KINDS',
  'COMPARISON_FORMATS',
  'DEFAULT_LIMITS',
  'DRAFT_ID_PATTERN',
  'DraftSchema',
  'DraftValidationError',
  'DraftdiffError',
  'EXTRACTED_TERM_KINDS',
  'PROVISION_ID_PATTERN',
  'PatchError',
  'ProvisionSchema',
  'SourceSchema',
  'TERM_KEY_PATTERN',
  'TERM_KINDS',
  'TermSchema',
  'alignDrafts',
  'alignProvisions',
  'applyPatch',
  'blame',
  'buildTimeline',
  'changeMatchers',
  'changelog',
  'changesOf',
  'compareDrafts',
  'describeChange',
  'describeSource',
  'diffDrafts',
  'draftJsonSchema',
  'extractTerms',
  'filterComparison',
  'findClosestChanges',
  'formatChangelogHtml',
  'formatComparison',
  'formatComparisonRow',
  'formatDiff',
  'formatDiffHtml',
  'formatDiffMarkdown',
  'formatTimelineHtml',
  'fromText',
  'history',
  'invertChange',
  'invertDiff',
  'isChange',
  'matchChange',
  'parseDraft',
  'rebuildText',
  'safeParseDraft',
  'termsAgree',
  'termsAgreeExactly',
  'toJsonPatch',
];

/** The names it exports only as types. */
const TYPES = [
  'AddOperation',
  'Agreement',
  'AlignDraftsOptions',
  'AlignOptions',
  'AlignedMerge',
  'AlignedPair',
  'AlignedSplit',
  'Alignment',
  'AlignmentEntry',
  'ApplyPatchOptions',
  'Blame',
  'BlameEntry',
  'BlameEvent',
  'BlameReference',
  'Bound',
  'Change',
  'ChangeKind',
  'ChangeMatch',
  'ChangeOf',
  'ChangeStats',
  'ChangelogEntry',
  'ChangelogOptions',
  'CompareOptions',
  'Comparison',
  'ComparisonFilter',
  'ComparisonFormat',
  'ComparisonRow',
  'ComparisonSide',
  'ComparisonValue',
  'Confidence',
  'CopyOperation',
  'Coverage',
  'DateTerm',
  'Delta',
  'DiffFormat',
  'DiffOptions',
  'Draft',
  'DraftAlignment',
  'DraftChangedChange',
  'DraftDiff',
  'DraftField',
  'DraftInput',
  'DraftdiffErrorCode',
  'DraftdiffErrorOptions',
  'DurationTerm',
  'ExpectedChange',
  'ExtractTermsOptions',
  'ExtractedTerm',
  'ExtractedTermKind',
  'FlagTerm',
  'Grade',
  'FormatComparisonOptions',
  'FormatComparisonRowOptions',
  'FormatDiffOptions',
  'FromTextMeta',
  'FromTextOptions',
  'HistoryOptions',
  'HtmlOptions',
  'Hunk',
  'JsonPatchOperation',
  'JsonValue',
  'Limits',
  'MatcherContext',
  'MatcherResult',
  'MoneyTerm',
  'MoveOperation',
  'PaintRole',
  'PairBasis',
  'ParseDraftOptions',
  'PatchErrorOptions',
  'Provision',
  'ProvisionAddedChange',
  'ProvisionInput',
  'ProvisionMergedChange',
  'ProvisionMovedChange',
  'ProvisionRemovedChange',
  'ProvisionRenumberedChange',
  'ProvisionRetitledChange',
  'ProvisionRewordedChange',
  'ProvisionSplitChange',
  'QuantityTerm',
  'RemoveOperation',
  'ReplaceOperation',
  'SafeParseDraftResult',
  'SetTerm',
  'ShareTerm',
  'Source',
  'SourceKind',
  'StatusTerm',
  'Term',
  'TermAddedChange',
  'TermAspect',
  'TermChangedChange',
  'TermInput',
  'TermKind',
  'TermLocation',
  'TermOf',
  'TermRemovedChange',
  'TermSpan',
  'TestOperation',
  'TextTerm',
  'Timeline',
  'TimelineDay',
  'TimelineHtmlOptions',
  'TimelineOptions',
  'TimelineStep',
  'TimelineTrack',
  'TimelineVersion',
  'ToJsonPatchOptions',
  'UnaddressedTerm',
  'ValidationIssue',
];

/** Every export of src/index.ts, by the compiler: values (a value and a type count as a value). */
function exportsOfIndex(): { values: string[]; types: string[] } {
  const program = ts.createProgram([indexFile], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexFile);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`cannot read the exports of ${indexFile}`);
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

describe('the public API', () => {
  it('exports exactly the pinned names, values and types apart', () => {
    const found = exportsOfIndex();
    expect(found.values).toEqual([...VALUES].sort());
    expect(found.types).toEqual([...TYPES].sort());
  });

  it('has at run time exactly the pinned values', () => {
    expect(Object.keys(api).sort()).toEqual([...VALUES].sort());
  });

  it('lists every name in src/index.ts itself (no export *)', () => {
    const text = readFileSync(indexFile, 'utf8');
    expect(text.match(/export\s+(type\s+)?\*/g)).toBeNull();
  });
});
