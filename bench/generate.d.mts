// Types of the parts of generate.mjs the tests use.

import type { DraftInput } from '../src/index.js';

/** The edit scenarios `generatePair` knows, in the order the bench reports them. */
export const SCENARIOS: readonly string[];
/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number;
/** A generated draft and an edit of it by `scenario`, sharing no objects. */
export function generatePair(
  size: number,
  scenario: string,
  seed?: number,
  editSeed?: number,
): { before: DraftInput; after: DraftInput };
