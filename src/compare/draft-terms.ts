import { labelFromKey } from '../diff/describe-term.js';
import { DraftdiffError } from '../internal/errors.js';
import { inspectJson } from '../internal/inspect-json.js';
import { decodePointer, encodePointer } from '../internal/pointer.js';
import { arrayLikeAt } from '../internal/read-at.js';
import type { Draft } from '../model/draft.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseSource, parseTerm } from '../model/parse-part.js';
import type { Provision } from '../model/provision.js';
import type { Source } from '../model/source.js';
import type { Term } from '../model/term.js';
import { compareText } from './term-agreement.js';

/**
 * Internal helpers of `src/compare`: checking that the caller passed drafts, and finding where
 * each draft states each key.
 */

/** Where a draft states a key. */
export interface TermLocation {
  /** The term. */
  term: Term;
  /** Where the provision that states it sits in the document (see `placeOf`); `[Infinity]` for draft-level terms. */
  place: Place;
  /** Index of the term among its provision's (or the draft's) terms. */
  index: number;
  /** JSON Pointer of the term in its draft. */
  path: string;
  /** Id of the provision that states it; absent for draft-level terms. */
  provisionId?: string;
}

/** An id for an error message: quoted, and cut at 100 characters so a message stays a line. */
export function quoteId(id: string): string {
  return JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}…` : id);
}

/**
 * Checks the shape `src/compare` relies on and that ids are unique. The functions of this
 * folder expect drafts as `parseDraft` returns them, but also accept drafts that skipped it (an
 * id such as `__proto__` stays data); this guard turns what would break them into a
 * `DraftdiffError` instead of a `TypeError` deep inside: not an array, a missing id or
 * provisions array, a repeated id (`DUPLICATE_ID`), nesting past `limits.maxDepth`
 * (`LIMIT_EXCEEDED`, checked without recursion), a cycle or an object that is not plain, and
 * sources that are not valid sources. Terms are checked where they are read (`locateTerms`).
 * Paths inside a draft are relative to that draft; the message names the draft.
 */
export function assertDrafts(
  drafts: unknown,
  caller: string,
  limits?: Partial<Limits>,
): asserts drafts is readonly Draft[] {
  const { maxDepth } = resolveLimits(limits);
  if (!Array.isArray(drafts)) {
    throw new DraftdiffError('INVALID_ARGUMENT', `${caller}: expected an array of drafts`);
  }
  const seen = new Set<string>();
  for (let index = 0; index < drafts.length; index++) {
    const draft: unknown = drafts[index];
    const path = encodePointer([index]);
    if (typeof draft !== 'object' || draft === null) {
      throw new DraftdiffError('INVALID_ARGUMENT', `${caller}: item ${index} is not a draft`, {
        path,
      });
    }
    let id: unknown;
    let provisions: unknown;
    try {
      id = Reflect.get(draft, 'id');
      provisions = Reflect.get(draft, 'provisions');
    } catch (error) {
      // A getter or a proxy trap threw (or a proxy was revoked).
      throw new DraftdiffError('INVALID_ARGUMENT', `${caller}: item ${index} could not be read`, {
        path,
        cause: error,
      });
    }
    if (typeof id !== 'string') {
      throw new DraftdiffError('INVALID_ARGUMENT', `${caller}: item ${index} has no string id`, {
        path: encodePointer([index, 'id']),
      });
    }
    if (!Array.isArray(provisions)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${caller}: draft ${quoteId(id)} has no provisions array`,
        { path: encodePointer([index, 'provisions']) },
      );
    }
    if (seen.has(id)) {
      throw new DraftdiffError(
        'DUPLICATE_ID',
        `${caller}: two drafts have the id ${quoteId(id)}; ids must be unique in a set`,
        { path: encodePointer([index, 'id']) },
      );
    }
    seen.add(id);
    try {
      inspectJson(draft, maxDepth);
    } catch (error) {
      if (!(error instanceof DraftdiffError)) throw error;
      throw new DraftdiffError(error.code, `${caller}: draft ${quoteId(id)}: ${error.message}`, {
        path: error.path,
        cause: error,
      });
    }
    assertSources(id, Reflect.get(draft, 'sources'), caller);
  }
}

/** A draft's `sources`, when present, must be an array of valid sources (formatters print them). */
function assertSources(id: string, sources: unknown, caller: string): void {
  if (sources === undefined) return;
  if (!Array.isArray(sources)) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: draft ${quoteId(id)}: /sources is not an array`,
      { path: '/sources' },
    );
  }
  sources.forEach((source: unknown, index) => {
    const result = parseSource(source);
    if (!result.success) {
      throw invalidPart(id, caller, ['sources', index], result.issues[0], 'source');
    }
  });
}

/** The error for a term or source that is not valid: the path of its first issue, in the draft. */
function invalidPart(
  id: string,
  caller: string | undefined,
  at: (string | number)[],
  issue: { path: string; message: string } | undefined,
  what: string,
): DraftdiffError {
  const path = encodePointer([...at, ...(decodePointer(issue?.path ?? '') ?? [])]);
  return new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller === undefined ? '' : `${caller}: `}draft ${quoteId(id)}: ${encodePointer(at)} is not a valid ${what}: ${path}: ${issue?.message ?? 'invalid'}`,
    { path },
  );
}

/**
 * Every key a draft states, with where: provisions in pre-order (a point before its
 * sub-points), each provision's terms in order, then the draft-level terms. When a key occurs
 * twice (only possible in a draft that skipped `parseDraft`), the first occurrence wins.
 * `anchors` place unnumbered provisions by id (see `placeOf`).
 */
export function locateTerms(
  draft: Draft,
  anchors: ReadonlyMap<string, Place> = new Map(),
): Map<string, TermLocation> {
  const located = new Map<string, TermLocation>();
  const record = (
    terms: readonly Term[] | undefined,
    place: Place,
    at: (string | number)[],
    provisionId: string | undefined,
  ) => {
    if (!Array.isArray(terms)) return;
    terms.forEach((term, index) => {
      const path = encodePointer([...at, 'terms', index]);
      if (typeof term !== 'object' || term === null || typeof term.key !== 'string') {
        throw new DraftdiffError(
          'INVALID_ARGUMENT',
          `draft ${quoteId(draft.id)}: ${path} is not a term with a key`,
          { path },
        );
      }
      // A copy, checked: results never share objects with the caller's drafts, and a term
      // that skipped `parseDraft` cannot break the comparison or a formatter later.
      const checked = parseTerm(term);
      if (!checked.success) {
        throw invalidPart(draft.id, undefined, [...at, 'terms', index], checked.issues[0], 'term');
      }
      if (located.has(term.key)) return;
      const location: TermLocation = { term: checked.value, place, index, path };
      if (provisionId !== undefined) location.provisionId = provisionId;
      located.set(term.key, location);
    });
  };
  walkProvisions(draft, anchors, (provision, path, place) =>
    record(provision.terms, place, path, provision.id),
  );
  record(draft.terms, [Number.POSITIVE_INFINITY], [], undefined);
  return located;
}

/** The place of every numbered provision of a draft, by id: the anchors of `locateTerms`. */
export function numberedPlaces(draft: Draft): Map<string, Place> {
  const places = new Map<string, Place>();
  walkProvisions(draft, new Map(), (provision, _path, place) => {
    if (numberSegments(provision.number).length > 0 && typeof provision.id === 'string') {
      places.set(provision.id, place);
    }
  });
  return places;
}

/** Visits every provision in pre-order with its JSON path and place; fails on non-objects. */
function walkProvisions(
  draft: Draft,
  anchors: ReadonlyMap<string, Place>,
  visit: (provision: Provision, path: (string | number)[], place: Place) => void,
): void {
  // Iterative pre-order walk: nesting depth is the caller's input and must not reach the stack.
  type Frame = { provision: Provision; path: (string | number)[]; place: Place };
  const stack: Frame[] = [];
  const pushAll = (provisions: readonly Provision[], at: (string | number)[], parent: Place) => {
    for (let index = provisions.length - 1; index >= 0; index--) {
      const provision = provisions[index];
      const path = [...at, index];
      if (typeof provision !== 'object' || provision === null) {
        throw new DraftdiffError(
          'INVALID_ARGUMENT',
          `draft ${quoteId(draft.id)}: ${encodePointer(path)} is not a provision`,
          { path: encodePointer(path) },
        );
      }
      stack.push({ provision, path, place: placeOf(provision, parent, index, anchors) });
    }
  };
  pushAll(draft.provisions, ['provisions'], []);
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { provision, path, place } = frame;
    visit(provision, path, place);
    if (Array.isArray(provision.items)) pushAll(provision.items, [...path, 'items'], place);
  }
}

/** A position in a document: the segments of a point's number, `6` or `10.b` as `[10, 'b']`. */
export type Place = (number | string)[];

/**
 * Where a provision sits, comparably across drafts. Its display `number` read as segments
 * (digits as numbers, so 9 comes before 10), because drafts of one document share its
 * numbering even when a summary skips points. Else, for a provision whose id a numbered
 * provision of a complete draft carries (a summary reusing the full text's id for the same
 * point), that provision's place; ids that only reflect position (`positional`) are not used.
 * Else its 1-based place among its siblings, below its parent (`[10, 2]` for the second
 * unnumbered item of point 10), which is what a number would usually say.
 */
function placeOf(
  provision: Provision,
  parent: Place,
  index: number,
  anchors: ReadonlyMap<string, Place>,
): Place {
  const segments = numberSegments(provision.number);
  if (segments.length > 0) return segments;
  const anchor = provision.positional === true ? undefined : anchors.get(provision.id);
  return anchor ?? [...parent, index + 1];
}

/** Runs of ASCII digits and runs of other letters: "10.b", "10b" and "10 (b)" all read [10, 'b']. */
function numberSegments(number: unknown): Place {
  if (typeof number !== 'string') return [];
  return (number.match(/[0-9]+|[^0-9\s\p{P}\p{S}]+/gu) ?? []).map((segment) =>
    /^[0-9]{1,15}$/.test(segment) ? Number(segment) : segment,
  );
}

/** Compares places segment by segment: numbers before words, a prefix before what extends it. */
export function comparePlaces(a: Place, b: Place): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = arrayLikeAt(a, index);
    const y = arrayLikeAt(b, index);
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x < y ? -1 : 1;
    } else if (typeof x === 'number') {
      return -1;
    } else if (typeof y === 'number') {
      return 1;
    } else if (x !== y) {
      return compareText(x, y);
    }
  }
  return a.length - b.length;
}

/**
 * The sources behind a term: the draft's sources whose outlet the term cites, in the term's
 * order; all the draft's sources when the term cites none (the account as a whole backs it).
 */
export function sourcesOf(draft: Draft, term: Term): Source[] {
  // Copies (sources are flat records of strings): results share nothing with the drafts.
  const all = (Array.isArray(draft.sources) ? draft.sources : []).map((source) => ({ ...source }));
  if (!Array.isArray(term.sources) || term.sources.length === 0) return all;
  const cited: Source[] = [];
  for (const outlet of new Set(term.sources)) {
    for (const source of all) if (source.outlet === outlet) cited.push(source);
  }
  return cited;
}

/** The label most drafts give; ties go to the first in code-unit order, so column order never matters. */
export function chooseLabel(key: string, stated: readonly Term[]): string {
  const counts = new Map<string, number>();
  for (const term of stated) {
    if (typeof term.label === 'string') counts.set(term.label, (counts.get(term.label) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [label, count] of counts) {
    if (count > bestCount || (count === bestCount && compareText(label, best ?? '') < 0)) {
      best = label;
      bestCount = count;
    }
  }
  return best ?? labelFromKey(key);
}
