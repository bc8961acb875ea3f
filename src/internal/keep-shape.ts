/**
 * Instances held for the life of the library, one per hot class (see `keepShape`). A `Set`,
 * whose `add` bundlers keep: an array that is only pushed to is dropped by tree shaking.
 */
const kept = new Set<object>();

/**
 * Holds `instance` for as long as the library is loaded and returns it.
 *
 * Why: V8 keeps the hidden class (the "map") of a class's instances only while something refers
 * to it. Once a full garbage collection finds no instance left, the map goes, and every
 * optimised function specialised to it is thrown away ("weak objects" deoptimisation) and runs
 * in the interpreter until it warms up again. A process that diffs now and then, with
 * collections in between (a server, a watcher, a test suite), would pay that on every diff.
 * One small instance of each class the alignment builds per call keeps the maps, and with them
 * the optimised code. Call it at module level, with an instance built from empty input.
 */
export function keepShape<T extends object>(instance: T): T {
  kept.add(instance);
  return instance;
}
