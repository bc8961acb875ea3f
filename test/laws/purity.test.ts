// Purity, over random valid drafts: the same inputs give the same output (whatever their key
// order, freezing or copying), inputs are never mutated (deep-frozen inputs work and stay
// equal to a copy), and outputs share no object with inputs, so mutating an output cannot
// change an input or a later result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  blame,
  COMPARISON_FORMATS,
  changelog,
  compareDrafts,
  type Draft,
  diffDrafts,
  formatComparison,
  formatDiff,
  fromText,
  history,
  toJsonPatch,
} from '../../src/index.js';
import { deepFreeze, reachableObjects } from '../patch/deep-freeze.js';
import { draftArbitrary, draftPairArbitrary } from '../support/arbitraries.js';
import { reverseKeys } from '../support/build.js';
import { RUNS } from '../support/runs.js';

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;

/** Two to four drafts with distinct ids, the later ones based on the first: a lineage. */
const lineageArbitrary = fc
  .uniqueArray(draftArbitrary, { selector: (draft) => draft.id, minLength: 2, maxLength: 4 })
  .map((drafts) =>
    drafts.map((draft, index): Draft => {
      const { basedOn: _, ...rest } = draft;
      return index === 0 ? rest : { ...rest, basedOn: [(drafts[0] as Draft).id] };
    }),
  );

/** The objects `output` shares with any of `inputs`. */
function shared(output: unknown, ...inputs: unknown[]): object[] {
  const owned = reachableObjects(inputs);
  return [...reachableObjects(output)].filter((object) => owned.has(object));
}

/** Overwrites every string and number reachable from `value` and empties every array. */
function vandalize(value: unknown): void {
  for (const object of reachableObjects(value)) {
    if (Array.isArray(object)) {
      object.length = 0;
      continue;
    }
    const record = object as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (typeof record[key] === 'string') record[key] = 'vandalized';
      if (typeof record[key] === 'number') record[key] = -1;
    }
  }
}

describe('determinism', () => {
  it('diffDrafts and formatDiff: the same output for the same drafts, however written', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const diff = diffDrafts(before, after);
        const expected = JSON.stringify(diff);
        expect(JSON.stringify(diffDrafts(before, after))).toBe(expected);
        expect(JSON.stringify(diffDrafts(reverseKeys(before), reverseKeys(after)))).toBe(expected);
        expect(JSON.stringify(diffDrafts(structuredClone(before), structuredClone(after)))).toBe(
          expected,
        );
        const again = diffDrafts(before, after);
        for (const format of FORMATS)
          expect(formatDiff(again, format)).toBe(formatDiff(diff, format));
      }),
      RUNS,
    );
  });

  it('compareDrafts, formatComparison, history, changelog and blame: the same twice', () => {
    fc.assert(
      fc.property(lineageArbitrary, (drafts) => {
        const copies = drafts.map(reverseKeys);
        const comparison = compareDrafts(drafts);
        const again = compareDrafts(copies);
        expect(again).toEqual(comparison);
        for (const format of COMPARISON_FORMATS) {
          expect(formatComparison(again, format)).toBe(formatComparison(comparison, format));
        }
        expect(history(copies).map((draft) => draft.id)).toEqual(
          history(drafts).map((draft) => draft.id),
        );
        expect(JSON.stringify(changelog(copies))).toBe(JSON.stringify(changelog(drafts)));
        const key = comparison.rows[0]?.key ?? 'armed-forces.personnel-cap';
        expect(blame(copies, key)).toEqual(blame(drafts, key));
      }),
      RUNS,
    );
  });

  it('toJsonPatch: the same operations twice, and from copies', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const operations = toJsonPatch(before, after);
        expect(toJsonPatch(structuredClone(before), structuredClone(after))).toEqual(operations);
        expect(applyPatch(before, operations)).toEqual(applyPatch(before, operations));
      }),
      RUNS,
    );
  });
});

describe('no mutation: deep-frozen inputs work and are left as they were', () => {
  it('diffDrafts, formatDiff, toJsonPatch and applyPatch', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const copies = structuredClone([before, after]);
        const [frozenBefore, frozenAfter] = deepFreeze(structuredClone([before, after]));
        const diff = deepFreeze(diffDrafts(frozenBefore, frozenAfter));
        for (const format of FORMATS) formatDiff(diff, format);
        const operations = deepFreeze(toJsonPatch(frozenBefore, frozenAfter));
        expect(applyPatch(frozenBefore, operations)).toEqual(after);
        expect([frozenBefore, frozenAfter]).toEqual(copies);
      }),
      RUNS,
    );
  });

  it('compareDrafts, formatComparison, history, changelog and blame', () => {
    fc.assert(
      fc.property(lineageArbitrary, (drafts) => {
        const copies = structuredClone(drafts);
        const frozen = deepFreeze(structuredClone(drafts));
        const comparison = deepFreeze(compareDrafts(frozen));
        for (const format of COMPARISON_FORMATS) formatComparison(comparison, format);
        history(frozen);
        changelog(frozen);
        blame(frozen, comparison.rows[0]?.key ?? 'armed-forces.personnel-cap');
        expect(frozen).toEqual(copies);
      }),
      RUNS,
    );
  });

  it('fromText, with a frozen meta', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const meta = deepFreeze({
          id: draft.id,
          ...(draft.sources === undefined ? {} : { sources: structuredClone(draft.sources) }),
          ...(draft.basedOn === undefined ? {} : { basedOn: [...draft.basedOn] }),
        });
        const copy = structuredClone(meta);
        const text = draft.provisions.map((provision, index) => `${index + 1}. ${provision.text}`);
        fromText(['Title', ...text].join('\n'), meta);
        expect(meta).toEqual(copy);
      }),
      RUNS,
    );
  });
});

describe('outputs share no object with inputs', () => {
  it('diffDrafts: no shared object, and vandalizing the diff changes nothing later', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const diff = diffDrafts(before, after);
        expect(shared(diff, before, after)).toEqual([]);
        const expected = JSON.stringify(diff);
        const inputs = JSON.stringify([before, after]);
        vandalize(diff);
        expect(JSON.stringify([before, after])).toBe(inputs);
        expect(JSON.stringify(diffDrafts(before, after))).toBe(expected);
      }),
      RUNS,
    );
  });

  it('toJsonPatch and applyPatch: no shared object', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const operations = toJsonPatch(before, after);
        expect(shared(operations, before, after)).toEqual([]);
        const patched = applyPatch(before, operations);
        expect(shared(patched, before, operations)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('compareDrafts, changelog and blame: no shared object (history returns the drafts themselves, reordered)', () => {
    fc.assert(
      fc.property(lineageArbitrary, (drafts) => {
        const comparison = compareDrafts(drafts);
        expect(shared(comparison, drafts)).toEqual([]);
        expect(shared(changelog(drafts), drafts)).toEqual([]);
        const key = comparison.rows[0]?.key ?? 'armed-forces.personnel-cap';
        expect(shared(blame(drafts, key), drafts)).toEqual([]);
        const expected = JSON.stringify(compareDrafts(drafts));
        const inputs = JSON.stringify(drafts);
        vandalize(comparison);
        expect(JSON.stringify(drafts)).toBe(inputs);
        expect(JSON.stringify(compareDrafts(drafts))).toBe(expected);
        const ordered = history(drafts);
        expect(new Set(ordered)).toEqual(new Set(drafts));
        expect(ordered).not.toBe(drafts);
      }),
      RUNS,
    );
  });

  it('fromText: the draft shares nothing with the meta', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const meta = {
          id: draft.id,
          ...(draft.sources === undefined ? {} : { sources: draft.sources }),
          ...(draft.basedOn === undefined ? {} : { basedOn: draft.basedOn }),
        };
        expect(shared(fromText(`Title\n1. ${draft.title}`, meta), meta)).toEqual([]);
      }),
      RUNS,
    );
  });
});
