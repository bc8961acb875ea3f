// The entry checks of the diff formatters: each wrong argument is a DraftdiffError
// INVALID_ARGUMENT whose message names the function, the argument and what it got.
import { describe, expect, it } from 'vitest';
import { diffDrafts } from '../../src/diff/diff-drafts.js';
import { formatDiff } from '../../src/format/format-diff.js';
import { formatChangelogHtml, formatDiffHtml } from '../../src/format/html.js';
import { formatDiffMarkdown } from '../../src/format/markdown.js';
import { invalidArgumentOf } from '../support/errors.js';
import { capTerm, diffOf, sampleDiff } from './hand-built.js';

let deep: unknown = [];
for (let level = 0; level < 5_000; level++) deep = [deep];

const termChange = {
  kind: 'term.changed',
  path: '/terms/0',
  key: 'armed-forces.personnel-cap',
  beforePath: '/terms/0',
  before: capTerm(600_000),
  after: capTerm(400_000),
  aspects: ['value'],
  summary: 'Armed forces cap: 600,000 -> 400,000',
};

describe('formatDiff', () => {
  it.each<[string, () => unknown, string]>([
    [
      'no diff',
      () => formatDiff(undefined as never, 'text'),
      'formatDiff: diff must be a DraftDiff (the result of diffDrafts), got undefined',
    ],
    [
      'an object without changes',
      () => formatDiff({} as never, 'text'),
      'formatDiff: diff.changes must be an array, got undefined',
    ],
    [
      'a diff without ids',
      () => formatDiff({ changes: [] } as never, 'text'),
      'formatDiff: diff.from must be a string, got undefined',
    ],
    [
      'a null change',
      () => formatDiff({ from: 'a', to: 'b', changes: [null] } as never, 'json'),
      'formatDiff: diff.changes[0] must be a change object, got null',
    ],
    [
      'a hole in the changes',
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
      () => formatDiff({ from: 'a', to: 'b', changes: [, termChange] } as never, 'text'),
      'formatDiff: diff.changes[0] must be a change object, got undefined',
    ],
    [
      'an unknown kind',
      () =>
        formatDiff(diffOf('a', 'b', [{ ...termChange, kind: 'term.renamed' } as never]), 'text'),
      'formatDiff: diff.changes[0].kind must be one of CHANGE_KINDS, got "term.renamed"',
    ],
    [
      'a change without a summary',
      () => formatDiff(diffOf('a', 'b', [{ ...termChange, summary: 5 } as never]), 'text'),
      'formatDiff: diff.changes[0].summary must be a string, got 5',
    ],
    [
      'a term change without its new term',
      () => formatDiff(diffOf('a', 'b', [{ ...termChange, after: undefined } as never]), 'html'),
      'formatDiff: diff.changes[0].after must be a term object, got undefined',
    ],
    [
      'a term without a key',
      () =>
        formatDiff(
          diffOf('a', 'b', [{ ...termChange, before: { kind: 'flag', value: true } } as never]),
          'markdown',
        ),
      'formatDiff: diff.changes[0].before.key must be a string, got undefined',
    ],
    [
      'a split into something else than provisions',
      () =>
        formatDiff(
          diffOf('a', 'b', [
            {
              kind: 'provision.split',
              summary: 's',
              before: { id: 'p', text: 't' },
              after: [{ id: 'q', text: 'u' }, 'v'],
            } as never,
          ]),
          'text',
        ),
      'formatDiff: diff.changes[0].after[1] must be a provision object, got "v"',
    ],
    [
      'a format String() cannot convert',
      () => formatDiff(sampleDiff(), Object.create(null)),
      'unknown format an object; expected one of text, markdown, html, json',
    ],
    [
      'a format nested 5,000 arrays deep',
      () => formatDiff(sampleDiff(), deep as never),
      'unknown format an array; expected one of text, markdown, html, json',
    ],
    [
      'null options',
      () => formatDiff(sampleDiff(), 'text', null as never),
      'formatDiff: options must be an object, got null',
    ],
    [
      'a paint that is not a function',
      () => formatDiff(sampleDiff(), 'text', { paint: 'red' } as never),
      'formatDiff: options.paint must be a function, got "red"',
    ],
    [
      'a status term without its value',
      () =>
        formatDiff(
          diffOf('a', 'b', [
            { ...termChange, after: { key: 'territory.kherson', kind: 'status' } } as never,
          ]),
          'markdown',
        ),
      'formatDiff: diff.changes[0].after.value must be a string, got undefined',
    ],
    [
      'a set term whose members are not an array',
      () =>
        formatDiff(
          diffOf('a', 'b', [
            { ...termChange, before: { key: 'guarantors', kind: 'set', members: 'US' } } as never,
          ]),
          'html',
        ),
      'formatDiff: diff.changes[0].before.members must be an array, got "US"',
    ],
    [
      'a change without its path',
      () => formatDiff(diffOf('a', 'b', [{ ...termChange, path: undefined } as never]), 'text'),
      'formatDiff: diff.changes[0].path must be a string, got undefined',
    ],
    [
      'an aspect no term has',
      () => formatDiff(diffOf('a', 'b', [{ ...termChange, aspects: ['size'] } as never]), 'text'),
      'formatDiff: diff.changes[0].aspects[0] must be "kind", "value", "unit", "currency", "bound", "condition", "from", "of", "holder", "ratio", "subject" or "members", got "size"',
    ],
    [
      'a sub-point whose text is not a string',
      () =>
        formatDiff(
          diffOf('a', 'b', [
            {
              kind: 'provision.removed',
              path: '/provisions/0',
              summary: 'Point 1 was removed',
              provisionId: 'p',
              before: { id: 'p', text: 't', items: [{ id: 'q', text: 5 }] },
            },
          ] as never),
          'markdown',
        ),
      'formatDiff: diff.changes[0].before.items[0].text must be a string, got 5',
    ],
    [
      'a term of an unknown kind',
      () =>
        formatDiff(
          diffOf('a', 'b', [{ ...termChange, before: { key: 'k', kind: 'colour' } } as never]),
          'text',
        ),
      'formatDiff: diff.changes[0].before.kind must be one of TERM_KINDS, got "colour"',
    ],
    [
      'a diff without stats',
      () => formatDiff({ from: 'a', to: 'b', changes: [] } as never, 'text'),
      'formatDiff: diff.stats must be an object, got undefined',
    ],
    [
      'a provision nested deeper than the stack',
      () => {
        let provision: Record<string, unknown> = { id: 'p', text: 't' };
        for (let level = 0; level < 100_000; level++) {
          provision = { id: 'p', text: 't', items: [provision] };
        }
        const change = {
          kind: 'provision.added',
          path: '/provisions/0',
          summary: 'Point 1 was added',
          provisionId: 'p',
          after: provision,
        };
        return formatDiff(diffOf('a', 'b', [change as never]), 'text');
      },
      'formatDiff: diff is nested too deeply to read',
    ],
    [
      'a bigint inside a change, as json',
      () =>
        formatDiff(
          diffOf('a', 'b', [
            { ...termChange, kind: 'draft.changed', field: 'version', after: 10n } as never,
          ]),
          'json',
        ),
      'formatDiff: diff cannot be written as JSON: Do not know how to serialize a BigInt',
    ],
  ])('%s', (_name, call, message) => {
    expect(invalidArgumentOf(call).message).toBe(message);
  });

  it('names itself, not the formatter it hands html and markdown to', () => {
    const diff = { from: 'a', to: 'b', changes: [null] };
    for (const format of ['html', 'markdown'] as const) {
      expect(invalidArgumentOf(() => formatDiff(diff as never, format)).message).toBe(
        'formatDiff: diff.changes[0] must be a change object, got null',
      );
    }
  });

  it('checks types, not formats: a key, an id or a label that parseDraft would refuse is printed', () => {
    const change = {
      ...termChange,
      key: 'Not A Key',
      before: capTerm(600_000, { key: 'Not A Key', label: '' }),
      after: capTerm(400_000, { key: 'Not A Key', label: '' }),
    };
    expect(formatDiff(diffOf('a', 'b', [change as never]), 'text')).toContain('600,000');
  });

  it('takes a diff written as JSON and read back, where fields that were undefined are gone', () => {
    const diff = diffDrafts(
      { id: 'a', title: 'A', provisions: [{ id: 'p', number: '1', text: 'Clause.' }] },
      { id: 'b', title: 'A', provisions: [{ id: 'p', text: 'Clause.' }] },
    );
    expect(diff.changes[0]).toMatchObject({ kind: 'provision.renumbered', toNumber: undefined });
    const read = JSON.parse(formatDiff(diff, 'json'));
    expect('toNumber' in read.changes[0]).toBe(false);
    for (const format of ['text', 'markdown', 'html', 'json'] as const) {
      expect(formatDiff(read, format)).toBe(formatDiff(diff, format));
    }
  });

  it('takes what diffDrafts makes in every format', () => {
    for (const format of ['text', 'markdown', 'html', 'json'] as const) {
      expect(formatDiff(sampleDiff(), format, undefined).length).toBeGreaterThan(0);
    }
  });
});

describe('formatDiffHtml, formatChangelogHtml, formatDiffMarkdown', () => {
  it.each<[string, () => unknown, string]>([
    [
      'formatDiffHtml with null options',
      () => formatDiffHtml(sampleDiff(), null as never),
      'formatDiffHtml: options must be an object, got null',
    ],
    [
      'formatDiffHtml with a title that is not a string',
      () => formatDiffHtml(sampleDiff(), { title: [] as never }),
      'formatDiffHtml: options.title must be a string, got an array',
    ],
    [
      'formatChangelogHtml with no diffs',
      () => formatChangelogHtml(undefined as never),
      'formatChangelogHtml: diffs must be an array of DraftDiffs, got undefined',
    ],
    [
      'formatChangelogHtml with a null diff',
      () => formatChangelogHtml([sampleDiff(), null as never]),
      'formatChangelogHtml: diffs[1] must be a DraftDiff (the result of diffDrafts), got null',
    ],
    [
      'formatChangelogHtml with a bad change in one diff',
      () => formatChangelogHtml([{ from: 'a', to: 'b', changes: [7] } as never]),
      'formatChangelogHtml: diffs[0].changes[0] must be a change object, got 7',
    ],
    [
      'formatChangelogHtml with null options',
      () => formatChangelogHtml([sampleDiff()], null as never),
      'formatChangelogHtml: options must be an object, got null',
    ],
    [
      'formatChangelogHtml with a title that is not a string',
      () => formatChangelogHtml([sampleDiff()], { title: [] as never }),
      'formatChangelogHtml: options.title must be a string, got an array',
    ],
    [
      'formatDiffMarkdown with a string',
      () => formatDiffMarkdown('a diff' as never),
      'formatDiffMarkdown: diff must be a DraftDiff (the result of diffDrafts), got "a diff"',
    ],
  ])('%s', (_name, call, message) => {
    expect(invalidArgumentOf(call).message).toBe(message);
  });
});
