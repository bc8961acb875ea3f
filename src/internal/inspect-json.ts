import { fieldOf } from './describe-value.js';
import { DraftdiffError } from './errors.js';
import { describePath, encodePointer, pathOfLink } from './pointer.js';

/**
 * Walks a value without recursion and fails on what a recursive reader (zod, JSON.stringify)
 * would choke on: nesting deeper than `maxDepth` (a stack overflow), cycles (a hang), and
 * objects that are not plain (a `Date`, a `Map`, a class instance: the schema would read their
 * own fields, or none, and report something misleading). Everything else is left to the
 * schema, which names the path.
 *
 * Frames link to their parent rather than carry their path: copying the path into every frame
 * costs memory quadratic in the depth (at 100,000 levels, allowed by a raised `maxDepth`, more
 * than the heap holds).
 *
 * An object reached again by another path (a shared reference) is walked again only when
 * reached deeper than before, where its contents could now be too deep: so the walk costs the
 * distinct objects (times at most `maxDepth`), never the paths, which double with each level
 * of `{ a: x, b: x }`. Only objects holding `REMEMBER_FROM` containers or more are remembered
 * (a smaller one is walked again, at a cost below that), which keeps the memory small: a
 * record of every container would make the walk of 150,000 rows about three times slower.
 */
export function inspectJson(value: unknown, maxDepth: number, file?: string): void {
  // `exit` frames pop the container off the ancestor set so that shared (acyclic) references
  // stay legal.
  type Frame = {
    value: object;
    parent: Frame | undefined;
    segment: string | number;
    depth: number;
    exit: boolean;
    /** In an exit frame (0 in others): how many containers had been visited, this one included. */
    visitsBefore: number;
  };
  const ancestors = new Set<object>();
  /** The deepest level at which each large container was walked to the end without a problem. */
  const walkedAt = new Map<object, number>();
  let visits = 0;
  const stack: Frame[] = [];
  if (typeof value === 'object' && value !== null) {
    stack.push({ value, parent: undefined, segment: '', depth: 0, exit: false, visitsBefore: 0 });
  }
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.exit) {
      ancestors.delete(frame.value);
      // Walked again only from deeper down, so this depth is the deepest yet.
      if (visits - frame.visitsBefore >= REMEMBER_FROM) {
        walkedAt.set(frame.value, frame.depth);
      }
      continue;
    }
    if (ancestors.has(frame.value)) {
      const path = pathOfLink(frame);
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${prefix(file)}input has a cycle at ${describePath(path)}`,
        { path: encodePointer(path), file },
      );
    }
    if ((walkedAt.get(frame.value) ?? -1) >= frame.depth) continue;
    visits++;
    if (frame.depth >= maxDepth) {
      const path = pathOfLink(frame);
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `${prefix(file)}input is nested deeper than ${maxDepth} levels at ${describePath(path)}`,
        { path: encodePointer(path), file },
      );
    }
    try {
      visit(frame);
    } catch (error) {
      if (error instanceof DraftdiffError) throw error;
      // A getter or a proxy trap threw (or a proxy was revoked): the input cannot be read.
      const path = pathOfLink(frame);
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${prefix(file)}${describePath(path)} could not be read (a getter or proxy failed)`,
        { path: encodePointer(path), file, cause: error },
      );
    }
  }

  /** Checks one container and pushes its children (reading them runs the input's getters). */
  function visit(frame: Frame): void {
    const kind = nonPlainKind(frame.value);
    if (kind !== undefined) {
      const path = pathOfLink(frame);
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${prefix(file)}${describePath(path)} is ${kind}, not a plain object, array or JSON value`,
        { path: encodePointer(path), file },
      );
    }
    ancestors.add(frame.value);
    stack.push({ ...frame, exit: true, visitsBefore: visits });
    const depth = frame.depth + 1;
    if (Array.isArray(frame.value)) {
      // Indexes, not `map`: `map` skips the holes of a sparse array, which the schema then
      // reports as missing values at their own path.
      const items: readonly unknown[] = frame.value;
      for (let index = items.length - 1; index >= 0; index--) {
        const child = items[index];
        if (typeof child === 'object' && child !== null) {
          stack.push({
            value: child,
            parent: frame,
            segment: index,
            depth,
            exit: false,
            visitsBefore: 0,
          });
        }
      }
    } else {
      // Pushed last to first, so that they are walked first to last.
      for (const [segment, child] of Object.entries(frame.value).reverse()) {
        if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, parent: frame, segment, depth, exit: false, visitsBefore: 0 });
        }
      }
    }
  }
}

/**
 * How many containers an object must hold (at any depth) for a walk to remember it once it is
 * walked. Below this, walking it again costs less than remembering every such object would.
 */
export const REMEMBER_FROM = 32;

/** `an instance of Date`, `an instance of Map`...; undefined for arrays and plain objects. */
function nonPlainKind(value: object): string | undefined {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    // An array made with `Object.create(Array.prototype)` is not one (`Array.isArray` is false),
    // so only a subclass instance gets here.
    if (prototype === Array.prototype) return undefined;
  } else if (prototype === Object.prototype || prototype === null) {
    return undefined;
  }
  const name = fieldOf(fieldOf(prototype, 'constructor'), 'name');
  return typeof name === 'string' && name !== ''
    ? `an instance of ${name}`
    : 'an instance of a class';
}

function prefix(file: string | undefined): string {
  return file === undefined ? '' : `${file}: `;
}
