import { describeType } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { collectTerms } from './terms/collect-terms.js';
import {
  EXTRACTED_TERM_KINDS,
  type ExtractedTerm,
  type ExtractedTermKind,
  type ExtractTermsOptions,
} from './terms/extracted-term.js';

export { collectTerms } from './terms/collect-terms.js';
export {
  EXTRACTED_TERM_KINDS,
  type ExtractedTerm,
  type ExtractedTermKind,
  type ExtractTermsOptions,
  type TermLocation,
  type TermSpan,
} from './terms/extracted-term.js';

/**
 * Finds the typed terms stated in prose: quantities ("capped at 600,000 personnel"), money
 * ("$100bn"), durations ("within 100 days", "within thirty (30) days", "six months"), shares
 * ("50%", "fifty percent (50%)", "50:50", "half the profits") and dates ("20 November
 * 2025"), each with its `span` in `text` and the `context` around it. A condition written
 * before or after the figure ("In peacetime, ... capped at 800,000") is the term's condition.
 * Not figures: references ("Sections 2.1 or 2.2", "Article 5", "§ 3"), versions ("version
 * 2.0"), citations ("48 C.F.R. 2.101"), addresses ("51 Franklin Street"), names ("G8",
 * "F-16"), years ("in 2025", "Copyright (c) 2007"), list numbers ("1." at the start of a
 * line), times ("10:30"), phone numbers and postcodes.
 *
 * A key is `kind[.unit][.subject]`: the unit only for quantities (what is counted), the
 * subject the noun that says what the figure measures (nearest before it in its clause,
 * verbs passed over, else the head of the phrase after it), so the same clause rewritten
 * keeps its key; repeats get `.2`, `.3`, ... in reading order. Never throws for a string;
 * linear in its length.
 *
 * @example
 * extractTerms('The army will be capped at 600,000 personnel in peacetime.');
 * // [{ key: 'quantity.personnel.army', kind: 'quantity', value: 600000, unit: 'personnel',
 * //    bound: 'at-most', condition: 'in peacetime', span: { start: 17, end: 44 }, context: ... }]
 */
export function extractTerms(text: string, options: ExtractTermsOptions = {}): ExtractedTerm[] {
  return guardCall('extractTerms', [text, options], () => {
    if (typeof text !== 'string') {
      throw new DraftdiffError(
        'INVALID_TEXT',
        `extractTerms expects a string, got ${describeType(text)}`,
      );
    }
    return collectTerms(text, resolveKinds(options), new Map());
  });
}

/** The kinds asked for, checked. */
function resolveKinds(options: ExtractTermsOptions): ReadonlySet<ExtractedTermKind> {
  if (typeof options !== 'object' || options === null) {
    throw new DraftdiffError('INVALID_ARGUMENT', 'options must be an object');
  }
  const kinds = options.kinds ?? EXTRACTED_TERM_KINDS;
  if (!Array.isArray(kinds) || kinds.some((kind) => !EXTRACTED_TERM_KINDS.includes(kind))) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `kinds must be an array of ${EXTRACTED_TERM_KINDS.join(', ')}`,
    );
  }
  return new Set(kinds);
}
