import type { Provision } from '../model/provision.js';
import type { AlignSettings } from './alignment-state.js';

/** Options of `alignDrafts`, `alignProvisions` and `diffDrafts`. */
export interface AlignOptions {
  /**
   * Minimum similarity (0..1) to pair two provisions anywhere in the document, and across
   * levels (a point that became a sub-point). @defaultValue 0.5
   */
  rewordThreshold?: number;
  /**
   * Minimum similarity (0..1) to pair provisions that sit between the same two pairs that kept
   * their order, where document order makes the pairing likely (0.3 of it when exactly one
   * provision on each side sits there), and of a split or merge with its parts. Half of it is
   * the least similarity of two provisions that are each other's clear best match anywhere; a
   * match found by similarity that is out of order and below it is dropped. @defaultValue 0.15
   */
  gapThreshold?: number;
  /** Unicode normalisation applied before texts are compared. @defaultValue 'NFC' */
  normalize?: 'NFC' | 'none';
  /**
   * Your own measure of how alike two provisions are, 0..1, in place of the built-in one (the
   * rarity-weighted overlap of their stemmed words, sub-points included): for example the
   * cosine similarity of sentence embeddings you computed beforehand. It is called only for
   * candidate pairs (never all against all) and must be deterministic; a value outside 0..1 is
   * an `INVALID_ARGUMENT` error. The diff is symmetric only if your measure is.
   * @defaultValue the built-in measure
   */
  similarity?: (before: Provision, after: Provision) => number;
}

/** The settings an alignment runs with: `options` (already checked) with defaults applied. */
export function settingsOf(options: AlignOptions): AlignSettings {
  return {
    rewordThreshold: options.rewordThreshold ?? 0.5,
    gapThreshold: options.gapThreshold ?? 0.15,
    normalize: options.normalize ?? 'NFC',
    scorer: options.similarity,
  };
}
