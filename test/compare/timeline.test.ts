import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  DraftdiffError,
  type Timeline,
  type TimelineStep,
} from '../../src/index.js';
import { cap } from '../support/build.js';
import { loadCorpus } from '../support/corpus.js';
import { DRAFTS, ELECTIONS, version } from '../support/timeline-story.js';

const CAP = 'armed-forces.personnel-cap';
/** A step as `draft event value from`, for exact tables. */
function brief(step: TimelineStep): string {
  return [step.draft, step.event, step.value ?? '-', step.from.join('+') || '-'].join(' ');
}

describe('buildTimeline', () => {
  const timeline = buildTimeline(DRAFTS, { keys: [CAP, 'elections', 'amnesty'] });

  it('orders the versions by lineage and date, and groups the days', () => {
    expect(timeline.versions.map((version) => version.id)).toEqual([
      'leak-a',
      'leak-b',
      'v1',
      'v2b',
      'v2',
      'v5',
      'undated',
    ]);
    expect(timeline.days).toEqual([
      { day: '2025-11-19', drafts: ['leak-a', 'leak-b'] },
      { day: '2025-11-20', drafts: ['v1'] },
      { day: '2025-11-23', drafts: ['v2b', 'v2'] },
      { day: '2025-12-24', drafts: ['v5'] },
      { drafts: ['undated'] },
    ]);
    expect(timeline.edges).toEqual([
      { from: 'v1', to: 'v2b' },
      { from: 'v1', to: 'v2' },
      { from: 'v2', to: 'v5' },
      { from: 'v2', to: 'undated' },
    ]);
    expect(timeline.versions[4]).toEqual({
      id: 'v2',
      title: 'Framework',
      date: '2025-11-23T18:00:00Z',
      coverage: 'complete',
      basedOn: ['v1'],
      sources: [{ outlet: 'Outlet v2', kind: 'summary' }],
    });
  });

  it('follows the cap: its values, where it changed and who reported it', () => {
    const [track] = timeline.tracks;
    expect(track?.key).toBe(CAP);
    expect(track?.label).toBe('Armed forces cap');
    expect(
      track?.values.map((term) => (term.kind === 'quantity' ? term.value : term.kind)),
    ).toEqual([400_000, 500_000, 600_000, 800_000, 800_000]);
    expect(track?.steps.map(brief)).toEqual([
      'leak-a stated 0 -',
      'leak-b changed 1 leak-a',
      'v1 changed 2 leak-b',
      'v2b changed 3 v1',
      'v2 changed 4 v1',
      'v5 changed 3 v2',
      'undated silent - -',
    ]);
    expect(track?.changes).toBe(5);
    expect(track?.steps[4]?.sources).toEqual([{ outlet: 'Outlet v2', kind: 'summary' }]);
    expect(track?.steps[3]?.term).toMatchObject({ value: 800_000, confidence: 'reported' });
    expect(track?.steps[6]?.sources).toEqual([]);
  });

  it('names prefixes for every key under them, and shows the drop of a complete draft', () => {
    expect(timeline.tracks.map((track) => track.key)).toEqual([
      CAP,
      'elections.deadline',
      'amnesty.wartime-actions',
    ]);
    for (const track of timeline.tracks.slice(1)) {
      expect(track.steps.map(brief)).toEqual([
        'leak-a silent - -',
        'leak-b silent - -',
        'v1 stated 0 -',
        'v2b silent - -',
        'v2 dropped - v1',
        'v5 silent - -',
        'undated silent - -',
      ]);
      expect(track.changes).toBe(1);
    }
  });

  it('counts leaving a stated value unaddressed as a change from it', () => {
    const drafts = [
      version('text', { elections: ELECTIONS }, { date: '2025-11-20' }),
      version(
        'edit',
        { elections: { key: 'elections.deadline', kind: 'unaddressed' } },
        {
          date: '2025-11-23',
          basedOn: ['text'],
        },
      ),
      version(
        'later',
        { elections: { key: 'elections.deadline', kind: 'unaddressed' } },
        {
          date: '2025-12-24',
          basedOn: ['edit'],
        },
      ),
    ];
    const [track] = buildTimeline(drafts, { keys: ['elections'] }).tracks;
    expect(track?.steps.map(brief)).toEqual([
      'text stated 0 -',
      'edit unaddressed 1 text',
      'later unchanged 1 -',
    ]);
    expect(track?.changes).toBe(1);
  });

  it('without keys, follows the keys that change most, then are stated most, then in order', () => {
    const keys = (options = {}) => buildTimeline(DRAFTS, options).tracks.map((track) => track.key);
    expect(keys()).toEqual([CAP, 'elections.deadline', 'amnesty.wartime-actions']);
    expect(keys({ maxKeys: 2 })).toEqual([CAP, 'elections.deadline']);
    expect(keys({ maxKeys: 0 })).toEqual([]);
    expect(keys({ keys: ['amnesty', CAP, 'amnesty.wartime-actions'] })).toEqual([
      'amnesty.wartime-actions',
      CAP,
    ]);
  });

  it('keeps undated drafts together at the end, and a report dated before its text first', () => {
    const lone = buildTimeline([version('b', {}), version('a', { cap: cap(1) })], { keys: [CAP] });
    expect(lone.versions.map((version) => version.id)).toEqual(['a', 'b']);
    expect(lone.days).toEqual([{ drafts: ['a', 'b'] }]);
    expect(lone.edges).toEqual([]);
    expect(lone.tracks[0]?.steps.map(brief)).toEqual(['a stated 0 -', 'b silent - -']);

    const early = buildTimeline(
      [
        version('text', { cap: cap(600_000) }, { date: '2025-11-20' }),
        version('leak', { cap: cap(600_000) }, { date: '2025-11-19', basedOn: ['text'] }),
        version('note', {}, { basedOn: ['leak'] }),
      ],
      { keys: [CAP] },
    );
    expect(early.versions.map((version) => version.id)).toEqual(['leak', 'text', 'note']);
    expect(early.days).toEqual([
      { day: '2025-11-19', drafts: ['leak'] },
      { day: '2025-11-20', drafts: ['text'] },
      { drafts: ['note'] },
    ]);
    expect(early.edges).toEqual([
      { from: 'text', to: 'leak' },
      { from: 'leak', to: 'note' },
    ]);
    // Blame still follows the lineage: the leak keeps what the text says.
    expect(early.tracks[0]?.steps.map(brief)).toEqual([
      'leak unchanged 0 -',
      'text stated 0 -',
      'note dropped - leak',
    ]);
    expect(buildTimeline([])).toEqual({ versions: [], days: [], edges: [], tracks: [] });
  });

  it('is the same whatever the order of the drafts; days rise, undated last', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...DRAFTS], { minLength: DRAFTS.length }),
        fc.integer({ min: 0, max: 4 }),
        (drafts, maxKeys) => {
          const shuffled = buildTimeline(drafts, { maxKeys });
          expect(shuffled).toEqual(buildTimeline(DRAFTS, { maxKeys }));
          expect(shuffled.days.flatMap((day) => day.drafts)).toEqual(
            shuffled.versions.map((version) => version.id),
          );
          const days = shuffled.days.map((day) => day.day ?? '~undated');
          expect(days).toEqual([...new Set(days)].sort());
        },
      ),
      { numRuns: 30 },
    );
  });

  it('shares no object with the drafts', () => {
    const result: Timeline = buildTimeline(DRAFTS, { keys: [CAP] });
    const step = result.tracks[0]?.steps[0];
    if (step?.term?.kind !== 'quantity') throw new Error('expected the cap');
    step.term.value = 1;
    (result.versions[0]?.sources[0] as { outlet: string }).outlet = 'changed';
    expect(buildTimeline(DRAFTS, { keys: [CAP] }).tracks[0]?.steps[0]?.term).toMatchObject({
      value: 400_000,
    });
  });

  it.each([
    [{ keys: ['nowhere'] }, 'buildTimeline: no draft states the key "nowhere" or any key under it'],
    [
      { keys: [CAP, 'Not A Key'] },
      'buildTimeline: keys[1]: "Not A Key" is not a term key (lower-case kebab words joined by dots)',
    ],
    [{ keys: CAP }, 'buildTimeline: keys must be an array, got "armed-forces.personnel-cap"'],
    [{ maxKeys: 1.5 }, 'buildTimeline: maxKeys must be a whole number of at least 0, got 1.5'],
    [{ maxKeys: -1 }, 'buildTimeline: maxKeys must be a whole number of at least 0, got -1'],
  ])('rejects %j', (options, message) => {
    expect(() => buildTimeline(DRAFTS, options as never)).toThrow(
      expect.objectContaining({ name: 'DraftdiffError', code: 'INVALID_ARGUMENT', message }),
    );
  });

  it('throws what history throws', () => {
    const orphan = version('orphan', {}, { basedOn: ['missing'] });
    expect(() => buildTimeline([orphan])).toThrow(DraftdiffError);
    expect(() => buildTimeline([orphan])).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PARENT' }),
    );
  });
});

describe('buildTimeline on the corpus', () => {
  it('follows the cap from the Axios text, stated by Axios', () => {
    const track = buildTimeline(loadCorpus(), { keys: [CAP] }).tracks[0];
    const axios = track?.steps.find((step) => step.draft === 'axios-28-points');
    expect(axios?.term).toMatchObject({ kind: 'quantity', value: 600_000, bound: 'at-most' });
    expect(axios?.sources.map((source) => source.outlet)).toContain('Axios');
  });
});
