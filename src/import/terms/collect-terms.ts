/**
 * The terms of one text: find the figures, complete each into a term from the words around
 * it, keep the kinds asked for, and make the keys unique.
 */

import { completeTerm } from './complete-term.js';
import type { ExtractedTerm, ExtractedTermKind } from './extracted-term.js';
import { findFigures } from './find-figures.js';
import { uniqueKey } from './term-key.js';

/**
 * The terms of `text`, with keys made unique against (and recorded in) `seenKeys`, so that a
 * caller extracting several texts of one draft gets keys unique across all of them.
 */
export function collectTerms(
  text: string,
  kinds: ReadonlySet<ExtractedTermKind>,
  seenKeys: Map<string, number>,
): ExtractedTerm[] {
  const findings = findFigures(text);
  const terms: ExtractedTerm[] = [];
  findings.forEach((finding, index) => {
    // Look around each figure only as far as its neighbours, so words are not shared.
    const floor = findings[index - 1]?.extentEnd ?? 0;
    const ceiling = findings[index + 1]?.start ?? text.length;
    const term = completeTerm(text, finding, { floor, ceiling });
    if (!kinds.has(term.kind)) return;
    term.key = uniqueKey(term.key, seenKeys);
    terms.push(term);
  });
  return terms;
}
