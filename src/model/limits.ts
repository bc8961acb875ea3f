/**
 * Limits that keep draftdiff bounded on hostile or huge input. Each has a safe default; when
 * one is hit the call fails with a `DraftdiffError` of code `LIMIT_EXCEEDED`, or (for the
 * word-diff budget) degrades deterministically to a coarse whole-clause rewording.
 */
export interface Limits {
  /** Deepest nesting of arrays and objects in any JSON input. @defaultValue 200 */
  maxDepth: number;
  /** Most provisions (sub-points included) in one draft. @defaultValue 200000 */
  maxProvisions: number;
  /** Longest clause text, in UTF-16 code units. @defaultValue 1000000 */
  maxTextLength: number;
  /** Largest word-level edit script (in tokens) before a clause is redlined as a whole. @defaultValue 2000 */
  maxEditLength: number;
}

/** The defaults of every limit. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 200,
  maxProvisions: 200_000,
  maxTextLength: 1_000_000,
  maxEditLength: 2_000,
});

/** Fills the limits a caller left out with the defaults. */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}
