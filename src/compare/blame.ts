import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import type { Draft } from '../model/draft.js';
import type { Source } from '../model/source.js';
import { TERM_KEY_PATTERN, type Term } from '../model/term.js';
import type { ComparisonSide } from './comparison.js';
import { chooseLabel, locateTerms, sourcesOf } from './draft-terms.js';
import { type HistoryOptions, history } from './lineage.js';
import { valueKey } from './term-agreement.js';

/**
 * What one draft did to a key, against what it inherited (see `blame`):
 * - `stated`: gave a value where nothing earlier did (or only `unaddressed` did);
 * - `unchanged`: gave a value that agrees with everything it inherited;
 * - `changed`: gave a value that disagrees with something it inherited;
 * - `unaddressed`: explicitly did not address the key, where it was stated before or not at all;
 * - `dropped`: a complete draft that does not state the key though what it is based on did;
 * - `silent`: does not mention the key, and drops nothing.
 */
export type BlameEvent = 'stated' | 'unchanged' | 'changed' | 'unaddressed' | 'dropped' | 'silent';

/** A value a draft inherited: the term, and the draft that stated it. */
export interface BlameReference {
  /** Id of the draft that stated the term. */
  draft: string;
  /** The term as that draft states it. */
  term: Term;
}

/** One draft's part in the story of a key. */
export interface BlameEntry {
  /** Id of the draft. */
  draft: string;
  /** What the draft did to the key. */
  event: BlameEvent;
  /** The draft's own term; absent for `dropped` and `silent`. */
  term?: Term;
  /**
   * What the draft is measured against: for `changed`, the values that differ from its own;
   * for `dropped`, the values it no longer states; otherwise every value it inherited (empty
   * for the first statement and for silence).
   */
  previous: BlameReference[];
  /** The sources the draft's term cites (see `compareDrafts`); empty without a term. */
  sources: Source[];
}

/** The story of one key along the lineage. */
export interface Blame {
  /** The key. */
  key: string;
  /** A human label: the `label` most drafts give, else words made from the key. */
  label: string;
  /** Id of the first draft, in `history` order, that states a value (`unaddressed` is not one). */
  firstStated?: string;
  /** One entry per draft, in `history` order. */
  entries: BlameEntry[];
  /** The drafts grouped by value (`termsAgreeExactly`; `unaddressed` included), in history order. */
  sides: ComparisonSide[];
}

/**
 * Who said what about one key, and when: walks the drafts in `history` order and says, for
 * each, whether it first stated the key, kept or changed the value (and from what), made it
 * unaddressed, dropped it, or is silent.
 *
 * What a draft inherits is found along `basedOn`: each parent's own term, or, when the parent is
 * partial and silent on the key, what that parent inherited (a summary does not undo a
 * value), while a complete parent that does not state the key passes nothing on (it dropped
 * it, or never had it). A draft that inherits nothing this way (no parents, or parents
 * without the key) is measured against the latest earlier statement in history order, so
 * independent accounts of one document still read as one story. Values are compared with
 * `termsAgreeExactly`: a new bound ("about 100 days" for "100 days") is a change, as in a diff.
 *
 * Throws what `history` throws, and `INVALID_ARGUMENT` when `key` is not a term key or a term
 * in the drafts is not valid.
 *
 * @example
 * const story = blame(drafts, 'armed-forces.personnel-cap');
 * story.entries.filter((entry) => entry.event === 'changed');
 */
export function blame(drafts: readonly Draft[], key: string, options: HistoryOptions = {}): Blame {
  return guardCall('blame', [drafts, key, options], () => {
    if (typeof key !== 'string' || !TERM_KEY_PATTERN.test(key)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `blame: ${describeValue(key, 200)} is not a term key (lower-case kebab words joined by dots)`,
      );
    }
    const ordered = history(drafts, options);
    const own = new Map<string, Term>();
    for (const draft of ordered) {
      const term = locateTerms(draft).get(key)?.term;
      if (term !== undefined) own.set(draft.id, term);
    }
    const place = new Map(ordered.map((draft, index) => [draft.id, index]));
    // What each draft passes on to its children, filled in history order (parents come first).
    const passedOn = new Map<string, BlameReference[]>();
    const entries: BlameEntry[] = [];
    let latest: BlameReference | undefined;

    for (const draft of ordered) {
      // Parents in history order, so the references read in the order they were stated.
      const parents = [...new Set(draft.basedOn ?? [])].sort(
        (a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0),
      );
      const inherited = dedupe(parents.flatMap((parent) => passedOn.get(parent) ?? []));
      const term = own.get(draft.id);
      const partial = draft.coverage === 'partial';
      passedOn.set(
        draft.id,
        term !== undefined ? [{ draft: draft.id, term }] : partial ? inherited : [],
      );
      if (term === undefined) {
        const lost = inherited.filter((reference) => reference.term.kind !== 'unaddressed');
        const dropped = !partial && lost.length > 0;
        entries.push({
          draft: draft.id,
          event: dropped ? 'dropped' : 'silent',
          previous: dropped ? lost : [],
          sources: [],
        });
        continue;
      }
      const reference = inherited.length > 0 ? inherited : latest === undefined ? [] : [latest];
      entries.push({
        draft: draft.id,
        term,
        ...judge(term, reference),
        sources: sourcesOf(draft, term),
      });
      latest = { draft: draft.id, term };
    }

    const sides = new Map<string, ComparisonSide>();
    for (const draft of ordered) {
      const term = own.get(draft.id);
      if (term === undefined) continue;
      const side = sides.get(valueKey(term));
      if (side === undefined) sides.set(valueKey(term), { drafts: [draft.id], value: term });
      else side.drafts.push(draft.id);
    }
    const first = ordered.find((draft) => {
      const term = own.get(draft.id);
      return term !== undefined && term.kind !== 'unaddressed';
    });
    return {
      key,
      label: chooseLabel(key, [...own.values()]),
      ...(first === undefined ? {} : { firstStated: first.id }),
      entries,
      sides: [...sides.values()],
    };
  });
}

/** The event of a draft that states the key, against what it is measured with. */
function judge(
  term: Term,
  reference: readonly BlameReference[],
): { event: BlameEvent; previous: BlameReference[] } {
  const previous = [...reference];
  const stated = reference.filter((item) => item.term.kind !== 'unaddressed');
  if (term.kind === 'unaddressed') {
    return {
      event: reference.length > 0 && stated.length === 0 ? 'unchanged' : 'unaddressed',
      previous,
    };
  }
  if (stated.length === 0) return { event: 'stated', previous };
  // `valueKey` equality is `termsAgreeExactly` without re-checking terms already checked.
  const own = valueKey(term);
  const differing = reference.filter((item) => valueKey(item.term) !== own);
  if (differing.length === 0) return { event: 'unchanged', previous };
  return { event: 'changed', previous: differing };
}

/** One reference per draft, in first-seen order (a diamond reaches a grandparent twice). */
function dedupe(references: readonly BlameReference[]): BlameReference[] {
  const seen = new Set<string>();
  return references.filter((reference) => {
    if (seen.has(reference.draft)) return false;
    seen.add(reference.draft);
    return true;
  });
}
