/**
 * Completing a finding into a term: its key from the words around it (see `subject.ts` and
 * `term-key.ts`), its unit when a bare figure counts people under arms, and its context.
 */

import { contextOf } from './clause.js';
import type { ExtractedTerm } from './extracted-term.js';
import type { Finding } from './finding.js';
import type { Neighbourhood } from './neighbourhood.js';
import { subjectAfter, subjectBefore, subjectRightAfter } from './subject.js';
import { baseKey, keySegment } from './term-key.js';
import { labelOf, shareLabel } from './term-label.js';
import { PERSONNEL_UNIT, PERSONNEL_WORDS } from './vocabulary.js';

/** The term `finding` states, with its base key (not yet made unique). */
export function completeTerm(text: string, finding: Finding, around: Neighbourhood): ExtractedTerm {
  const span = { start: finding.start, end: finding.end };
  const named = labelOf(text, finding, around);
  const label = named === undefined ? {} : { label: named };
  const context = contextOf(text, finding.start, finding.extentEnd);
  const subject = (nounsOnly: boolean, skip?: { start: number; end: number }) =>
    subjectBefore(text, finding.start, { floor: around.floor, skip, nounsOnly }) ??
    subjectAfter(text, finding.extentEnd, around.ceiling);
  switch (finding.kind) {
    case 'quantity': {
      const found = subject(true, finding.condition);
      // A bare figure counts what its subject names, when that is people under arms.
      const unit =
        finding.unit ??
        (found !== undefined && PERSONNEL_WORDS.has(found) ? PERSONNEL_UNIT : 'units');
      return {
        key: baseKey('quantity', keySegment(unit, 1) ?? 'units', found),
        ...label,
        kind: 'quantity',
        value: finding.value,
        unit,
        bound: finding.bound,
        ...(finding.condition === undefined ? {} : { condition: finding.condition.text }),
        span,
        context,
      };
    }
    case 'money':
      return {
        key: baseKey('money', undefined, subject(true, finding.condition)),
        ...label,
        kind: 'money',
        amount: finding.amount,
        currency: finding.currency,
        bound: finding.bound,
        ...(finding.condition === undefined ? {} : { condition: finding.condition.text }),
        span,
        context,
      };
    case 'duration':
      return {
        key: baseKey(
          'duration',
          undefined,
          subjectRightAfter(text, finding.end, around.ceiling) ?? subject(false),
        ),
        ...label,
        kind: 'duration',
        value: finding.value,
        unit: finding.unit,
        bound: finding.bound,
        ...(finding.from === undefined ? {} : { from: finding.from }),
        span,
        context,
      };
    case 'share':
      return {
        key: baseKey('share', undefined, finding.ofHead ?? subject(true)),
        ...(finding.of === undefined ? label : { label: shareLabel(finding.of) }),
        kind: 'share',
        value: finding.value,
        bound: finding.bound,
        ...(finding.of === undefined ? {} : { of: finding.of }),
        ...(finding.ratio === undefined ? {} : { ratio: finding.ratio }),
        span,
        context,
      };
    case 'date':
      return {
        key: baseKey('date', undefined, subject(false)),
        ...label,
        kind: 'date',
        value: finding.value,
        span,
        context,
      };
  }
}
