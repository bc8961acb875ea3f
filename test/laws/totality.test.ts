// Totality: every public function either returns or throws a DraftdiffError, whatever it is
// given; and on valid input it returns. Random valid drafts come from draftArbitrary and
// draftPairArbitrary (ids such as `__proto__` and `constructor` included); random invalid
// ones are valid drafts with one value replaced by arbitrary JSON, or by a value JSON cannot
// hold (undefined, NaN, a Date, a Map, a bigint, a sparse array, a null-prototype object...).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  blame,
  COMPARISON_FORMATS,
  changelog,
  compareDrafts,
  type Draft,
  DraftdiffError,
  DraftValidationError,
  diffDrafts,
  formatComparison,
  formatDiff,
  fromText,
  history,
  parseDraft,
  safeParseDraft,
  toJsonPatch,
} from '../../src/index.js';
import {
  draftArbitrary,
  draftPairArbitrary,
  type JsonValue,
  jsonValueArbitrary,
} from '../support/arbitraries.js';
import { RUNS, runsScaled } from '../support/runs.js';

/** Runs `run` and returns its result, or the `DraftdiffError` it threw; anything else fails. */
function settle<T>(run: () => T): { value: T } | { error: DraftdiffError } {
  try {
    return { value: run() };
  } catch (error) {
    expect(error).toBeInstanceOf(DraftdiffError);
    return { error: error as DraftdiffError };
  }
}

/** Every path to a value inside `root` (the root itself included), in a fixed order. */
function pathsOf(root: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    paths.push(path);
    if (typeof value === 'object' && value !== null) {
      const keys: (string | number)[] = Array.isArray(value)
        ? value.map((_, index) => index)
        : Object.keys(value);
      for (const key of keys) {
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return paths;
}

/** A copy of `root` with the value at `path` replaced (own data property, even for `__proto__`). */
function replaceAt(
  root: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as typeof parent;
  Object.defineProperty(parent, path[path.length - 1] as string | number, {
    value: replacement,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return copy;
}

/** Values JavaScript has and JSON does not, plus odd but legal ones (`-0`, a null prototype). */
const oddValue = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** A valid draft with one value (anywhere, the root included) replaced by `replacement`. */
const brokenDraft = (replacement: fc.Arbitrary<unknown>) =>
  fc.tuple(draftArbitrary, fc.nat(), replacement).map(([draft, choice, value]) => {
    const paths = pathsOf(draft);
    return replaceAt(draft, paths[choice % paths.length] as (string | number)[], value);
  });

describe('totality of parseDraft and safeParseDraft', () => {
  it('any JSON value (dangerous keys included) gives a draft or a DraftValidationError', () => {
    fc.assert(
      fc.property(jsonValueArbitrary, (value) => {
        const result = safeParseDraft(value);
        if (!result.success) expect(result.error).toBeInstanceOf(DraftValidationError);
      }),
      RUNS,
    );
  });

  it('a valid draft with one value replaced by any JSON gives a draft or a DraftValidationError', () => {
    fc.assert(
      fc.property(brokenDraft(jsonValueArbitrary), (input) => {
        const outcome = settle(() => parseDraft(input));
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(DraftValidationError);
          expect(outcome.error.message.length).toBeLessThan(2_000);
        }
        const result = safeParseDraft(input);
        expect(result.success).toBe('value' in outcome);
      }),
      RUNS,
    );
  });

  it('a value JSON cannot hold, anywhere in a draft, gives a draft or a DraftdiffError', () => {
    fc.assert(
      fc.property(fc.oneof(oddValue, brokenDraft(oddValue)), (input) => {
        settle(() => parseDraft(input));
        const result = safeParseDraft(input);
        if (!result.success) expect(result.error).toBeInstanceOf(DraftdiffError);
      }),
      RUNS,
    );
  });
});

describe('totality on valid input: nothing throws', () => {
  it('diffDrafts, and formatDiff in every format, for an edit and for two unrelated drafts', () => {
    fc.assert(
      fc.property(
        fc.oneof(draftPairArbitrary, fc.tuple(draftArbitrary, draftArbitrary)),
        ([before, after]) => {
          const diff = diffDrafts(before, after);
          for (const format of ['text', 'json', 'markdown', 'html'] as const) {
            expect(typeof formatDiff(diff, format)).toBe('string');
          }
        },
      ),
      RUNS,
    );
  });

  it('compareDrafts and formatComparison in every format', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(draftArbitrary, { selector: (draft) => draft.id, maxLength: 4 }),
        (drafts) => {
          const comparison = compareDrafts(drafts);
          for (const format of COMPARISON_FORMATS) {
            expect(typeof formatComparison(comparison, format)).toBe('string');
          }
        },
      ),
      RUNS,
    );
  });

  it('history, changelog and blame return, or name a lineage problem', () => {
    // Random `basedOn` ids mostly name drafts that are not there: UNKNOWN_PARENT is the answer.
    fc.assert(
      fc.property(
        fc.uniqueArray(draftArbitrary, { selector: (draft) => draft.id, maxLength: 4 }),
        (drafts) => {
          for (const outcome of [
            settle(() => history(drafts)),
            settle(() => changelog(drafts)),
            settle(() => blame(drafts, 'armed-forces.personnel-cap')),
          ]) {
            if ('error' in outcome) {
              expect(['UNKNOWN_PARENT', 'LINEAGE_CYCLE']).toContain(outcome.error.code);
            }
          }
          // Without basedOn there is no lineage to get wrong.
          const roots = drafts.map(({ basedOn: _, ...draft }) => draft as Draft);
          expect(history(roots)).toHaveLength(roots.length);
          expect(changelog(roots)).toEqual([]);
          expect(blame(roots, 'armed-forces.personnel-cap').entries).toHaveLength(roots.length);
        },
      ),
      RUNS,
    );
  });

  it('fromText of a draft written out as numbered text, and the diff of two such imports', () => {
    const asText = (draft: Draft) =>
      [
        draft.title,
        ...draft.provisions.map((provision, index) => `${index + 1}. ${provision.text}`),
      ].join('\n');
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const imported = [before, after].map((draft) =>
          settle(() => fromText(asText(draft), { id: draft.id })),
        );
        for (const outcome of imported) {
          if ('error' in outcome) expect(outcome.error.code).toBe('INVALID_TEXT');
        }
        const [first, second] = imported;
        if (first !== undefined && 'value' in first && second !== undefined && 'value' in second) {
          expect(diffDrafts(first.value, first.value).changes).toEqual([]);
          diffDrafts(first.value, second.value);
        }
      }),
      runsScaled(0.5),
    );
  });
});

describe('totality on invalid input: a DraftdiffError, never anything else', () => {
  it('diffDrafts of a broken draft and a valid one, either way round', () => {
    fc.assert(
      fc.property(
        brokenDraft(fc.oneof(jsonValueArbitrary, oddValue)),
        draftArbitrary,
        (broken, valid) => {
          settle(() => diffDrafts(broken as Draft, valid));
          settle(() => diffDrafts(valid, broken as Draft));
        },
      ),
      RUNS,
    );
  });

  it('compareDrafts, history and blame of a broken draft among valid ones', () => {
    fc.assert(
      fc.property(
        brokenDraft(fc.oneof(jsonValueArbitrary, oddValue)),
        draftArbitrary,
        (broken, valid) => {
          const drafts = [broken, valid] as Draft[];
          settle(() => compareDrafts(drafts));
          settle(() => history(drafts));
          settle(() => blame(drafts, 'armed-forces.personnel-cap'));
        },
      ),
      RUNS,
    );
  });

  it('toJsonPatch and applyPatch of values JSON cannot hold', () => {
    fc.assert(
      fc.property(fc.oneof(oddValue, brokenDraft(oddValue)), jsonValueArbitrary, (odd, json) => {
        settle(() => toJsonPatch(odd, json));
        settle(() => toJsonPatch(json, odd));
        settle(() => applyPatch(odd, []));
        settle(() => applyPatch(json as JsonValue, [{ op: 'add', path: '/x', value: odd }]));
        settle(() => applyPatch(json as JsonValue, odd as unknown[]));
      }),
      RUNS,
    );
  });
});
