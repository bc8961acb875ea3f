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
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
  }
}
