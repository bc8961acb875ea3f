import { DraftdiffError } from './errors.js';
import { describePath, encodePointer, pathOfLink } from './pointer.js';

/** How many containers `findUnreadable` visits before it gives up (it runs only after a failure). */
const VISIT_BUDGET = 1_000_000;

/** How many guarded calls are running (public functions that call one another). */
let depth = 0;

/**
 * Runs the body of the public function `caller` on `args`, so that an argument that cannot be
 * read (a getter that throws, a proxy whose trap throws, a revoked proxy) gives a
 * `DraftdiffError` with code `INVALID_ARGUMENT` naming the argument and the JSON Pointer of the
 * spot, not the getter's own error or V8's `TypeError`. The caller's error is the `cause`.
 *
 * Only a failure pays: the arguments are walked (without recursion, each container once) after
 * something other than a draftdiff error was thrown, to find out whether the input is to blame.
 * When every part of them reads cleanly the error is draftdiff's own and is rethrown as it is,
 * so a bug is never disguised as bad input.
 */
export function guardCall<T>(caller: string, args: readonly unknown[], run: () => T): T {
  // Public functions call one another (parseDraft calls resolveLimits): only the outermost
  // guard walks, so the message names the function the caller called, with the full path.
  if (depth > 0) return run();
  depth++;
  try {
    return run();
  } catch (error) {
    if (error instanceof DraftdiffError) throw error;
    const spot = findUnreadable(args);
    if (spot === undefined) throw error;
    const at = spot.path.length === 0 ? '' : ` at ${describePath(spot.path)}`;
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: argument ${spot.argument + 1}${at} could not be read (a getter or proxy failed)`,
      { path: encodePointer(spot.path), cause: error },
    );
  } finally {
    depth--;
  }
}

/** The first place in `values` where reading throws: which value, and the path inside it. */
export function findUnreadable(
  values: readonly unknown[],
): { argument: number; path: (string | number)[] } | undefined {
  type Frame = { value: object; parent: Frame | undefined; segment: string | number };
  const seen = new Set<object>();
  for (let argument = 0; argument < values.length; argument++) {
    const root = values[argument];
    if (typeof root !== 'object' || root === null) continue;
    const stack: Frame[] = [{ value: root, parent: undefined, segment: '' }];
    for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      if (seen.has(frame.value)) continue;
      if (seen.size >= VISIT_BUDGET) return undefined;
      seen.add(frame.value);
      // The key being read when reading failed; undefined while the container itself is probed.
      let reading: string | number | undefined;
      try {
        const container = frame.value;
        Object.getPrototypeOf(container);
        const keys: (string | number)[] = Array.isArray(container)
          ? Array.from({ length: container.length }, (_, index) => index)
          : Object.keys(container);
        for (const key of keys) {
          reading = key;
          const child: unknown = Reflect.get(container, key);
          if (typeof child === 'object' && child !== null) {
            stack.push({ value: child, parent: frame, segment: key });
          }
        }
      } catch {
        const path = pathOfLink(frame);
        if (reading !== undefined) path.push(reading);
        return { argument, path };
      }
    }
  }
  return undefined;
}
