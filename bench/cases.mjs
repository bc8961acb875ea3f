// What the bench measures: diff cases (a scenario at a size, every tool on the same pair) and
// extra tasks (import, compare, patch) that only draftdiff does. Shared by run.mjs and
// memory.mjs so the memory probe rebuilds exactly the inputs the timing run used.

import { BOUNDED } from './bounded.mjs';
import { generateDraft, generatePair, generateText } from './generate.mjs';
import { draftdiff } from './tools.mjs';

/** The diff cases of a full run, in report order. */
export const FULL_CASES = [
  { scenario: 'realistic', size: 30 },
  { scenario: 'realistic', size: 1_000 },
  { scenario: 'realistic', size: 10_000 },
  { scenario: 'realistic', size: 100_000 },
  { scenario: 'reworded-all', size: 1_000 },
  { scenario: 'reworded-all', size: 10_000 },
  { scenario: 'inserts-top', size: 1_000 },
  { scenario: 'inserts-top', size: 10_000 },
  { scenario: 'inserts-top', size: 100_000 },
  { scenario: 'moves', size: 1_000 },
  { scenario: 'moves', size: 10_000 },
  { scenario: 'moves', size: 100_000 },
  { scenario: 'no-ids', size: 1_000 },
  { scenario: 'no-ids', size: 10_000 },
  { scenario: 'no-ids', size: 100_000 },
];

/** The smoke run: every scenario at 30 provisions. */
export const QUICK_CASES = [
  { scenario: 'realistic', size: 30 },
  { scenario: 'reworded-all', size: 30 },
  { scenario: 'inserts-top', size: 30 },
  { scenario: 'moves', size: 30 },
  { scenario: 'no-ids', size: 30 },
];

/** A stable name for a case, used in JSON output and by the memory probe. */
export function caseId({ scenario, size }) {
  return `${scenario}@${size}`;
}

export function parseCaseId(id) {
  const [scenario, size] = id.split('@');
  return { scenario, size: Number(size) };
}

/**
 * Tasks beyond a two-way diff. `prepare(quick)` builds the input (untimed); `run(input)` is
 * timed. A task whose function the built package does not export yet is reported as missing.
 */
export const EXTRAS = [
  {
    name: 'fromText',
    label: (quick) => `fromText, ${quick ? '10 KB' : '1 MB'} of numbered text`,
    available: () => typeof draftdiff.fromText === 'function',
    prepare: (quick) => generateText(quick ? 10_000 : 1_000_000),
    run: (text) => draftdiff.fromText(text, { id: 'bench-text', title: 'Imported text' }),
    count: (draft) => draft.provisions.length,
  },
  {
    name: 'extractTerms',
    label: (quick) => `extractTerms, ${quick ? '10 KB' : '1 MB'} of prose`,
    available: () => typeof draftdiff.extractTerms === 'function',
    prepare: (quick) => generateText(quick ? 10_000 : 1_000_000),
    run: (text) => draftdiff.extractTerms(text),
    count: (terms) => terms.length,
  },
  {
    name: 'compareDrafts',
    label: (quick) =>
      quick ? 'compareDrafts, 5 drafts of 30 provisions' : 'compareDrafts, 100 drafts of 1,000',
    available: () => typeof draftdiff.compareDrafts === 'function',
    prepare: (quick) => {
      const count = quick ? 5 : 100;
      const size = quick ? 30 : 1_000;
      // Each draft is one base with its own realistic edits; compareDrafts takes parsed drafts.
      const drafts = [draftdiff.parseDraft(generateDraft(size).draft)];
      for (let edits = 2; drafts.length < count; edits++) {
        const { after } = generatePair(size, 'realistic', 1, edits);
        drafts.push(draftdiff.parseDraft({ ...after, id: `bench-${size}-v${edits}` }));
      }
      return drafts;
    },
    run: (drafts) => draftdiff.compareDrafts(drafts),
    count: (comparison) => comparison.rows.length,
  },
  {
    name: 'toJsonPatch',
    label: (quick) => `toJsonPatch, realistic pair of ${quick ? '30' : '10,000'}`,
    available: () => typeof draftdiff.toJsonPatch === 'function',
    prepare: (quick) => generatePair(quick ? 30 : 10_000, 'realistic'),
    run: ({ before, after }) => draftdiff.toJsonPatch(before, after),
    count: (operations) => operations.length,
  },
  // The bounded cases of the hostile-input guarantees, each with its budget (full runs only).
  ...BOUNDED.map((bounded) => ({
    ...bounded,
    available: () => true,
    count: (outcome) => outcome,
  })),
];

/** The extra task named `name`. */
export function extraNamed(name) {
  const extra = EXTRAS.find((candidate) => candidate.name === name);
  if (extra === undefined) throw new Error(`unknown extra task ${name}`);
  return extra;
}
