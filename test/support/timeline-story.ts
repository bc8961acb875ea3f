// A small story for the timeline tests: leaks, a text, a counter-proposal, reports of it, a
// later framework, each with its own outlet.
import { type Draft, type DraftInput, parseDraft, type TermInput } from '../../src/index.js';
import { cap, deepFreeze, draftOf, point } from './build.js';

export const ELECTIONS: TermInput = {
  key: 'elections.deadline',
  label: 'Elections deadline',
  kind: 'duration',
  value: 100,
  unit: 'days',
};
export const AMNESTY: TermInput = { key: 'amnesty.wartime-actions', kind: 'flag', value: true };

/** A version: the cap in point 6, elections in point 25, the amnesty in point 26. */
export function version(
  id: string,
  terms: { cap?: TermInput; elections?: TermInput; amnesty?: TermInput },
  extra: Partial<DraftInput> = {},
): Draft {
  const provisions = [
    point(6, 'Armed forces.', { terms: terms.cap === undefined ? [] : [terms.cap] }),
    point(25, 'Elections.', { terms: terms.elections === undefined ? [] : [terms.elections] }),
    point(26, 'Amnesty.', { terms: terms.amnesty === undefined ? [] : [terms.amnesty] }),
  ];
  return parseDraft(
    draftOf(id, provisions, { sources: [{ outlet: `Outlet ${id}`, kind: 'summary' }], ...extra }),
  );
}

// Two leaks on one day before the text, the text, a partial report and a complete
// counter-proposal on one day (the bare date counts as midnight, so the report comes first), a
// later framework, and an undated summary of the counter-proposal.
export const DRAFTS = deepFreeze([
  version('undated', {}, { basedOn: ['v2'], coverage: 'partial' }),
  version(
    'v5',
    { cap: cap(800_000, { bound: 'at-most' }) },
    { date: '2025-12-24', basedOn: ['v2'] },
  ),
  version(
    'v2b',
    { cap: cap(800_000, { bound: 'at-most', confidence: 'reported' }) },
    {
      date: '2025-11-23',
      basedOn: ['v1'],
      coverage: 'partial',
    },
  ),
  version(
    'v2',
    { cap: cap(800_000, { bound: 'at-most', condition: 'in peacetime' }) },
    {
      date: '2025-11-23T18:00:00Z',
      basedOn: ['v1'],
    },
  ),
  version(
    'v1',
    { cap: cap(600_000, { bound: 'at-most' }), elections: ELECTIONS, amnesty: AMNESTY },
    {
      date: '2025-11-20',
    },
  ),
  version(
    'leak-b',
    { cap: cap(500_000, { bound: 'about' }) },
    {
      date: '2025-11-19',
      coverage: 'partial',
    },
  ),
  version(
    'leak-a',
    { cap: cap(400_000, { bound: 'about' }) },
    {
      date: '2025-11-19',
      coverage: 'partial',
    },
  ),
]);
