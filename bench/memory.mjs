// Memory probe: one tool, one input, one run, in a fresh process started by run.mjs as
//   node --expose-gc bench/memory.mjs --case realistic@10000 --tool draftdiff
//   node --expose-gc bench/memory.mjs --extra fromText [--quick]
// and prints one line of JSON. Method (also in BENCHMARKS.md):
// - the inputs are built, then two full collections settle the heap; that is the baseline;
// - peak heap: v8.GCProfiler records the used heap before and after every collection during
//   the run; the peak is the largest "before" value (or the used heap at the end, if larger),
//   minus the baseline. It counts what the run held live at its worst, not what it allocated;
// - peak RSS: a worker thread reads the process's resident set every millisecond while the
//   run executes; the peak is the largest reading minus the baseline reading. It includes
//   what V8 reserved for the young generation and the code the run compiled.

import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { extraNamed, parseCaseId } from './cases.mjs';
import { generatePair } from './generate.mjs';
import { toolNamed } from './tools.mjs';

const { values } = parseArgs({
  options: {
    case: { type: 'string' },
    tool: { type: 'string' },
    extra: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

let task;
if (values.extra !== undefined) {
  const extra = extraNamed(values.extra);
  const input = extra.prepare(values.quick);
  task = () => extra.run(input);
} else {
  const { scenario, size } = parseCaseId(values.case);
  const tool = toolNamed(values.tool);
  const { before, after } = generatePair(size, scenario);
  task = () => tool.run(before, after);
}

const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
parentPort.postMessage('ready');
const timer = setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peak[0]) peak[0] = rss;
}, 1);
parentPort.on('message', () => { clearInterval(timer); parentPort.close(); });
`;

const shared = new SharedArrayBuffer(8);
const peakRss = new Float64Array(shared);
const sampler = new Worker(SAMPLER, { eval: true, workerData: shared });
await new Promise((resolve) => sampler.once('message', resolve));

globalThis.gc();
globalThis.gc();
const baseHeap = process.memoryUsage().heapUsed;
const baseRss = process.memoryUsage.rss();
peakRss[0] = baseRss;

const profiler = new v8.GCProfiler();
profiler.start();
const started = performance.now();
const result = task();
const elapsed = performance.now() - started;
const endHeap = process.memoryUsage().heapUsed;
const profile = profiler.stop();
const endRss = process.memoryUsage.rss();
if (endRss > peakRss[0]) peakRss[0] = endRss;
sampler.postMessage('stop');

let peakHeap = endHeap;
for (const event of profile.statistics) {
  peakHeap = Math.max(peakHeap, event.beforeGC.heapStatistics.usedHeapSize);
}
const megabytes = (bytes) => Math.max(0, bytes) / 1024 / 1024;
console.log(
  JSON.stringify({
    peakHeapMB: megabytes(peakHeap - baseHeap),
    peakRssMB: megabytes(peakRss[0] - baseRss),
    collections: profile.statistics.length,
    elapsedMs: elapsed,
    // Read after the figures, so the result stayed alive (and counted) until the end.
    returned: Array.isArray(result) ? 'array' : typeof result,
  }),
);
