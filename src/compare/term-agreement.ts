import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { parseTerm } from '../model/parse-part.js';
import type { Term, TermKind, TermOf } from '../model/term.js';

/**
 * What "the same value" means when several accounts state one key. This is looser than the
 * diff's notion of "changed" (`diffTerm`) on purpose: a diff asks what an editor changed in a
 * text, a comparison asks whether two outlets report the same fact, and outlets paraphrase.
 *
 * - Provenance (`label`, `sources`, `confidence`, `note`, `span`, `context`) never counts.
 * - Free text is compared after Unicode NFC, trimming, collapsing whitespace and lower-casing:
 *   "Personnel" and " personnel" are one unit.
 * - `quantity`: value, unit, bound and condition. `money`: amount, currency, bound and
 *   condition. The bound (exact, at most, at least, about) counts for `termsAgreeExactly` and
 *   not for `termsAgree`: outlets round and hedge ("around 100 days" for "in 100 days"), so a
 *   comparison counts the figure and flags the differing bound instead of calling it a
 *   conflict.
 * - `duration`: the length of time (and bound, as above). Units convert exactly within two families,
 *   hours/days/weeks and months/years, so 2 weeks agrees with 14 days; a month is never a
 *   number of days. `from` is wording around the fact (outlets phrase "after signing" many
 *   ways), so it does not count; a row whose values differ only there gets a note.
 * - `share`: the fraction (and bound); `of`, `holder` and `ratio` are wording, as `from`.
 * - `status`: the value (`subject` is wording). `flag`: the value. `date`: the calendar date,
 *   or for date-times the instant (`T12:00:00Z` agrees with `T13:00:00+01:00`).
 * - `set`: the members as a set (order and repeats do not count).
 * - `unaddressed` agrees only with `unaddressed`; terms of different kinds never agree.
 */

/** Hours in each unit of the hours/days/weeks family, months in the months/years family. */
const DURATION_FACTORS: Record<string, { family: string; factor: number }> = {
  hours: { family: 'hours', factor: 1 },
  days: { family: 'hours', factor: 24 },
  weeks: { family: 'hours', factor: 24 * 7 },
  months: { family: 'months', factor: 1 },
  years: { family: 'months', factor: 12 },
};

/** The parts of a term that decide agreement, before and after its bound is left out. */
interface Meaning {
  /** Everything that counts, bound included. */
  full: unknown[];
  /** Everything that counts except the bound (kinds without a bound: same as `full`). */
  figure: unknown[];
  /** Wording fields that do not count but that a note mentions when they differ. */
  wording: Record<string, unknown>;
}

/** Each kind's terms, by kind: indexed with a kind `K`, the checker pairs a term with its reader. */
type TermsByKind = { [K in TermKind]: TermOf<K> };

type MeaningOf<K extends TermKind> = (term: TermsByKind[K]) => Meaning;

// A record of functions, one per kind, so the type checker keeps the list complete.
const meanings: { [K in TermKind]: MeaningOf<K> } = {
  quantity: (term) =>
    bounded(term.bound, [
      'quantity',
      term.value,
      normalizeText(term.unit),
      optionalText(term.condition),
    ]),
  money: (term) =>
    bounded(term.bound, ['money', term.amount, term.currency, optionalText(term.condition)]),
  duration: (term) => {
    const unit = DURATION_FACTORS[term.unit];
    const length =
      unit === undefined
        ? [normalizeText(String(term.unit)), term.value]
        : [unit.family, term.value * unit.factor];
    return bounded(term.bound, ['duration', ...length], { from: optionalText(term.from) });
  },
  share: (term) =>
    bounded(term.bound, ['share', term.value], {
      of: optionalText(term.of),
      holder: optionalText(term.holder),
      ratio: term.ratio ?? null,
    }),
  status: (term) => plain(['status', term.value], { subject: optionalText(term.subject) }),
  flag: (term) => plain(['flag', term.value]),
  set: (term) => plain(['set', [...new Set(term.members.map(normalizeText))].sort(compareText)]),
  date: (term) => plain(['date', normalizeDate(term.value)]),
  text: (term) => plain(['text', normalizeText(term.value)]),
  unaddressed: () => plain(['unaddressed']),
};

/**
 * Whether two terms agree as rows of a comparison count agreement: the same value by the
 * rules of this module, bound left out. "100 days" and "about 100 days" agree (a row marks
 * them `near`); "600,000" and "about 400,000" do not.
 */
export function termsAgree(a: Term, b: Term): boolean {
  return guardCall(
    'termsAgree',
    [a, b],
    () => figureKey(checkTerm(a, 'termsAgree')) === figureKey(checkTerm(b, 'termsAgree')),
  );
}

/**
 * Whether two terms state the same value, bound included: "100 days" and "about 100 days" do
 * not. Like `termsAgree`, throws `DraftdiffError` `INVALID_ARGUMENT` for a value that is not a
 * valid term.
 */
export function termsAgreeExactly(a: Term, b: Term): boolean {
  return guardCall(
    'termsAgreeExactly',
    [a, b],
    () =>
      valueKey(checkTerm(a, 'termsAgreeExactly')) === valueKey(checkTerm(b, 'termsAgreeExactly')),
  );
}

/** The term, checked against the schema (with defaults such as `bound` filled in). */
function checkTerm(value: unknown, caller: string): Term {
  const result = parseTerm(value);
  if (result.success) return result.value;
  const issue = result.issues[0];
  throw new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: not a valid term${issue === undefined ? '' : ` (${issue.path || '(root)'}: ${issue.message})`}`,
    { path: issue?.path },
  );
}

/** A string equal for two terms exactly when `termsAgreeExactly`: the identity of a side of a row. */
export function valueKey(term: Term): string {
  return JSON.stringify(meaningOf(term).full);
}

/** A string equal for two terms exactly when `termsAgree` (bound left out). */
export function figureKey(term: Term): string {
  return JSON.stringify(meaningOf(term).figure);
}

/** The wording fields of a term (`from`, `of`, `holder`, `ratio`, `subject`), normalised. */
export function wordingOf(term: Term): Readonly<Record<string, unknown>> {
  return meaningOf(term).wording;
}

function meaningOf(term: Term): Meaning {
  // Drafts that did not go through `parseDraft` may carry a kind the schema does not know.
  if (!Object.hasOwn(meanings, term.kind)) return plain(['unknown', String(term.kind)]);
  return meaningByKind(term.kind, term);
}

function meaningByKind<K extends TermKind>(kind: K, term: TermsByKind[K]): Meaning {
  return meanings[kind](term);
}

function bounded(
  bound: string | undefined,
  figure: unknown[],
  wording: Record<string, unknown> = {},
): Meaning {
  // The schema defaults `bound` to exact; an unparsed term may leave it out.
  return { full: [...figure, bound ?? 'exact'], figure, wording };
}

function plain(full: unknown[], wording: Record<string, unknown> = {}): Meaning {
  return { full, figure: full, wording };
}

/** NFC, trimmed, whitespace runs collapsed to one space, lower case (locale-independent). */
export function normalizeText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function optionalText(text: string | undefined): string | null {
  return text === undefined ? null : normalizeText(text);
}

/** Calendar dates stay as written; date-times become the instant they name. */
function normalizeDate(value: string): string | number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? value : instant;
}

/** Code-unit order: deterministic and independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
