/**
 * A short, safe description of any value for an error message: a string quoted and cut, a
 * number or boolean as written, otherwise its type. Never calls the value's own `toString`
 * (`String(value)` throws for a symbol-keyed or null-prototype object and overflows the stack
 * for an array nested thousands deep). Internal: not exported from the package.
 */
export function describeValue(value: unknown, maxLength = 100): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > maxLength ? `${value.slice(0, maxLength)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : isArray(value) ? 'an array' : 'an object';
  }
}

/** The type of a value in a few words, for "expected a string, got ...": `null`, `an array`, else `typeof`. */
export function describeType(value: unknown): string {
  return value === null ? 'null' : isArray(value) ? 'an array' : typeof value;
}

/**
 * Whether `value` is an object that is not an array, its fields still unknown: what a JSON
 * object is, for reading input field by field.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Array.isArray`, false for a revoked proxy (on which `Array.isArray` throws). */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** `value?.[key]`: the field of an object or function, undefined for anything else. */
export function fieldOf(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') {
    return undefined;
  }
  const field: unknown = Reflect.get(value, key);
  return field;
}

/**
 * `value[key]` when `value` is an object whose field can be read; undefined otherwise, also when
 * a getter or a proxy trap throws. For the error classes, which must never fail to be made.
 */
export function readField(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const field: unknown = Reflect.get(value, key);
    return field;
  } catch {
    return undefined;
  }
}

/** Alternatives for "must be ...": `"a", "b" or "c"`. */
export function joinAlternatives(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** What a message says a value must be, by the type zod expected (`invalid_type`'s `expected`). */
export const TYPE_NOUNS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};
