import { readField } from '../internal/describe-value.js';

// Values printed for a failure message: short, deterministic, on one line.

const MAX_STRING = 60;

/**
 * A short, deterministic literal: strings quoted and cut at 60 characters, arrays and objects
 * inline. Enough to read a value in a failure message, never a whole document.
 */
export function printValue(value: unknown, depth = 0): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === undefined || value === null) return String(value);
  if (typeof value !== 'object') return typeof value;
  if (depth >= 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 10).map((item) => printValue(item, depth + 1));
    if (value.length > 10) items.push(`… ${value.length - 10} more`);
    return `[${items.join(', ')}]`;
  }
  const entries = Object.keys(value).map(
    (field) => `${field}: ${printValue(readField(value, field), depth + 1)}`,
  );
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
