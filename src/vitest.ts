/**
 * `draftdiff/vitest`: importing this module registers the `toHaveChange` and `toHaveNoChanges`
 * matchers with vitest's `expect` (a side effect, and the reason this entry point exists).
 *
 * @example
 * import 'draftdiff/vitest';
 * expect(diffDrafts(a, b)).toHaveChange({ key: 'armed-forces.personnel-cap', from: 600000, to: 400000 });
 */
import { expect } from 'vitest';
import type { ExpectedChange } from './testing/expected-change.js';
import { changeMatchers } from './testing/matchers.js';

expect.extend(changeMatchers);

export type { ExpectedChange } from './testing/expected-change.js';
export type { MatcherContext, MatcherResult } from './testing/matchers.js';
export { changeMatchers };

/** The matchers as they read on an assertion. */
interface ChangeAssertions<R = unknown> {
  /** Asserts that the diff has a change matching `expected` (see `ExpectedChange`). */
  toHaveChange(expected: ExpectedChange): R;
  /** Asserts that the diff has no changes at all. */
  toHaveNoChanges(): R;
}

// scripts/import-vitest-types.mjs puts `import 'vitest'` back into the built declarations, which
// this block needs to merge in a consumer's project.
declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration exactly.
  interface Assertion<T = any> extends ChangeAssertions<T> {}
  interface AsymmetricMatchersContaining extends ChangeAssertions {}
}
