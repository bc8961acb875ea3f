// Huge and deep input: every public function that reads nested input answers 100,000 levels
// of nesting with LIMIT_EXCEEDED (never a RangeError from the stack, never a hang), also when
// a caller raises maxDepth past what the stack can take; a 10 MB clause is LIMIT_EXCEEDED by
// default and diffs (coarsely when it must) with a raised limit; 100,000 provisions diff;
// 5,000 random characters against 5,000 others finish, the same way twice. No timing is
// asserted here: the budgets are the benchmark's (bench/).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  blame,
  changelog,
  compareDrafts,
  type Draft,
  DraftdiffError,
  diffDrafts,
  fromText,
  history,
  parseDraft,
  rebuildText,
  toJsonPatch,
} from '../../src/index.js';

const LEVELS = 100_000;

/** A provision nested `levels` deep through `items`, built without recursion. */
function deepProvision(levels: number): unknown {
  let provision: unknown = { id: 'leaf', text: 'The innermost point.' };
  for (let level = 0; level < levels; level++) {
    provision = { id: `p${level}`, text: 'A point.', items: [provision] };
  }
  return provision;
}

/** An array nested `levels` deep. */
function deepArray(levels: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

const deepDraft = { id: 'deep', title: 'Deep', provisions: [deepProvision(LEVELS)] } as Draft;
const deepExtra = { id: 'deep', title: 'Deep', provisions: [], extra: deepArray(LEVELS) };
const flat: Draft = { id: 'flat', title: 'Flat', coverage: 'complete', provisions: [] };
const raised = { limits: { maxDepth: 10_000_000 } };

/** The error `call` throws; fails if it returns or throws anything but a DraftdiffError. */
function thrown(call: () => unknown): DraftdiffError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DraftdiffError);
    return error as DraftdiffError;
  }
  throw new Error('expected a DraftdiffError');
}

describe('100,000 levels of nesting', () => {
  it.each<[string, () => unknown]>([
    ['parseDraft, nested provisions', () => parseDraft(deepDraft)],
    ['parseDraft, a nested array in an unknown field', () => parseDraft(deepExtra)],
    ['parseDraft, maxDepth raised', () => parseDraft(deepDraft, raised)],
    ['diffDrafts, old draft', () => diffDrafts(deepDraft, flat)],
    ['diffDrafts, new draft, maxDepth raised', () => diffDrafts(flat, deepDraft, raised)],
    ['toJsonPatch', () => toJsonPatch(deepDraft, flat)],
    ['applyPatch, the document', () => applyPatch(deepDraft, [])],
    ['applyPatch, the document, maxDepth raised', () => applyPatch(deepDraft, [], raised)],
    [
      'applyPatch, a value',
      () => applyPatch({}, [{ op: 'add', path: '/x', value: deepArray(LEVELS) }]),
    ],
    [
      'applyPatch, a value, maxDepth raised',
      () => applyPatch({}, [{ op: 'add', path: '/x', value: deepArray(LEVELS) }], raised),
    ],
    [
      'applyPatch, a path of 100,000 segments',
      () => applyPatch({}, [{ op: 'add', path: '/a'.repeat(LEVELS), value: 1 }]),
    ],
    ['compareDrafts', () => compareDrafts([deepDraft, flat])],
    ['history', () => history([deepDraft])],
    ['changelog', () => changelog([flat, { ...deepDraft, basedOn: ['flat'] }])],
    ['blame', () => blame([deepDraft], 'armed-forces.personnel-cap')],
  ])('%s: LIMIT_EXCEEDED', (_name, call) => {
    const error = thrown(call);
    expect(error.code).toBe('LIMIT_EXCEEDED');
    // A short message: the path is cut, never the whole document.
    expect(error.message.length).toBeLessThan(300);
  });

  it('names where the limit was hit: the first segments of the path', () => {
    expect(thrown(() => parseDraft(deepDraft)).message).toBe(
      'input is nested deeper than 200 levels at /provisions/0/items/0/items/0/items/0/...',
    );
    expect(thrown(() => parseDraft(deepExtra, { file: 'deep.json' })).message).toBe(
      'deep.json: input is nested deeper than 200 levels at /extra/0/0/0/0/0/0/0/...',
    );
  });

  it('toJsonPatch with maxDepth raised checks 100,000 levels without recursion, then diffs', () => {
    // The deep provision is removed whole, so the recursive diff never descends into it.
    expect(toJsonPatch(deepDraft, flat, raised)).toEqual([
      { op: 'add', path: '/coverage', value: 'complete' },
      { op: 'replace', path: '/id', value: 'flat' },
      { op: 'remove', path: '/provisions/0' },
      { op: 'replace', path: '/title', value: 'Flat' },
    ]);
  });

  it('a container 200 segments below the root fails and one at 199 passes, in every function', () => {
    // `x` is one segment below the draft; an array nested n deep inside it reaches n + 1.
    const at = (segments: number) => ({
      id: 'd',
      title: 't',
      provisions: [],
      x: deepArray(segments - 1),
    });
    expect(thrown(() => parseDraft(at(200))).code).toBe('LIMIT_EXCEEDED');
    expect(thrown(() => parseDraft(at(199))).code).toBe('INVALID_DRAFT');
    expect(thrown(() => toJsonPatch(at(200), {})).code).toBe('LIMIT_EXCEEDED');
    expect(toJsonPatch(at(199), at(199))).toEqual([]);
    expect(thrown(() => applyPatch(at(200), [])).code).toBe('LIMIT_EXCEEDED');
    expect(applyPatch(at(199), [])).toEqual(at(199));
    expect(thrown(() => compareDrafts([at(200) as never])).code).toBe('LIMIT_EXCEEDED');
    expect(compareDrafts([at(199) as never]).rows).toEqual([]);
  });
});

describe('a 10 MB clause', () => {
  const TEN_MB = 10 * 1024 * 1024;
  const clause = (word: string) => `${word} `.repeat(Math.ceil(TEN_MB / (word.length + 1)));
  const big = (id: string, text: string): Draft => ({
    id,
    title: 'Big',
    coverage: 'complete',
    provisions: [{ id: 'p', text }],
  });
  const before = big('a', clause('alpha'));
  const limits = { maxTextLength: 2 * TEN_MB };

  it('is LIMIT_EXCEEDED by default, naming the clause and the limit', () => {
    const error = thrown(() => diffDrafts(before, before));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.path).toBe('/provisions/0/text');
    expect(error.message).toMatch(
      /^old draft: \/provisions\/0\/text: text of \d{8} characters exceeds the limit of 1000000$/,
    );
    expect(thrown(() => fromText(`Title\n1. ${clause('alpha')}`, { id: 'big' })).code).toBe(
      'LIMIT_EXCEEDED',
    );
  });

  it('with a raised limit, an appended sentence is redlined word by word', () => {
    const after = big('a', `${before.provisions[0]?.text}and one more sentence.`);
    const [change] = diffDrafts(before, after, { limits }).changes;
    expect(change?.kind).toBe('provision.reworded');
    if (change?.kind !== 'provision.reworded') return;
    expect(change.coarse).toBe(false);
    expect(change.hunks.map((hunk) => hunk.op)).toEqual(['equal', 'insert']);
    expect(change.hunks[1]?.text).toBe('and one more sentence.');
  });

  it('with a raised limit, a clause rewritten whole is one coarse rewording that rebuilds both', () => {
    const after = big('a', clause('beta'));
    const diff = diffDrafts(before, after, { limits });
    expect(diff.changes.map((change) => change.kind)).toEqual(['provision.reworded']);
    const [change] = diff.changes;
    if (change?.kind !== 'provision.reworded') return;
    expect(change.coarse).toBe(true);
    expect(change.hunks.map((hunk) => hunk.op)).toEqual(['delete', 'insert']);
    expect(rebuildText(change.hunks, 'before')).toBe(before.provisions[0]?.text);
    expect(rebuildText(change.hunks, 'after')).toBe(after.provisions[0]?.text);
  });
});

describe('100,000 provisions', () => {
  it('a deleted point is one removal and renumberings; the limit on provisions holds', () => {
    const count = 100_000;
    const provisions = Array.from({ length: count }, (_, index) => ({
      id: `p${index}`,
      number: String(index + 1),
      text: `Clause ${index} binds w${index} and x${(index * 7919) % count}.`,
    }));
    const before: Draft = { id: 'a', title: 'Long', coverage: 'complete', provisions };
    const after: Draft = {
      ...before,
      provisions: provisions
        .filter((_, index) => index !== 3)
        .map((provision, index) => ({ ...provision, number: String(index + 1) })),
    };
    const diff = diffDrafts(before, after);
    expect(diff.stats['provision.removed']).toBe(1);
    expect(diff.stats['provision.renumbered']).toBe(count - 4);
    expect(diff.changes.length).toBe(count - 3);
    expect(
      thrown(() => diffDrafts(before, after, { limits: { maxProvisions: count - 1 } })).code,
    ).toBe('LIMIT_EXCEEDED');
  });
});

describe('5,000 random characters against 5,000 different ones', () => {
  // Words of random letters and spaces: a real word diff, not one token against another.
  const randomText = (seed: number) =>
    fc.sample(
      fc.string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz     ,.'),
        minLength: 5_000,
        maxLength: 5_000,
      }),
      { seed, numRuns: 1 },
    )[0] as string;
  const draftWith = (text: string): Draft => ({
    id: 'random',
    title: 'Random',
    coverage: 'complete',
    provisions: [{ id: 'p', text }],
  });

  it.each([
    ['letters and spaces', randomText(1), randomText(2)],
    [
      'arbitrary Unicode',
      fc.sample(fc.string({ unit: 'binary', minLength: 5_000, maxLength: 5_000 }), {
        seed: 3,
        numRuns: 1,
      })[0] as string,
      fc.sample(fc.string({ unit: 'binary', minLength: 5_000, maxLength: 5_000 }), {
        seed: 4,
        numRuns: 1,
      })[0] as string,
    ],
  ])('%s: completes, rebuilds both texts, and gives the same diff twice', (_name, one, two) => {
    const first = diffDrafts(draftWith(one), draftWith(two));
    const second = diffDrafts(draftWith(one), draftWith(two));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const [change] = first.changes;
    expect(change?.kind).toBe('provision.reworded');
    if (change?.kind !== 'provision.reworded') return;
    expect(rebuildText(change.hunks, 'before')).toBe(one);
    expect(rebuildText(change.hunks, 'after')).toBe(two);
  });
});
