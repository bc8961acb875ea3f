import {
  cloneJson,
  isContainer,
  type JsonObject,
  type JsonSize,
  type JsonValue,
  measureJson,
  memberOf,
  setOwn,
} from './json-value.js';

/**
 * The document `applyPatch` changes in place: a copy of the caller's document that keeps its
 * shared references shared (so a value reaching one object by many paths costs its distinct
 * objects, not its paths), made safe to change by copy on write.
 *
 * Why it needs care: with `{ a: x, b: x }` copied as `{ a: x', b: x' }`, an operation on
 * `/a/...` that changed `x'` in place would change `/b/...` too. So every object that more
 * than one place may hold is in `shared`, and before an operation writes under a path, each
 * shared object along it is replaced by a shallow copy of its own. The copy's members are then
 * held by two containers (the copy and the original), so they join `shared` in turn: a path is
 * copied from its first shared object down, and never an object only one place holds.
 *
 * A `move` needs no marking: it takes a value out of one place and puts it in another, and a
 * container copied on the way out has already marked it shared.
 */
export class WorkingCopy {
  /** The document as patched so far. */
  root: JsonValue;
  /** Containers of the document that more than one place may hold. */
  private readonly shared = new Set<object>();

  /** Whether the document may hold an object in more than one place. */
  get hasSharedReferences(): boolean {
    return this.shared.size > 0;
  }

  /** `shared`: the objects `document` reaches by more than one path. */
  constructor(document: JsonValue, shared: ReadonlySet<object>) {
    this.root = cloneJson(document, shared, this.shared);
  }

  /**
   * A copy of `value` to put in the document, sharing nothing with it or with the document:
   * what `add` and `replace` insert. `shared`: the objects `value` reaches by more than one path.
   */
  build(value: JsonValue, shared: ReadonlySet<object>): JsonValue {
    return cloneJson(value, shared, this.shared);
  }

  /** What `copyOf(value)` would build, for a value in the document. */
  measureInside(value: JsonValue): JsonSize {
    return measureJson(value, this.shared);
  }

  /** A copy of `value`, a value in the document: what `copy` inserts. */
  copyOf(value: JsonValue): JsonValue {
    return cloneJson(value, this.shared, this.shared);
  }

  /**
   * Makes every container the operation writes to, or passes through, one that only this place
   * holds: the containers at `segments`, which must exist (the caller has located them).
   */
  makeWritable(segments: readonly string[]): void {
    let parent = this.root;
    for (const segment of segments) {
      if (!isContainer(parent)) return;
      let child: JsonValue | undefined = Array.isArray(parent)
        ? parent[Number(segment)]
        : parent[segment];
      if (!isContainer(child)) return;
      if (this.shared.has(child)) {
        child = this.ownCopy(child);
        if (Array.isArray(parent)) parent[Number(segment)] = child;
        else setOwn(parent, segment, child);
      }
      parent = child;
    }
  }

  /** A shallow copy; the members it shares with the original are marked as shared. */
  private ownCopy(container: JsonValue[] | JsonObject): JsonValue[] | JsonObject {
    let copy: JsonValue[] | JsonObject;
    if (Array.isArray(container)) {
      copy = container.slice();
    } else {
      copy = {};
      for (const key of Object.keys(container)) {
        setOwn(copy, key, memberOf(container, key));
      }
    }
    const members = Array.isArray(copy) ? copy : Object.values(copy);
    for (const member of members) if (isContainer(member)) this.shared.add(member);
    return copy;
  }
}
