import { type AlignOptions, alignTrees, readAlignOptions, settingsOf } from '../align/index.js';
import { guardCall } from '../internal/guard-call.js';
import { toNfc } from '../internal/nfc.js';
import type { DraftInput } from '../model/draft.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseDraft } from '../model/parse-draft.js';
import { casingOfDrafts } from './casing.js';
import type { DraftDiff } from './change.js';
import { type Context, compareOrdered, countChanges, DRAFT_SLOT, inOrder } from './diff-context.js';
import { diffMetadata } from './diff-metadata.js';
import { diffEntries } from './diff-provisions.js';
import { diffLeftoverTerms, diffPairTerms } from './diff-term-sites.js';
import { isImportedDraft } from './imported-draft.js';

/** Options of `diffDrafts`. */
export interface DiffOptions extends AlignOptions {
  /** Limits on input size and on the word diff of one clause; see `Limits`. @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/**
 * The semantic difference between two versions of a document: provisions aligned (moves,
 * renumberings, splits and merges recognised), each reworded clause redlined word by word,
 * and typed term changes with deltas. A draft whose `coverage` is `partial` is silent on what
 * it does not mention: silence is never reported as a removal (nor, the other way round, as
 * an addition).
 *
 * Both inputs are validated with `parseDraft` (throwing `DraftValidationError`) and never
 * mutated; the changes share no objects with them. The same inputs always give the same
 * changes in the same order. Options that are not an object (`null` included) or an option of
 * the wrong type are a `DraftdiffError` `INVALID_ARGUMENT`.
 *
 * @example
 * const diff = diffDrafts(irishTimes, otherAccounts);
 * diff.changes.find((change) => change.kind === 'term.changed')?.summary;
 * // "Armed forces cap: at most 600,000 -> about 400,000 personnel (-33.3%)"
 */
export function diffDrafts(a: DraftInput, b: DraftInput, options: DiffOptions = {}): DraftDiff {
  return guardCall('diffDrafts', [a, b, options], () => {
    // `null` is refused like any other options that are not an object, as `parseDraft` does.
    readAlignOptions(options, 'diffDrafts');
    const limits = resolveLimits(options.limits);
    const before = parseDraft(a, { file: 'old draft', limits });
    const after = parseDraft(b, { file: 'new draft', limits });
    const normalizeForm = options.normalize ?? 'NFC';
    const context: Context = {
      before,
      after,
      tree: alignTrees(before.provisions, after.provisions, settingsOf(options)),
      limits,
      normalize: normalizeForm === 'NFC' ? toNfc : (text) => text,
      changes: [],
      nextSlot: 0,
      leftoverBefore: [],
      leftoverAfter: [],
      imported: { before: isImportedDraft(before), after: isImportedDraft(after) },
      tokens: undefined,
      casing: casingOfDrafts([before, after]),
    };

    diffMetadata(context);
    diffEntries(context, context.tree.top);
    // The two drafts are the pair of their own terms, so those match as an aligned pair's do.
    // Left to the draft-wide matching, a term found in prose (with a `span`) never matched by
    // key, and a draft diffed with itself reported it removed and added.
    diffPairTerms(context, { terms: before.terms }, { terms: after.terms }, '', '', DRAFT_SLOT);
    diffLeftoverTerms(context);

    const emitted = context.changes;
    if (!inOrder(emitted)) emitted.sort(compareOrdered);
    const changes = emitted.map((ordered) => ordered.change);
    return { from: before.id, to: after.id, changes, stats: countChanges(changes) };
  });
}
