// Where the time of a growing diff goes: for each case, the median of `diffDrafts`, of
// `parseDraft` of both inputs timed alone (the validation `diffDrafts` does first), of the time
// V8 spent collecting garbage during the diff (scavenges, and the rest, from v8.GCProfiler),
// and of the plain traversal, so a growth step can be set against the floor's own growth. One
// warm-up call and a fixed order in each round, where run.mjs warms up more and shuffles: its
// levels run higher than run.mjs's, and what it shows is the split, not the level.
//
//   node --expose-gc bench/scaling.mjs [--cases moves@1000,moves@10000] [--rounds 9]
//
// Imports the built package (or DRAFTDIFF_BENCH_LIBRARY) as run.mjs does. Not part of
// `npm run bench`: it answers "why does this step grow by more than 12x", for BENCHMARKS.md.

import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { parseCaseId } from './cases.mjs';
import { generatePair } from './generate.mjs';
import { settleHeap, summarize } from './measure.mjs';
import { draftdiff, traverse } from './tools.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const { values } = parseArgs({
  options: {
    cases: {
      type: 'string',
      default: 'moves@1000,moves@10000,no-ids@1000,no-ids@10000,realistic@1000,realistic@10000',
    },
    rounds: { type: 'string', default: '9' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`scaling.mjs: --rounds must be a whole number from 1, got ${values.rounds}`);
  process.exit(2);
}

/**
 * Milliseconds of the call, and of the collections V8 ran during it: scavenges of the young
 * generation, and everything else (incremental marking steps, full mark-compacts, weak
 * callbacks; Node 20 reports a minor mark-sweep as "Unknown", so it lands there too).
 */
function measure(task) {
  settleHeap();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = performance.now();
  task();
  const elapsed = performance.now() - started;
  const { statistics } = profiler.stop();
  let scavenge = 0;
  let other = 0;
  let scavenges = 0;
  for (const event of statistics) {
    const ms = event.cost / 1000;
    if (event.gcType === 'Scavenge' || event.gcType === 'MinorMarkSweep') {
      scavenge += ms;
      scavenges++;
    } else other += ms;
  }
  return { elapsed, scavenge, other, scavenges };
}

const rows = [];
for (const id of values.cases.split(',')) {
  const { scenario, size } = parseCaseId(id);
  const { before, after } = generatePair(size, scenario);
  const tasks = {
    traversal: () => traverse(before) + traverse(after),
    parse: () => [draftdiff.parseDraft(before), draftdiff.parseDraft(after)],
    diff: () => draftdiff.diffDrafts(before, after),
  };
  for (const task of Object.values(tasks)) task();
  const samples = { traversal: [], parse: [], diff: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, task] of Object.entries(tasks)) samples[name].push(measure(task));
  }
  // Each column's own median, so a count need not come from the same round as its time.
  const pick = (name, field) => summarize(samples[name].map((sample) => sample[field])).median;
  rows.push({
    id,
    traversal: pick('traversal', 'elapsed'),
    diff: pick('diff', 'elapsed'),
    parse: pick('parse', 'elapsed'),
    scavenge: pick('diff', 'scavenge'),
    other: pick('diff', 'other'),
    scavenges: pick('diff', 'scavenges'),
  });
}

const fixed = (ms) => ms.toFixed(1);
console.log('| case | traversal | diffDrafts | parse alone | scavenges (count) | other GC |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.id} | ${fixed(row.traversal)} | ${fixed(row.diff)} | ${fixed(row.parse)} | ${fixed(row.scavenge)} (${row.scavenges}) | ${fixed(row.other)} |`,
  );
}
