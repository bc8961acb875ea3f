import { DraftdiffError } from '../model/errors.js';
import { encodePointer } from './pointer.js';

/**
 * Walks a value without recursion and fails on what a recursive reader (zod, JSON.stringify)
 * would choke on: nesting deeper than `maxDepth` (a stack overflow) and cycles (a hang).
 * Everything else is left to the schema, which names the path.
 */
export function inspectJson(value: unknown, maxDepth: number, file?: string): void {
  // Each frame is a container and the path segments leading to it; `exit` frames pop the
  // container off the ancestor set so that shared (acyclic) references stay legal.
  type Frame = { value: object; path: (string | number)[]; exit: boolean };
  const ancestors = new Set<object>();
  const stack: Frame[] = [];
  if (typeof value === 'object' && value !== null) stack.push({ value, path: [], exit: false });
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      ancestors.delete(frame.value);
      continue;
    }
    if (ancestors.has(frame.value)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${prefix(file)}input has a cycle at ${encodePointer(frame.path) || '(root)'}`,
        { path: encodePointer(frame.path), file },
      );
    }
    if (frame.path.length >= maxDepth) {
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `${prefix(file)}input is nested deeper than ${maxDepth} levels at ${encodePointer(frame.path.slice(0, 8))}/...`,
        { path: encodePointer(frame.path), file },
      );
    }
    ancestors.add(frame.value);
    stack.push({ value: frame.value, path: frame.path, exit: true });
    // Indexes, not `map`: `map` skips the holes of a sparse array, which the schema then
    // reports as missing values at their own path.
    const entries: [string | number, unknown][] = Array.isArray(frame.value)
      ? Array.from({ length: frame.value.length }, (_, index) => [
          index,
          (frame.value as unknown[])[index],
        ])
      : Object.entries(frame.value);
    for (const [segment, child] of entries) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, path: [...frame.path, segment], exit: false });
      }
    }
  }
}

function prefix(file: string | undefined): string {
  return file === undefined ? '' : `${file}: `;
}
