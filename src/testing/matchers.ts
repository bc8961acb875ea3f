import type { DraftDiff } from '../diff/change.js';
import { guardCall } from '../internal/guard-call.js';
import { describeChange } from './describe-change.js';
import { checkDiff, describeExpected, type ExpectedChange } from './expected-change.js';
import { type ChangeMatch, findClosestChanges } from './match-change.js';

/** The part of a test runner's matcher context these matchers read (vitest and Jest both pass it as `this`). */
export interface MatcherContext {
  /** True under `expect(...).not`. */
  isNot?: boolean;
}

/** What a matcher returns to vitest or Jest. */
export interface MatcherResult {
  /** Whether the received value meets the expectation. */
  pass: boolean;
  /** The failure message, built only when needed. */
  message: () => string;
}

/** How many near misses a failure message lists. */
const CLOSEST = 3;

/**
 * The `toHaveChange` and `toHaveNoChanges` matchers as plain functions, independent of any test
 * runner: vitest users import `draftdiff/vitest`, which registers them; Jest users call
 * `expect.extend(changeMatchers)`.
 */
export const changeMatchers = {
  /**
   * Passes when the diff has a change matching `expected`. On failure, the message lists the
   * closest changes found and what differs in each.
   */
  toHaveChange(
    this: MatcherContext | undefined,
    received: unknown,
    expected: ExpectedChange,
  ): MatcherResult {
    return guardCall('toHaveChange', [received, expected], () => {
      const diff = checkDiff(received, 'toHaveChange');
      const closest = findClosestChanges(diff, expected, CLOSEST);
      const matching = findClosestChanges(diff, expected, diff.changes.length).filter(
        (match) => match.mismatches.length === 0,
      );
      const wanted = describeExpected(expected);
      if (matching.length > 0) {
        return {
          pass: true,
          message: () =>
            [
              `expected the diff ${nameOf(diff)} not to have a change matching`,
              `  ${wanted}`,
              `but found ${count(matching.length, 'change')}:`,
              ...listChanges(matching.slice(0, CLOSEST), false),
            ].join('\n'),
        };
      }
      return {
        pass: false,
        message: () =>
          [
            `expected the diff ${nameOf(diff)} to have a change matching`,
            `  ${wanted}`,
            diff.changes.length === 0
              ? 'but it has no changes.'
              : `but none of its ${count(diff.changes.length, 'change')} matches. Closest:`,
            ...listChanges(closest, true),
          ].join('\n'),
      };
    });
  },

  /** Passes when the diff has no changes at all; on failure, lists the first few it has. */
  toHaveNoChanges(this: MatcherContext | undefined, received: unknown): MatcherResult {
    return guardCall('toHaveNoChanges', [received], () => {
      const diff = checkDiff(received, 'toHaveNoChanges');
      const found = diff.changes.slice(0, CLOSEST).map((change) => ({ change, mismatches: [] }));
      const more = diff.changes.length - found.length;
      return {
        pass: diff.changes.length === 0,
        message: () =>
          diff.changes.length === 0
            ? `expected the diff ${nameOf(diff)} to have changes, but it has none.`
            : [
                `expected the diff ${nameOf(diff)} to have no changes, but it has ${count(diff.changes.length, 'change')}:`,
                ...listChanges(found, false),
                ...(more > 0 ? [`  … and ${more} more`] : []),
              ].join('\n'),
      };
    });
  },
};

function listChanges(matches: readonly ChangeMatch[], withMismatches: boolean): string[] {
  return matches.flatMap((match, index) => [
    `  ${index + 1}. ${describeChange(match.change)}`,
    ...(withMismatches && match.mismatches.length > 0
      ? [`     differs in ${match.mismatches.join('; ')}`]
      : []),
  ]);
}

function nameOf(diff: DraftDiff): string {
  return `${String(diff.from)} -> ${String(diff.to)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
