import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { readOptions } from '../internal/options.js';
import type { AlignOptions } from './align-options.js';

/**
 * The arguments of `alignProvisions` (and the alignment options of `diffDrafts`), checked at the
 * entry so that a wrong type is a `DraftdiffError` `INVALID_ARGUMENT` naming the function, the
 * argument and what it got, not a `TypeError` mid-alignment. Internal: not exported from the
 * package.
 */

/**
 * `options` as `readOptions` checks it, and each alignment option, when given, of its type: a
 * threshold a number from 0 to 1 (a typo such as `50` would otherwise disable pairing silently),
 * `normalize` one of its two values, `similarity` a function.
 */
export function readAlignOptions<T extends AlignOptions>(
  options: T | undefined,
  caller: string,
): Partial<T> {
  const checked = readOptions(options, caller);
  checkThreshold(checked.rewordThreshold, caller, 'rewordThreshold');
  checkThreshold(checked.gapThreshold, caller, 'gapThreshold');
  const { normalize } = checked;
  if (normalize !== undefined && normalize !== 'NFC' && normalize !== 'none') {
    throw invalid(caller, 'options.normalize must be "NFC" or "none"', normalize);
  }
  const { similarity } = checked;
  if (similarity !== undefined && typeof similarity !== 'function') {
    throw invalid(caller, 'options.similarity must be a function when given', similarity);
  }
  return checked;
}

/**
 * A list of provisions as alignment reads it: an array of objects, each with a string `text`
 * and, when it has one, a string `title`. One loop of type checks, no walk into the provisions:
 * `diffDrafts` calls this for every list it aligns.
 */
export function checkProvisions(value: unknown, caller: string, name: string): void {
  if (!Array.isArray(value)) throw invalid(caller, `${name} must be an array of provisions`, value);
  for (let index = 0; index < value.length; index++) {
    const provision: unknown = value[index];
    if (typeof provision !== 'object' || provision === null || Array.isArray(provision)) {
      throw invalid(caller, `${name}[${index}] must be a provision object`, provision);
    }
    const { text, title }: { text?: unknown; title?: unknown } = provision;
    if (typeof text !== 'string') {
      throw invalid(caller, `${name}[${index}].text must be a string`, text);
    }
    if (title !== undefined && typeof title !== 'string') {
      throw invalid(caller, `${name}[${index}].title must be a string when given`, title);
    }
  }
}

function checkThreshold(value: unknown, caller: string, name: string): void {
  if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1)) {
    throw invalid(caller, `options.${name} must be a number from 0 to 1`, value);
  }
}

function invalid(caller: string, must: string, got: unknown): DraftdiffError {
  return new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: ${must}, got ${describeValue(got, 40)}`,
  );
}
