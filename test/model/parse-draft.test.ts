import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DraftdiffError,
  DraftValidationError,
  draftJsonSchema,
  parseDraft,
  safeParseDraft,
} from '../../src/index.js';
import { cap, deepFreeze, draftOf, point } from '../support/build.js';
import { RUNS } from '../support/runs.js';

const valid = draftOf('a', [point(1, 'Text.', { terms: [cap(600_000)] })]);

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseDraft(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DraftValidationError);
    return [...(error as DraftValidationError).issues];
  }
  throw new Error('expected a DraftValidationError');
}

describe('parseDraft', () => {
  it('normalises a valid draft: defaults applied, a fresh object', () => {
    const input = deepFreeze(structuredClone(valid));
    const draft = parseDraft(input);
    expect(draft.coverage).toBe('complete');
    expect(draft.provisions[0]?.terms?.[0]).toEqual({ ...cap(600_000), bound: 'exact' });
    expect(draft).not.toBe(input);
    expect(draft.provisions).not.toBe(input.provisions);
  });

  it.each([
    [
      'an empty object',
      {},
      [
        { path: '/id', message: 'required (expected string)' },
        { path: '/title', message: 'required (expected string)' },
        { path: '/provisions', message: 'required (expected array)' },
      ],
    ],
    ['a string', 'draft', [{ path: '', message: 'expected object, received string' }]],
    ['null', null, [{ path: '', message: 'expected object, received null' }]],
    ['an array', [], [{ path: '', message: 'expected object, received array' }]],
    [
      'a wrong type deep inside a term',
      draftOf('a', [
        point(1, 'x'),
        point(2, 'y', { terms: [{ ...cap(1), value: '600000' } as never] }),
      ]),
      [{ path: '/provisions/1/terms/0/value', message: 'expected number, received string' }],
    ],
    [
      'an unknown term kind',
      draftOf('a', [point(1, 'x', { terms: [{ key: 'a.b', kind: 'vibe' } as never] })]),
      [
        {
          path: '/provisions/0/terms/0/kind',
          message:
            'unknown kind; expected one of quantity, money, duration, share, status, flag, set, date, text, unaddressed',
        },
      ],
    ],
    [
      'an unknown field',
      { ...valid, provisons: [] },
      [{ path: '/provisons', message: 'unknown field' }],
    ],
    [
      'a duplicate provision id and term key',
      draftOf('a', [point(1, 'x', { terms: [cap(1)] }), point(1, 'y', { terms: [cap(2)] })]),
      [
        {
          path: '/provisions/1/id',
          message: 'duplicate provision id "p1" (first at /provisions/0)',
        },
        {
          path: '/provisions/1/terms/0/key',
          message:
            'duplicate term key "armed-forces.personnel-cap" (first at /provisions/0/terms/0)',
        },
      ],
    ],
    [
      'a term citing an unlisted outlet',
      draftOf('a', [point(1, 'x', { terms: [cap(1, { sources: ['Axios'] })] })]),
      [
        {
          path: '/provisions/0/terms/0/sources/0',
          message: 'cites "Axios", which is not an outlet in the draft\'s sources',
        },
      ],
    ],
    [
      'a term key with a prototype name',
      draftOf('a', [point(1, 'x', { terms: [{ ...cap(1), key: '__proto__' }] })]),
      [
        {
          path: '/provisions/0/terms/0/key',
          message: 'must be lower-case kebab words joined by dots',
        },
      ],
    ],
    [
      'an infinite figure',
      draftOf('a', [point(1, 'x', { terms: [cap(Number.POSITIVE_INFINITY)] })]),
      [{ path: '/provisions/0/terms/0/value', message: 'expected number, received Infinity' }],
    ],
  ])('rejects %s with the path of each problem', (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('keeps an evidence grade on a term and on a source, and rejects any other word', () => {
    const graded = {
      ...draftOf('a', [point(1, 'x', { terms: [{ ...cap(400_000), confidence: 'medium' }] })]),
      sources: [{ outlet: 'AFP', kind: 'leak', confidence: 'low' }],
    };
    const draft = parseDraft(graded);
    expect(draft.provisions[0]?.terms?.[0]?.confidence).toBe('medium');
    expect(draft.sources?.[0]?.confidence).toBe('low');
    const wrong = { ...graded, sources: [{ outlet: 'AFP', kind: 'leak', confidence: 'reported' }] };
    expect(issuesOf(wrong)).toEqual([
      {
        path: '/sources/0/confidence',
        message: 'Invalid option: expected one of "high"|"medium"|"low"',
      },
    ]);
  });

  it('reports the hole of a sparse array at its path', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const provisions = [, { id: 'x', text: 'y' }];
    expect(issuesOf({ id: 'a', title: 't', provisions })).toEqual([
      { path: '/provisions/0', message: 'required (expected object)' },
    ]);
  });

  it('names the file in the message', () => {
    expect(() => parseDraft({}, { file: 'drafts/x.json' })).toThrow(
      /^drafts\/x\.json: invalid draft: \/id: required/,
    );
  });

  it('fails on deep nesting with LIMIT_EXCEEDED, not a stack overflow', () => {
    let provision: Record<string, unknown> = { id: 'leaf', text: '' };
    for (let level = 0; level < 100_000; level++)
      provision = { id: `p${level}`, text: '', items: [provision] };
    const result = safeParseDraft({ id: 'a', title: 't', provisions: [provision] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DraftdiffError);
    expect(result.error.code).toBe('LIMIT_EXCEEDED');
  });

  it('fails on a cycle with a clear error', () => {
    const cyclic: Record<string, unknown> = { id: 'a', title: 't', provisions: [] };
    (cyclic.provisions as unknown[]).push(cyclic);
    expect(() => parseDraft(cyclic)).toThrow(/cycle at \/provisions\/0/);
  });

  it('enforces the size limits', () => {
    const many = draftOf('a', [point(1, 'a'), point(2, 'b'), point(3, 'c')]);
    expect(() => parseDraft(many, { limits: { maxProvisions: 2 } })).toThrow(
      /more than 2 provisions/,
    );
    expect(() => parseDraft(many, { limits: { maxTextLength: 0 } })).toThrow(
      /\/provisions\/\d\/text: text of 1 characters exceeds the limit of 0/,
    );
  });

  it('is total: any JSON returns a draft or throws DraftValidationError; safeParseDraft never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseDraft(value);
        if (!result.success) expect(result.error).toBeInstanceOf(DraftValidationError);
      }),
      RUNS,
    );
  });
});

describe('the JSON Schema', () => {
  it('schema/draft.schema.json is the schema parseDraft enforces', () => {
    const committed = JSON.parse(readFileSync('schema/draft.schema.json', 'utf8'));
    expect(committed).toEqual(draftJsonSchema());
  });

  it('offers the evidence grades on terms and sources', () => {
    const text = JSON.stringify(draftJsonSchema());
    expect(text).toContain('"enum":["high","medium","low"]');
    expect(text).toContain(
      '"enum":["confirmed","reported","unconfirmed","disputed","high","medium","low"]',
    );
  });
});
