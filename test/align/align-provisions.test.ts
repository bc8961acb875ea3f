import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignProvisionsByPasses } from '../../src/align/align-provisions.js';
import {
  type Alignment,
  type AlignmentEntry,
  alignProvisions,
  type Provision,
  type ProvisionInput,
  parseDraft,
} from '../../src/index.js';
import { draftArbitrary, draftPairArbitrary } from '../support/arbitraries.js';
import { RUNS } from '../support/runs.js';

// Alignment, the heart of the diff (DESIGN.md): each row names two lists and the entries
// expected, written compactly: "1-2:id" pairs old 1 with new 2 by id, " moved" when out of
// order; "-1" removes old 1, "+2" adds new 2; "0<0,1" splits old 0 into new 0 and 1;
// "0,1>0" merges old 0 and 1 into new 0.

const X = 'Ukraine keeps its sovereignty over the whole territory.';
const Y = 'The armed forces are capped at 600,000 personnel.';
const Z = 'Sanctions are lifted in stages after the agreement.';
const W = 'Elections are held within 100 days.';
const V = 'A council chaired by the mediator oversees the peace.';

/** A provision with an authored id. */
function authored(id: string, text: string, extra: Partial<ProvisionInput> = {}): ProvisionInput {
  return { id, text, ...extra };
}

/** A provision whose id is only its position (as imported text gives), so it never pairs. */
function positional(id: string, text: string, extra: Partial<ProvisionInput> = {}) {
  return authored(id, text, { positional: true, ...extra });
}

function listOf(provisions: ProvisionInput[]): Provision[] {
  return parseDraft({ id: 'd', title: 'Draft', provisions }).provisions;
}

function describeEntry(entry: AlignmentEntry): string {
  switch (entry.kind) {
    case 'pair':
      return `${entry.before}-${entry.after}:${entry.basis}${entry.moved ? ' moved' : ''}`;
    case 'removed':
      return `-${entry.before}`;
    case 'added':
      return `+${entry.after}`;
    case 'split':
      return `${entry.before}<${entry.after.join(',')}`;
    case 'merged':
      return `${entry.before.join(',')}>${entry.after}`;
  }
}

function describeAlignment(alignment: Alignment): string[] {
  return alignment.entries.map(describeEntry);
}

/** An entry of the backward alignment, written as the forward entry it mirrors. */
function describeMirrored(entry: AlignmentEntry): string {
  switch (entry.kind) {
    case 'pair':
      return `${entry.after}-${entry.before}:${entry.basis}${entry.moved ? ' moved' : ''}`;
    case 'removed':
      return `+${entry.before}`;
    case 'added':
      return `-${entry.after}`;
    case 'split':
      return `${entry.after.join(',')}>${entry.before}`;
    case 'merged':
      return `${entry.after}<${entry.before.join(',')}`;
  }
}

describe('alignProvisions', () => {
  it.each<{ name: string; before: ProvisionInput[]; after: ProvisionInput[]; entries: string[] }>([
    {
      name: 'the same ids in the same order pair by id',
      before: [authored('a', X), authored('b', Y)],
      after: [authored('a', X), authored('b', `${Y} Reworded.`)],
      entries: ['0-0:id', '1-1:id'],
    },
    {
      name: 'a deleted point is one removal, where it stood',
      before: [authored('p1', X), authored('p2', Y), authored('p3', Z)],
      after: [authored('p1', X), authored('p3', Z)],
      entries: ['0-0:id', '-1', '2-1:id'],
    },
    {
      name: 'a point moved up is one move, the rest keep their order',
      before: [
        authored('a', X),
        authored('b', Y),
        authored('c', Z),
        authored('d', W),
        authored('e', V),
      ],
      after: [
        authored('a', X),
        authored('d', W),
        authored('b', Y),
        authored('c', Z),
        authored('e', V),
      ],
      entries: ['0-0:id', '3-1:id moved', '1-2:id', '2-3:id', '4-4:id'],
    },
    {
      // Either point could be the one that moved; the same one does in both directions.
      name: 'two points that swapped places: one moved',
      before: [authored('a', X), authored('b', Y)],
      after: [authored('b', Y), authored('a', X)],
      entries: ['1-0:id', '0-1:id moved'],
    },
    {
      name: 'a new point is one addition',
      before: [authored('a', X), authored('b', Y)],
      after: [authored('a', X), authored('new', Z), authored('b', Y)],
      entries: ['0-0:id', '+1', '1-2:id'],
    },
    {
      // Two runs in order are as long ({X, X} and {X, Y}): the weights of the pairs' texts
      // choose, the same ones backwards, so both directions move Y.
      // Y kept its place or the second X did: a tie, broken by the provisions' hashes, the
      // same way in both directions (each row is checked backwards too).
      name: 'identical texts pair by nearness, duplicates included',
      before: [positional('a1', X), positional('a2', Y), positional('a3', X)],
      after: [positional('b1', X), positional('b2', X), positional('b3', Y)],
      entries: ['0-0:text', '2-1:text moved', '1-2:text'],
    },
    {
      name: 'texts equal but for spacing and Unicode normalisation are identical',
      before: [positional('a1', 'a  b\tc'), positional('a2', 'Cafe\u0301 du monde')],
      after: [positional('b1', 'a b c'), positional('b2', 'Caf\u00e9 du monde')],
      entries: ['0-0:text', '1-1:text'],
    },
    {
      name: 'the identity is the title and the text together',
      before: [positional('a1', 'c', { title: 'a b' })],
      after: [positional('b1', 'b c', { title: 'a' })],
      entries: ['0-0:text'],
    },
    {
      name: 'a reworded clause pairs by similarity',
      before: [positional('a1', X), positional('a2', Y)],
      after: [
        positional('b1', X),
        positional('b2', 'The armed forces are capped at 800,000 personnel in peacetime.'),
      ],
      entries: ['0-0:text', '1-1:similarity'],
    },
    {
      name: 'a clause split in two',
      before: [positional('a1', `${X} ${Y}`), positional('a2', Z)],
      after: [positional('b1', X), positional('b2', Y), positional('b3', Z)],
      entries: ['0<0,1', '1-2:text'],
    },
    {
      name: 'two clauses merged into one',
      before: [positional('a1', X), positional('a2', Y), positional('a3', Z)],
      after: [positional('b1', `${X} ${Y}`), positional('b3', Z)],
      entries: ['0,1>0', '2-1:text'],
    },
    {
      // A removal stands before the next pair that follows it; with none, at the end.
      name: 'nothing in common',
      before: [positional('a1', X)],
      after: [positional('b1', V)],
      entries: ['+0', '-0'],
    },
    { name: 'two empty lists', before: [], after: [], entries: [] },
  ])('$name', ({ before, after, entries }) => {
    expect(describeAlignment(alignProvisions(listOf(before), listOf(after)))).toEqual(entries);
    // Backwards, the same pairs, moves, splits and merges, seen from the other side.
    const backward = alignProvisions(listOf(after), listOf(before)).entries.map(describeMirrored);
    expect(backward.sort()).toEqual([...entries].sort());
  });

  it('gives every old and every new provision exactly one entry, in order of the new list', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const { entries } = alignProvisions(before.provisions, after.provisions);
        const olds = entries.flatMap((entry) =>
          entry.kind === 'added' ? [] : Array.isArray(entry.before) ? entry.before : [entry.before],
        );
        const news = entries.flatMap((entry) =>
          entry.kind === 'removed' ? [] : Array.isArray(entry.after) ? entry.after : [entry.after],
        );
        expect([...olds].sort((x, y) => x - y)).toEqual(before.provisions.map((_, index) => index));
        expect([...news].sort((x, y) => x - y)).toEqual(after.provisions.map((_, index) => index));
        // Entries follow the new list; a split stands at its first part.
        const positions = entries.flatMap((entry) =>
          entry.kind === 'removed'
            ? []
            : [Array.isArray(entry.after) ? entry.after[0] : entry.after],
        );
        expect(positions).toEqual([...positions].sort((x, y) => (x as number) - (y as number)));
      }),
      RUNS,
    );
  });

  it('settles lists with unchanged ids directly, as the passes would', () => {
    // Same ids in the same order (texts, titles, numbers and sub-points edited freely): the
    // shortcut that spares sub-point lists the passes' tables must give the passes' answer.
    const sameIds = draftArbitrary.chain((draft) =>
      fc
        .array(fc.constantFrom('keep', 'reword', 'retitle', 'renumber'), { maxLength: 8 })
        .map((edits) => {
          const after = draft.provisions.map((provision, index) => {
            const edit = edits[index % Math.max(edits.length, 1)] ?? 'keep';
            if (edit === 'reword') return { ...provision, text: `${provision.text} amended` };
            if (edit === 'retitle') return { ...provision, title: 'A new heading' };
            if (edit === 'renumber') return { ...provision, number: `${provision.number ?? ''}.1` };
            return provision;
          });
          return [draft.provisions, after] as const;
        }),
    );
    fc.assert(
      fc.property(sameIds, ([before, after]) => {
        expect(alignProvisions(before, after)).toEqual(alignProvisionsByPasses(before, after, {}));
      }),
      RUNS,
    );
  });
});
