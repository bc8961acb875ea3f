/** JSON Pointers (RFC 6901), built and read in one place. */

/** Encodes path segments as a JSON Pointer: `['provisions', 5, 'a/b']` gives `/provisions/5/a~1b`. */
export function encodePointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) {
    // Indexes and plain names (nearly every segment) need no escaping: skip the two scans.
    if (typeof segment === 'number') pointer += `/${segment}`;
    else if (!segment.includes('~') && !segment.includes('/')) pointer += `/${segment}`;
    // RFC 6901 section 3: "~" must be escaped before "/", or "/" would turn into "~01".
    else pointer += `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return pointer;
}

/** `pointer` extended by `segments`: `appendPointer('/provisions/2', 'terms', 0)` gives `/provisions/2/terms/0`. */
export function appendPointer(pointer: string, ...segments: readonly (string | number)[]): string {
  return pointer + encodePointer(segments);
}

/**
 * Decodes a JSON Pointer into its segments; `""` is the root (no segments). `undefined` for a
 * string that is not one: not empty and not starting with `/`, or a `~` not followed by `0` or `1`.
 */
export function decodePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~(?![01])/.test(pointer)) return undefined;
  // RFC 6901 section 4: decode "~1" before "~0", or "~01" would become "/".
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** How many segments of a path an error message spells out before `/...`. */
const SEGMENTS_IN_MESSAGE = 8;

/** A pointer for a message: `(root)`, or at most the first segments, then `/...`. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  const shown = encodePointer(path.slice(0, SEGMENTS_IN_MESSAGE));
  return path.length > SEGMENTS_IN_MESSAGE ? `${shown}/...` : shown;
}

/** A step of an iterative walk that links to its parent instead of carrying its whole path. */
export interface PathLink {
  parent: PathLink | undefined;
  segment: string | number;
}

/** The segments from the root to `link` (the root's own segment is not part of the path). */
export function pathOfLink(link: PathLink): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let at: PathLink | undefined = link; at?.parent !== undefined; at = at.parent) {
    segments.push(at.segment);
  }
  return segments.reverse();
}
