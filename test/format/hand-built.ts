/**
 * Hand-built `DraftDiff`s for the formatter tests: the formatters must render whatever a diff
 * holds, so these do not go through `diffDrafts` (and can carry strings `diffDrafts` would
 * never produce, such as markup in ids and keys).
 */
import { createRequire } from 'node:module';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeStats,
  type DraftDiff,
  type Provision,
  type Term,
} from '../../src/index.js';

/** A diff of the given changes, with stats counted from them. */
export function diffOf(from: string, to: string, changes: Change[]): DraftDiff {
  const stats = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as ChangeStats;
  for (const change of changes) stats[change.kind]++;
  return { from, to, changes, stats };
}

/** A provision. */
export function provision(
  id: string,
  number: string | undefined,
  text: string,
  title?: string,
): Provision {
  return {
    id,
    text,
    ...(number === undefined ? {} : { number }),
    ...(title === undefined ? {} : { title }),
  };
}

/** The armed forces cap as a quantity term. */
export function capTerm(
  value: number,
  extra: Partial<Extract<Term, { kind: 'quantity' }>> = {},
): Term {
  return {
    key: 'armed-forces.personnel-cap',
    label: 'Armed forces cap',
    kind: 'quantity',
    value,
    unit: 'personnel',
    bound: 'at-most',
    ...extra,
  };
}

/** A diff that holds one change of every kind the formatters group differently. */
export function sampleDiff(): DraftDiff {
  const cap600 = capTerm(600_000);
  const cap400 = capTerm(400_000);
  const elections: Term = {
    key: 'elections.deadline',
    label: 'Elections',
    kind: 'duration',
    value: 100,
    unit: 'days',
    bound: 'exact',
  };
  const fund: Term = {
    key: 'reconstruction.fund',
    kind: 'money',
    amount: 100_000_000_000,
    currency: 'USD',
    bound: 'exact',
  };
  const p3 = provision('no-expansion', '3', 'NATO will not expand further.');
  const p6old = provision(
    'cap',
    '6',
    'The armed forces are capped at 600,000 personnel.',
    'Armed forces',
  );
  const p6new = provision(
    'cap',
    '5',
    'The armed forces are capped at 400,000 personnel in peacetime.',
    'Armed forces',
  );
  const p29 = provision('amnesty', '28', 'All parties receive a full amnesty.');
  const renumbered = (n: number): Change => ({
    kind: 'provision.renumbered',
    path: `/provisions/${n - 2}`,
    summary: `Point ${n} is now point ${n - 1}`,
    provisionId: `p${n}`,
    beforePath: `/provisions/${n - 1}`,
    fromNumber: String(n),
    toNumber: String(n - 1),
    before: provision(`p${n}`, String(n), `Clause ${n}.`),
    after: provision(`p${n}`, String(n - 1), `Clause ${n}.`),
  });
  return diffOf('us-draft', 'counter-draft', [
    {
      kind: 'draft.changed',
      path: '/title',
      summary: 'Title changed from "Plan" to "Counter-plan"',
      field: 'title',
      before: 'Plan',
      after: 'Counter-plan',
    },
    {
      kind: 'provision.removed',
      path: '/provisions/2',
      summary: 'Point 3 was removed',
      provisionId: 'no-expansion',
      before: p3,
    },
    renumbered(4),
    renumbered(5),
    renumbered(6),
    {
      kind: 'provision.reworded',
      path: '/provisions/4',
      summary: 'Point 5 was reworded (80% similar)',
      provisionId: 'cap',
      beforePath: '/provisions/5',
      similarity: 0.8,
      coarse: false,
      hunks: [
        { op: 'equal', text: 'The armed forces are capped at ' },
        { op: 'delete', text: '600,000' },
        { op: 'insert', text: '400,000' },
        { op: 'equal', text: ' personnel' },
        { op: 'insert', text: ' in peacetime' },
        { op: 'equal', text: '.' },
      ],
      before: p6old,
      after: p6new,
    },
    {
      kind: 'term.changed',
      path: '/provisions/4/terms/0',
      summary: 'Armed forces cap: at most 600,000 -> at most 400,000 personnel (-33.3%)',
      key: 'armed-forces.personnel-cap',
      provisionId: 'cap',
      beforePath: '/provisions/5/terms/0',
      before: cap600,
      after: cap400,
      aspects: ['value'],
      delta: { absolute: -200_000, relative: -1 / 3 },
    },
    {
      kind: 'term.removed',
      path: '/terms/0',
      summary: 'Elections: no longer stated (was 100 days)',
      key: 'elections.deadline',
      before: elections,
    },
    {
      kind: 'term.added',
      path: '/terms/1',
      summary: 'Reconstruction fund: $100 billion (new)',
      key: 'reconstruction.fund',
      after: fund,
    },
    {
      kind: 'provision.added',
      path: '/provisions/27',
      summary: 'Point 28 was added',
      provisionId: 'amnesty',
      after: p29,
    },
  ]);
}

/** CommonMark with GitHub's strikethrough, as a strict reference renderer (via typedoc). */
export const markdownIt = (
  createRequire(import.meta.url)('markdown-it') as (options?: object) => {
    render(source: string): string;
    renderInline(source: string): string;
  }
)({ html: true });
