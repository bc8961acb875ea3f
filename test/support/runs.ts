/**
 * The fast-check settings every law uses, so one variable scales them all:
 *
 * - `seed`: fixed (42), so a failure reproduces on every machine; `FC_SEED` overrides it to
 *   explore other cases (`FC_SEED=7 npm run test:soak`).
 * - `numRuns`: 200 in `npm test`; `FC_NUM_RUNS` overrides it (`npm run test:soak` sets
 *   20,000).
 *
 * `fc.assert(property, RUNS)`; for a law whose every run is slow, `runsScaled(0.1)` keeps a
 * fixed share of the runs (at least one).
 */

/** A whole number of at least 1 from the environment, or the default; anything else is a mistake worth failing on. */
function fromEnvironment(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** The settings of one `fc.assert`. */
export interface Runs {
  /** The seed of the random generator. */
  seed: number;
  /** How many cases to try. */
  numRuns: number;
}

/** Seed 42 (or `FC_SEED`) and 200 runs (or `FC_NUM_RUNS`). */
export const RUNS: Readonly<Runs> = Object.freeze({
  seed: fromEnvironment('FC_SEED', 42),
  numRuns: fromEnvironment('FC_NUM_RUNS', 200),
});

/** `RUNS` with `share` (0..1) of the runs, at least one: for laws whose runs are expensive. */
export function runsScaled(share: number): Runs {
  return { seed: RUNS.seed, numRuns: Math.max(1, Math.round(RUNS.numRuns * share)) };
}
