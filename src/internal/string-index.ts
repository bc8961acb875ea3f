import { keepShape } from './keep-shape.js';
import { float64At, int32At, stringAt } from './read-at.js';

/**
 * A map from strings to positions for the hot lookups of a diff: the ids of 10,000 provisions
 * to pair, the ids and term keys of a draft to check for duplicates. A `Map` or `Set` of fresh
 * strings costs about 200 ns an operation there (growth and hashing), more than sorting them;
 * this open-addressed table hashes each string once (FNV-1a over its code units) and costs a
 * tenth of that. Answers are those of a `Map`: keys compare with `===`.
 *
 * Past `MAX_PROBES` for one key it hands everything to a `Map`, whose hash V8 seeds, so keys
 * built to collide (FNV-1a is public) cannot make it quadratic.
 */

const MAX_PROBES = 64;
/** FNV-1a's offset basis and prime (32-bit), shared by every FNV-1a hash of the project. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export class StringIndex {
  /**
   * By entry, the key (`count` of them). Sized with the table rather than grown by `push`:
   * past about 16,000 elements an array grown one push at a time costs five times as much
   * per element (each larger backing store is a fresh large object), the same for `Set`.
   */
  private keys: string[];
  private count = 0;
  /** By entry: its key's hash and its position (typed: a draft's ids fill them by the thousand). */
  private hashes: Int32Array;
  private positions: Float64Array;
  /** Entry + 1 by slot, 0 when empty. */
  private slots: Int32Array;
  private byKey: Map<string, number> | undefined;

  /** `expected`: about how many keys will be added (the table grows past it anyway). */
  constructor(expected = 8) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.keys = new Array<string>(size / 2);
    this.hashes = new Int32Array(size / 2);
    this.positions = new Float64Array(size / 2);
  }

  /** How many keys it holds. */
  get size(): number {
    return this.byKey?.size ?? this.count;
  }

  /** The position stored for `key`, or -1. */
  get(key: string): number {
    if (this.byKey !== undefined) return this.byKey.get(key) ?? -1;
    const hash = fnv1a(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const entry = int32At(this.slots, slot);
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === hash && this.keys[entry - 1] === key) {
        return float64At(this.positions, entry - 1);
      }
      slot = (slot + 1) & mask;
    }
    // Not within the probes an `add` would have used: absent (an add past them moved to the Map).
    return -1;
  }

  /** Stores `position` for `key` unless it is there already; false when it was. */
  add(key: string, position: number): boolean {
    return this.store(key, position, false);
  }

  /** Stores `position` for `key`, replacing what it had, as `Map.set` does. */
  set(key: string, position: number): void {
    this.store(key, position, true);
  }

  /** Adds `key`, or when it is there replaces its position if `replace`; false when it was. */
  private store(key: string, position: number, replace: boolean): boolean {
    if (this.byKey !== undefined) return storeInMap(this.byKey, key, position, replace);
    const hash = fnv1a(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const entry = int32At(this.slots, slot);
      if (entry === 0) {
        const added = this.count++;
        this.keys[added] = key;
        this.hashes[added] = hash;
        this.positions[added] = position;
        this.slots[slot] = added + 1;
        if (this.count * 2 >= this.slots.length) this.grow();
        return true;
      }
      if (this.hashes[entry - 1] === hash && this.keys[entry - 1] === key) {
        if (replace) this.positions[entry - 1] = position;
        return false;
      }
      slot = (slot + 1) & mask;
    }
    return storeInMap(this.moveToMap(), key, position, replace);
  }

  /** Moves every entry to a `Map`, which takes every operation from now on, and returns it. */
  private moveToMap(): Map<string, number> {
    const byKey = new Map<string, number>();
    for (let entry = 0; entry < this.count; entry++) {
      byKey.set(stringAt(this.keys, entry), float64At(this.positions, entry));
    }
    this.byKey = byKey;
    this.keys = [];
    this.count = 0;
    this.hashes = new Int32Array(0);
    this.positions = new Float64Array(0);
    this.slots = new Int32Array(0);
    return byKey;
  }

  /** Doubles the slots, keeping at most one entry per two slots (and room for the next). */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length / 2);
    hashes.set(this.hashes);
    const positions = new Float64Array(slots.length / 2);
    positions.set(this.positions);
    const keys = new Array<string>(slots.length / 2);
    for (let entry = 0; entry < this.count; entry++) keys[entry] = stringAt(this.keys, entry);
    this.hashes = hashes;
    this.positions = positions;
    this.keys = keys;
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = int32At(this.hashes, entry) & mask;
      for (let probe = 0; slots[slot] !== 0; probe++) {
        if (probe >= MAX_PROBES) {
          this.moveToMap();
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
    this.slots = slots;
  }
}

/** `StringIndex.store` once the keys have moved to `byKey`. */
function storeInMap(
  byKey: Map<string, number>,
  key: string,
  position: number,
  replace: boolean,
): boolean {
  const present = byKey.has(key);
  if (!present || replace) byKey.set(key, position);
  return !present;
}

/** FNV-1a over the code units of `key`, as a signed 32-bit integer (as an `Int32Array` stores it). */
export function fnv1a(key: string): number {
  let hash = FNV_OFFSET | 0;
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), FNV_PRIME);
  }
  return hash;
}

keepShape(new StringIndex(0));
