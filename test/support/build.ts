import type { DraftInput, ProvisionInput, TermInput } from '../../src/index.js';

/** A provision numbered by its position, with an id derived from the number unless given. */
export function point(
  number: number | string,
  text: string,
  extra: Partial<ProvisionInput> = {},
): ProvisionInput {
  return { id: `p${number}`, number: String(number), text, ...extra };
}

/** A draft with the given provisions and sensible metadata. */
export function draftOf(
  id: string,
  provisions: ProvisionInput[],
  extra: Partial<DraftInput> = {},
): DraftInput {
  return { id, title: 'Framework', provisions, ...extra };
}

/** Renumbers provisions 1..n in order (as an editor does after deleting or moving one). */
export function renumber(provisions: ProvisionInput[]): ProvisionInput[] {
  return provisions.map((provision, index) => ({ ...provision, number: String(index + 1) }));
}

/** The armed forces cap as a quantity term. */
export function cap(value: number, extra: Partial<TermInput> = {}): TermInput {
  return {
    key: 'armed-forces.personnel-cap',
    label: 'Armed forces cap',
    kind: 'quantity',
    value,
    unit: 'personnel',
    ...extra,
  } as TermInput;
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A copy with the keys of every object in reverse order. */
export function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, child]) => [key, reverseKeys(child)]),
    ) as T;
  }
  return value;
}
