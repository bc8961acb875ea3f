import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChangeOf } from '../../src/diff/change.js';
import { diffDrafts } from '../../src/diff/diff-drafts.js';
import { fromText } from '../../src/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

// The counter-text deletes points 3, 9, 16, 23 and 26, merges 7 and 8, renumbers the rest,
// rewords most sentences, and changes the cap, the election deadline and the money.
const original = fromText(fixture('28-points.txt'), { id: 'plan-28' });
const counter = fromText(fixture('counter-text.txt'), { id: 'counter' });
const diff = diffDrafts(original, counter);
const changesOf = <K extends (typeof diff.changes)[number]['kind']>(kind: K) =>
  diff.changes.filter((change): change is ChangeOf<K> => change.kind === kind);

describe('diffing two imported texts', () => {
  it('reports the cap as a term change with its delta and the condition added', () => {
    const cap = changesOf('term.changed').find((change) => change.before.kind === 'quantity');
    expect(cap).toMatchObject({
      provisionId: 'p5',
      beforePath: '/provisions/5/terms/0',
      path: '/provisions/4/terms/0',
      before: { kind: 'quantity', value: 600_000, unit: 'personnel', bound: 'at-most' },
      after: {
        kind: 'quantity',
        value: 800_000,
        unit: 'personnel',
        bound: 'at-most',
        condition: 'in peacetime',
      },
      delta: { absolute: 200_000, relative: 1 / 3 },
    });
    expect(cap?.before).not.toHaveProperty('condition');
    expect(cap?.aspects).toEqual(['value', 'condition']);
  });

  it('reports the money as a term change', () => {
    const money = changesOf('term.changed').find((change) => change.before.kind === 'money');
    expect(money).toMatchObject({
      provisionId: 'p11.a',
      before: { amount: 100e9, currency: 'USD' },
      after: { amount: 50e9, currency: 'USD' },
      delta: { absolute: -50e9, relative: -0.5 },
    });
  });

  it('reports the dropped deadline as a removed term', () => {
    expect(changesOf('term.removed').map((change) => [change.key, change.before])).toEqual([
      [
        'duration.elections',
        expect.objectContaining({ kind: 'duration', value: 100, unit: 'days', bound: 'at-most' }),
      ],
    ]);
    expect(changesOf('term.added')).toEqual([]);
    expect(changesOf('term.changed')).toHaveLength(2);
  });

  it('reports exactly the deleted points as removals', () => {
    expect(changesOf('provision.removed').map((change) => change.before.number)).toEqual([
      '3',
      '9',
      '16',
      '23',
      '26',
    ]);
    expect(changesOf('provision.added')).toEqual([]);
  });

  it('recognises the two merged points', () => {
    expect(
      changesOf('provision.merged').map((change) => [
        change.before.map((provision) => provision.number),
        change.after.number,
      ]),
    ).toEqual([[['7', '8'], '6']]);
  });

  it('pairs every surviving point with its original: renumbered, not removed and added', () => {
    const renumbered = changesOf('provision.renumbered')
      .filter((change) => !change.fromNumber?.includes('.'))
      .map((change) => `${change.fromNumber}->${change.toNumber}`);
    expect(renumbered).toEqual([
      '4->3',
      '5->4',
      '6->5',
      '10->7',
      '11->8',
      '12->9',
      '13->10',
      '14->11',
      '15->12',
      '17->13',
      '18->14',
      '19->15',
      '20->16',
      '21->17',
      '22->18',
      '24->19',
      '25->20',
      '27->21',
      '28->22',
    ]);
    // Sub-points follow their point.
    expect(
      changesOf('provision.renumbered')
        .filter((change) => change.fromNumber?.startsWith('10.'))
        .map((change) => `${change.fromNumber}->${change.toNumber}`),
    ).toEqual(['10.a->7.a', '10.b->7.b', '10.c->7.c', '10.d->7.d']);
    expect(changesOf('provision.moved')).toEqual([]);
  });

  it('reports the rewritten sentences as rewordings with a redline', () => {
    const reworded = changesOf('provision.reworded');
    expect(reworded.length).toBeGreaterThanOrEqual(20);
    const cap = reworded.find((change) => change.provisionId === 'p5');
    expect(cap?.before.text).toBe(
      "The size of Ukraine's armed forces will be capped at 600,000 personnel.",
    );
    expect(cap?.after.text).toBe("Ukraine's armed forces will be capped at 800,000 in peacetime.");
    const deadline = reworded.find((change) => change.provisionId === 'p20');
    expect(
      deadline?.hunks.filter((hunk) => hunk.op !== 'equal').map((hunk) => hunk.text.trim()),
    ).toEqual(['within 100 days', 'as soon as possible']);
  });
});
