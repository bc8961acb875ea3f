// Shared by the timing run (run.mjs) and the scaling profile (scaling.mjs).

/**
 * Puts the heap in the same state before every timed call: a full collection, then a burst of
 * short-lived allocation, then another collection. Without the burst, a call that followed
 * jsondiffpatch (800 MB at 10,000 provisions) ran half as slow again as the same call alone,
 * not in its collections but in its own code (BENCHMARKS.md); with it, the same as alone.
 * Needs `node --expose-gc`. `burst: false` collects once and skips the burst, for the quick
 * smoke run, whose timings nobody compares: the burst is most of a small call's time there.
 */
export function settleHeap({ burst = true } = {}) {
  globalThis.gc();
  if (!burst) return;
  let junk = [];
  for (let index = 0; index < 1_500_000; index++) junk.push({ index });
  junk = undefined;
  globalThis.gc();
}

function percentile(sorted, fraction) {
  if (sorted.length === 1) return sorted[0];
  const position = (sorted.length - 1) * fraction;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median, 10th and 90th percentiles (interpolated), fastest and slowest of some timings. */
export function summarize(samples) {
  const sorted = [...samples].sort((x, y) => x - y);
  return {
    runs: sorted.length,
    median: percentile(sorted, 0.5),
    p10: percentile(sorted, 0.1),
    p90: percentile(sorted, 0.9),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}
