/** How the drafts that state a key relate: all the same, not all the same, or only one states it. */
export type Agreement = 'agree' | 'disagree' | 'single';

/** Every agreement, in the order legends list them (for validating a `--only` flag). */
export const AGREEMENTS = ['disagree', 'agree', 'single'] as const satisfies readonly Agreement[];
