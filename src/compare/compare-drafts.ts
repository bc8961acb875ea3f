import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { readAt } from '../internal/read-at.js';
import type { Draft } from '../model/draft.js';
import type { Limits } from '../model/limits.js';
import type { Source } from '../model/source.js';
import { TERM_KINDS, type Term, type TermKind } from '../model/term.js';
import type { Agreement } from './agreement.js';
import type { Comparison, ComparisonRow, ComparisonSide, ComparisonValue } from './comparison.js';
import {
  assertDrafts,
  chooseLabel,
  comparePlaces,
  locateTerms,
  numberedPlaces,
  type Place,
  sourcesOf,
  type TermLocation,
} from './draft-terms.js';
import { type ComparisonFilter, selectRows } from './filter-comparison.js';
import { lineUpTerms } from './line-up-terms.js';
import { compareText, figureKey, valueKey, wordingOf } from './term-agreement.js';

/** Options of `compareDrafts`: which rows to keep (see `ComparisonFilter`), and limits. */
export interface CompareOptions extends ComparisonFilter {
  /** Limits; `maxDepth` bounds the nesting of each draft (deeper is `LIMIT_EXCEEDED`). @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/**
 * Compares any number of drafts key by key: for every term key that any draft states, what
 * each draft says (or that it is silent), whether they agree, and who is on which side. A draft
 * imported from text (by `fromText`: its terms found in prose) is first aligned with an authored draft (one it
 * is `basedOn`, else the one its terms line up with best), and each figure it found takes the
 * key of the authored term it lines up with, so it lands in the authored rows.
 *
 * Expects drafts as `parseDraft` returns them (term keys unique in a draft, term sources
 * naming the draft's outlets); throws `DraftdiffError` `DUPLICATE_ID` when two share an id,
 * `LIMIT_EXCEEDED` for a draft nested deeper than `limits.maxDepth`, and `INVALID_ARGUMENT`
 * when the input is not drafts (or a term or source in them is not valid). Never mutates the
 * drafts; the terms and sources in the result are copies, so the result shares no objects with
 * them.
 *
 * Rows are in provision order, the same whatever the order of the drafts. A statement's place
 * is the display `number` of its provision read as segments (`9` before `10` before `10.b`),
 * since the drafts of one document share its numbering even when a summary skips points. An
 * unnumbered provision takes the place of the numbered provision with the same id in a
 * complete draft (a summary reusing the full text's id for that point), or else sits at its
 * 1-based place among its siblings, below its parent. Draft-level terms come after every
 * provision. A key's place is the earliest place of any complete draft that states it, or, for
 * a key only partial drafts state, the earliest among those (a full text places a point more
 * surely than a summary). Equal places are ordered by the index of the term within its
 * provision, then by key.
 *
 * @example
 * const comparison = compareDrafts([axios, irishTimes, guardian], { only: 'disagree' });
 * for (const row of comparison.rows) console.log(row.label, row.sides.map((side) => side.drafts));
 */
export function compareDrafts(given: readonly Draft[], options: CompareOptions = {}): Comparison {
  return guardCall('compareDrafts', [given, options], () => {
    const { limits, ...filter } = readOptions(options, 'compareDrafts');
    assertDrafts(given, 'compareDrafts', limits);
    const drafts = lineUpTerms(given);
    // Numbered provisions of complete drafts place the unnumbered ones that share their id.
    const anchors = new Map<string, Place>();
    for (const draft of drafts) {
      if (draft.coverage === 'partial') continue;
      for (const [id, place] of numberedPlaces(draft)) {
        const known = anchors.get(id);
        if (known === undefined || comparePlaces(place, known) < 0) anchors.set(id, place);
      }
    }
    const located = drafts.map((draft) => locateTerms(draft, anchors));
    const positions = new Map<string, RowPosition>();
    drafts.forEach((draft, column) => {
      const complete = draft.coverage !== 'partial';
      for (const [key, location] of readAt(located, column)) {
        const position = positions.get(key);
        if (position === undefined) {
          positions.set(key, complete ? { complete: location, any: location } : { any: location });
          continue;
        }
        if (complete && before(location, position.complete)) position.complete = location;
        if (before(location, position.any)) position.any = location;
      }
    });
    const keys = [...positions]
      .map(([key, position]) => ({ key, first: position.complete ?? position.any }))
      .sort(
        (a, b) =>
          comparePlaces(a.first.place, b.first.place) ||
          a.first.index - b.first.index ||
          compareText(a.key, b.key),
      )
      .map(({ key }) => key);
    const rows = keys.map((key) => buildRow(key, drafts, located));
    return selectRows({ drafts: drafts.map((draft) => draft.id), rows }, filter);
  });
}

/** Where a key is first stated: in a complete draft, and in any. */
interface RowPosition {
  complete?: TermLocation;
  any: TermLocation;
}

function before(location: TermLocation, best: TermLocation | undefined): boolean {
  if (best === undefined) return true;
  return (
    comparePlaces(location.place, best.place) < 0 ||
    (comparePlaces(location.place, best.place) === 0 && location.index < best.index)
  );
}

function buildRow(
  key: string,
  drafts: readonly Draft[],
  located: readonly Map<string, TermLocation>[],
): ComparisonRow {
  // Ids are data: a Map while building, then own properties, so an id such as "constructor"
  // or "__proto__" can neither collide with nor reach Object.prototype.
  const values = new Map<string, ComparisonValue>();
  const sources = new Map<string, Source[]>();
  const sides = new Map<string, ComparisonSide>();
  const stated: Term[] = [];
  drafts.forEach((draft, column) => {
    const term = located[column]?.get(key)?.term;
    if (term === undefined) {
      values.set(draft.id, 'silent');
      return;
    }
    values.set(draft.id, term);
    sources.set(draft.id, sourcesOf(draft, term));
    stated.push(term);
    const identity = valueKey(term);
    const side = sides.get(identity);
    if (side === undefined) sides.set(identity, { drafts: [draft.id], value: term });
    else side.drafts.push(draft.id);
  });
  const figures = new Set(stated.map(figureKey));
  const agreement: Agreement =
    stated.length === 1 ? 'single' : figures.size === 1 ? 'agree' : 'disagree';
  const row: ComparisonRow = {
    key,
    label: chooseLabel(key, stated),
    values: Object.fromEntries(values),
    agreement,
    sources: Object.fromEntries(sources),
    sides: [...sides.values()],
  };
  const near = agreement === 'agree' && sides.size > 1;
  if (near) row.near = true;
  const note = describeRow(agreement, near, stated);
  if (note !== undefined) row.note = note;
  return row;
}

const BOUND_NAMES: Record<string, string> = {
  exact: 'exact',
  'at-most': 'at most',
  'at-least': 'at least',
  about: 'about',
};

/**
 * The note of a row: what the values alone do not show. Built only from sets of kinds,
 * bounds and field names in fixed orders, never from draft order, so it names no draft.
 */
function describeRow(
  agreement: Agreement,
  near: boolean,
  stated: readonly Term[],
): string | undefined {
  const notes: string[] = [];
  if (near) {
    const bounds = new Set<string>(
      stated.map((term) => ('bound' in term ? term.bound : undefined) ?? 'exact'),
    );
    const named = Object.keys(BOUND_NAMES).filter((bound) => bounds.has(bound));
    notes.push(
      `same figure, bounds differ: ${named.map((bound) => BOUND_NAMES[bound]).join(' vs ')}`,
    );
  }
  const kinds = new Set<TermKind>(stated.map((term) => term.kind));
  kinds.delete('unaddressed');
  if (kinds.size > 1) {
    const named = TERM_KINDS.filter((kind: TermKind) => kinds.has(kind));
    notes.push(`stated as different kinds: ${named.join(', ')}`);
  }
  if (agreement === 'agree') {
    const wordings = stated.map(wordingOf);
    const fields = Object.keys(wordings[0] ?? {}).filter(
      (field) =>
        new Set(wordings.map((wording) => JSON.stringify(wording[field] ?? null))).size > 1,
    );
    if (fields.length > 0) notes.push(`wording differs in: ${fields.join(', ')}`);
  }
  return notes.length === 0 ? undefined : notes.join('; ');
}
