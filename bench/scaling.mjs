// Where the time of a growing diff goes: for each case, the median of `diffDrafts` split into
// its validation (`parseDraft` of both inputs) and the rest, the time V8 spent collecting
// garbage during the call (scavenges and full collections, from v8.GCProfiler), and the same
// for the plain traversal, so a growth step can be set against the floor's own growth.
//
//   node --expose-gc bench/scaling.mjs [--cases moves@1000,moves@10000] [--rounds 9]
//
// Imports the built package (or DRAFTDIFF_BENCH_LIBRARY) as run.mjs does. Not part of
// `npm run bench`: it answers "why does this step grow by more than 12x", for BENCHMARKS.md.

import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { parseCaseId } from './cases.mjs';
import { generatePair } from './generate.mjs';
import { settleHeap } from './settle.mjs';
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

/** Milliseconds of the call, and of the collections V8 ran during it, by kind. */
function measure(task) {
  settleHeap();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = performance.now();
  task();
  const elapsed = performance.now() - started;
  const { statistics } = profiler.stop();
  let scavenge = 0;
  let full = 0;
  let scavenges = 0;
  for (const event of statistics) {
    const ms = event.cost / 1000;
    if (event.gcType === 'Scavenge' || event.gcType === 'MinorMarkSweep') {
      scavenge += ms;
      scavenges++;
    } else full += ms;
  }
  return { elapsed, scavenge, full, scavenges };
}

const median = (list) => {
  const sorted = [...list].sort((x, y) => x - y);
  return sorted[sorted.length >> 1];
};

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
  const pick = (name, field) => median(samples[name].map((sample) => sample[field]));
  rows.push({
    id,
    traversal: pick('traversal', 'elapsed'),
    diff: pick('diff', 'elapsed'),
    parse: pick('parse', 'elapsed'),
    scavenge: pick('diff', 'scavenge'),
    full: pick('diff', 'full'),
    scavenges: pick('diff', 'scavenges'),
  });
}

const fixed = (ms) => ms.toFixed(1);
console.log('| case | traversal | diffDrafts | of which parse | scavenges (count) | full GC |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.id} | ${fixed(row.traversal)} | ${fixed(row.diff)} | ${fixed(row.parse)} | ${fixed(row.scavenge)} (${row.scavenges}) | ${fixed(row.full)} |`,
  );
}
