import type { Draft } from '../model/draft.js';

/**
 * Whether a draft was imported from plain text (`fromText`): every top-level provision has a
 * positional id. Such a draft states figures only (the terms text import finds) and no titles
 * of its own; its terms' keys are guesses. Safe on drafts that skipped validation.
 */
export function isImportedDraft(draft: Draft): boolean {
  const provisions: unknown = draft.provisions;
  return (
    Array.isArray(provisions) &&
    provisions.length > 0 &&
    provisions.every(
      (provision: unknown) =>
        typeof provision === 'object' &&
        provision !== null &&
        'positional' in provision &&
        provision.positional === true,
    )
  );
}
