import { describeValue } from '../internal/describe-value.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';
import { type Casing, NO_CASING } from './casing.js';
import type { DraftField, TermChangedChange } from './change.js';
import { describeTermValue, formatPercentChange, termLabel } from './describe-term.js';

/**
 * One plain-English sentence per change, written the way a person would report it:
 * "Armed forces cap: 600,000 -> 400,000 personnel (-33.3%)".
 */

const EXCERPT_LENGTH = 60;

/** How long a quoted clause start may be where it names a provision that has no number or title. */
const NAME_LENGTH = 40;

/**
 * How a provision is named in a sentence: `Point 6`, `"Territories"`, or (with neither) the
 * start of its text, `"Russia would be brought back into the G8."`; its id only when it has no
 * text either. An id is the draft author's key, not something a reader would recognise.
 */
export function provisionLabel(
  provision: Pick<Provision, 'id' | 'number' | 'title'> & { text?: string },
): string {
  if (provision.number !== undefined) return `Point ${provision.number}`;
  if (provision.title !== undefined) return `"${provision.title}"`;
  const start = excerpt(provision.text ?? '', NAME_LENGTH);
  return start === '' ? `Provision "${provision.id}"` : `"${start}"`;
}

/**
 * A provision of both drafts named so no two changes of one diff call different points by the
 * same number: `Point 3 (now 4)` when it was renumbered, else as `provisionLabel` names it.
 */
export function pairLabel(before: Provision, after: Provision): string {
  if (before.number !== undefined && after.number !== undefined && before.number !== after.number) {
    return `Point ${before.number} (now ${after.number})`;
  }
  return provisionLabel(after.number === undefined && before.number !== undefined ? before : after);
}

/** Below this similarity a reworded clause reads as rewritten: its redline would be mostly red and green. */
export const REWRITE_SIMILARITY = 0.3;

/** The first words of a clause, cut at a word boundary: `"Ukraine will hold elections…"`. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = flatStart(text, length);
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The start of `text` with whitespace collapsed and trimmed: all of it, or (for a long text)
 * at least its first `length + 1` characters, which are all `excerpt` reads: a summary quotes
 * the start of a clause, and collapsing the whole of a long one would allocate it all to keep
 * a few dozen characters.
 */
function flatStart(text: string, length: number): string {
  const window = 2 * length + 16;
  if (text.length > window) {
    // Collapsing a prefix gives a prefix of the collapsed text, but for its last character
    // (whitespace there may run on past the window) and its end (which only the whole is
    // trimmed at): with two characters to spare, the first `length + 1` are the whole's.
    const start = text.slice(0, window).replace(/\s+/g, ' ').trimStart();
    if (start.length >= length + 3) return start;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function quoted(text: string): string {
  return text === '' ? '' : ` ("${excerpt(text)}")`;
}

/** `Point 3 was removed ("...")`. */
export function summarizeRemoved(provision: Provision): string {
  return `${provisionLabel(provision)} was removed${quoted(provision.text)}`;
}

/** `Point 5 was added ("...")`. */
export function summarizeAdded(provision: Provision): string {
  return `${provisionLabel(provision)} was added${quoted(provision.text)}`;
}

/** `Point 21 moved to point 4`, or by position when there are no numbers. */
export function summarizeMoved(
  before: Provision,
  after: Provision,
  positions: { from: number; to: number },
): string {
  if (before.number !== undefined && after.number !== undefined) {
    return `${provisionLabel(before)} moved to point ${after.number}`;
  }
  return `${provisionLabel(after)} moved from position ${positions.from + 1} to ${positions.to + 1}`;
}

/** `Point 4 is now point 3`. */
export function summarizeRenumbered(before: Provision, after: Provision): string {
  if (after.number === undefined) return `${provisionLabel(before)} lost its number`;
  return `${provisionLabel(before)} is now point ${after.number}`;
}

/**
 * `Point 6 was reworded (62% similar)`; `Point 3 (now 4) was rewritten (12% similar)` below
 * `REWRITE_SIMILARITY`.
 */
export function summarizeReworded(
  before: Provision,
  after: Provision,
  similarity: number,
  coarse: boolean,
): string {
  const percent = Math.round(similarity * 100);
  if (similarity < REWRITE_SIMILARITY) {
    return `${pairLabel(before, after)} was rewritten (${percent}% similar)`;
  }
  return `${pairLabel(before, after)} was reworded (${percent}% similar${coarse ? ', rewritten as a whole' : ''})`;
}

/** `Point 21 was retitled from "A" to "B"`. */
export function summarizeRetitled(before: Provision, after: Provision): string {
  return `${pairLabel(before, after)} was retitled from "${before.title ?? ''}" to "${after.title ?? ''}"`;
}

/** `Point 10 was split into points 10 and 11`. */
export function summarizeSplit(before: Provision, after: readonly Provision[]): string {
  return `${provisionLabel(before)} was split into ${listProvisions(after)}`;
}

/** `Points 12 and 13 were merged into point 12`. */
export function summarizeMerged(before: readonly Provision[], after: Provision): string {
  const into = after.number === undefined ? provisionLabel(after) : `point ${after.number}`;
  const from = listProvisions(before);
  return `${from.charAt(0).toUpperCase()}${from.slice(1)} were merged into ${into}`;
}

function listProvisions(provisions: readonly Provision[]): string {
  const numbers = provisions.flatMap((provision) =>
    provision.number === undefined ? [] : [provision.number],
  );
  if (numbers.length === provisions.length) return `points ${joinWords(numbers)}`;
  return joinWords(provisions.map(provisionLabel));
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `Armed forces cap added: at most 600,000 personnel`. */
export function summarizeTermAdded(term: Term, casing: Casing = NO_CASING): string {
  return `${termLabel(term)}: ${describeTermValue(term, casing)} (newly stated)`;
}

/** `Armed forces cap dropped (was at most 600,000 personnel)`. */
export function summarizeTermRemoved(term: Term, casing: Casing = NO_CASING): string {
  return `${termLabel(term)}: no longer stated (was ${describeTermValue(term, casing)})`;
}

/** `Armed forces cap: 600,000 -> 400,000 personnel (-33.3%)`. */
export function summarizeTermChanged(
  change: Pick<TermChangedChange, 'before' | 'after' | 'delta' | 'membersAdded' | 'membersRemoved'>,
  casing: Casing = NO_CASING,
): string {
  const { before, after, delta } = change;
  const label = termLabel(after.label === undefined ? before : after);
  if (before.kind === 'set' && after.kind === 'set') {
    const parts: string[] = [];
    if (change.membersAdded?.length) parts.push(`adds ${joinWords(change.membersAdded)}`);
    if (change.membersRemoved?.length) parts.push(`drops ${joinWords(change.membersRemoved)}`);
    return `${label}: ${parts.join(' and ')}`;
  }
  const percent = delta === undefined ? '' : ` (${formatPercentChange(delta.relative)})`;
  return `${label}: ${describeTransition(before, after, casing)}${percent}${describeUnseen(before, after)}`;
}

/**
 * Qualifiers that `describeTermValue` leaves out (a status's subject, a share's ratio when the
 * fraction is the same): named when they changed, so no summary reads "x -> x".
 */
function describeUnseen(before: Term, after: Term): string {
  const subject = (term: Term) => (term.kind === 'status' ? term.subject : undefined);
  if (before.kind === 'status' && after.kind === 'status' && subject(before) !== subject(after)) {
    return ` (subject: ${subject(before) ?? 'none'} -> ${subject(after) ?? 'none'})`;
  }
  return '';
}

/**
 * `600,000 -> 400,000 personnel` when only the figure moved (the unit said once), else the
 * two values in full: `at most 600,000 personnel -> about 400,000 personnel`.
 */
function describeTransition(before: Term, after: Term, casing: Casing): string {
  const old = describeTermValue(before, casing);
  const next = describeTermValue(after, casing);
  if (before.kind === 'quantity' && after.kind === 'quantity') {
    const suffix = ` ${before.unit}`;
    if (
      before.unit === after.unit &&
      before.condition === undefined &&
      after.condition === undefined &&
      old.endsWith(suffix) &&
      next.endsWith(suffix)
    ) {
      return `${old.slice(0, -suffix.length)} -> ${next}`;
    }
  }
  return `${old} -> ${next}`;
}

const FIELD_NAMES: Record<DraftField, string> = {
  title: 'Title',
  version: 'Version',
  date: 'Date',
  coverage: 'Coverage',
  basedOn: 'Lineage (basedOn)',
  sources: 'Sources',
  summary: 'Summary',
};

/** `Version changed from "a" to "b"`. */
export function summarizeDraftField(field: DraftField, before: unknown, after: unknown): string {
  return `${FIELD_NAMES[field]} changed from ${describeField(before)} to ${describeField(after)}`;
}

/** A source by its outlet, with its evidence grade when it has one (a regrading shows). */
function describeItem(item: unknown): string {
  if (typeof item !== 'object' || item === null || !('outlet' in item)) return plain(item);
  const { outlet } = item;
  const confidence = 'confidence' in item ? item.confidence : undefined;
  return confidence === undefined ? plain(outlet) : `${plain(outlet)} (${plain(confidence)})`;
}

/**
 * A metadata value in a sentence. Values of a draft are strings, lists of strings and lists
 * of sources; anything else (a change built by hand, then inverted) is described, never
 * converted with `String`, which throws for an object without a prototype.
 */
function describeField(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${excerpt(value)}"`;
  if (Array.isArray(value)) {
    return `[${value.map(describeItem).join(', ')}]`;
  }
  return plain(value);
}

function plain(value: unknown): string {
  return typeof value === 'string' ? value : describeValue(value);
}
