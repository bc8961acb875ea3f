import type { Change } from '../diff/change.js';
import { readField } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';
import { printValue } from './print-value.js';

// What a change says on its old and new side, as an expectation's `from` and `to` read it.

/**
 * The value a bare `from` / `to` is compared with: a term's figure or value (quantity, duration,
 * share, status, flag, date, text `value`; money `amount`; set `members`), a provision's text
 * (its number for moves and renumberings, its title for retitlings), or the metadata value.
 */
export function mainValue(change: Change, side: 'before' | 'after'): unknown {
  const { before, after } = sidesOf(change);
  return side === 'before' ? before.main : after.main;
}

export interface Side {
  /** Whether the change has this side at all (an added term has no old side). */
  present: boolean;
  /** The whole term, provision, provisions or metadata value. */
  whole: unknown;
  /** What a bare value is compared with. */
  main: unknown;
}

const ABSENT: Side = { present: false, whole: undefined, main: undefined };

export function sidesOf(change: Change): { before: Side; after: Side } {
  switch (change.kind) {
    case 'term.changed':
      return { before: termSide(change.before), after: termSide(change.after) };
    case 'term.added':
      return { before: ABSENT, after: termSide(change.after) };
    case 'term.removed':
      return { before: termSide(change.before), after: ABSENT };
    case 'provision.added':
      return { before: ABSENT, after: provisionSide(change.after, 'text') };
    case 'provision.removed':
      return { before: provisionSide(change.before, 'text'), after: ABSENT };
    case 'provision.reworded':
      return bothSides(change, 'text');
    case 'provision.retitled':
      return bothSides(change, 'title');
    case 'provision.moved':
    case 'provision.renumbered':
      return bothSides(change, 'number');
    case 'provision.split':
      return {
        before: provisionSide(change.before, 'text'),
        after: { present: true, whole: change.after, main: change.after.map((part) => part.text) },
      };
    case 'provision.merged':
      return {
        before: {
          present: true,
          whole: change.before,
          main: change.before.map((part) => part.text),
        },
        after: provisionSide(change.after, 'text'),
      };
    case 'draft.changed':
      return {
        before: { present: true, whole: change.before, main: change.before },
        after: { present: true, whole: change.after, main: change.after },
      };
    default: {
      const kind = readField(change, 'kind');
      throw new DraftdiffError('INVALID_ARGUMENT', `unknown change kind ${printValue(kind)}`);
    }
  }
}

function termSide(term: Term): Side {
  return { present: true, whole: term, main: termMainValue(term) };
}

function provisionSide(provision: Provision, field: 'text' | 'title' | 'number'): Side {
  return { present: true, whole: provision, main: provision[field] };
}

/** The two sides of a change from one provision to another, read at the same field. */
function bothSides(
  change: { before: Provision; after: Provision },
  field: 'text' | 'title' | 'number',
): { before: Side; after: Side } {
  return { before: provisionSide(change.before, field), after: provisionSide(change.after, field) };
}

function termMainValue(term: Term): unknown {
  switch (term.kind) {
    case 'money':
      return term.amount;
    case 'set':
      return term.members;
    case 'unaddressed':
      return undefined;
    default:
      return term.value;
  }
}
