import type { JsonValue } from './json-value.js';

/** Adds `value` at `path`: a new member, an array element inserted before `path`, or the whole document at `""`. */
export interface AddOperation {
  /** The operation name. */
  op: 'add';
  /** JSON Pointer (RFC 6901) of the place to add at; `-` as the last segment appends to an array. */
  path: string;
  /** The value to add. */
  value: JsonValue;
}

/** Removes the value at `path`, which must exist. */
export interface RemoveOperation {
  /** The operation name. */
  op: 'remove';
  /** JSON Pointer (RFC 6901) of the value to remove. */
  path: string;
}

/** Replaces the value at `path`, which must exist, with `value`. */
export interface ReplaceOperation {
  /** The operation name. */
  op: 'replace';
  /** JSON Pointer (RFC 6901) of the value to replace; `""` is the whole document. */
  path: string;
  /** The new value. */
  value: JsonValue;
}

/** Moves the value at `from` to `path`: a remove followed by an add. */
export interface MoveOperation {
  /** The operation name. */
  op: 'move';
  /** JSON Pointer (RFC 6901) of the value to move; not a proper prefix of `path`. */
  from: string;
  /** JSON Pointer (RFC 6901) of where it goes, read after the value has been removed. */
  path: string;
}

/** Copies the value at `from` to `path`. */
export interface CopyOperation {
  /** The operation name. */
  op: 'copy';
  /** JSON Pointer (RFC 6901) of the value to copy. */
  from: string;
  /** JSON Pointer (RFC 6901) of where the copy goes. */
  path: string;
}

/** Fails the whole patch unless the value at `path` equals `value`. */
export interface TestOperation {
  /** The operation name. */
  op: 'test';
  /** JSON Pointer (RFC 6901) of the value to check. */
  path: string;
  /** The value it must equal (objects compare regardless of key order). */
  value: JsonValue;
}

/** One RFC 6902 operation, discriminated on `op`. */
export type JsonPatchOperation =
  | AddOperation
  | RemoveOperation
  | ReplaceOperation
  | MoveOperation
  | CopyOperation
  | TestOperation;

/** The six operation names of RFC 6902, section 4. */
export const JSON_PATCH_OPERATION_NAMES = [
  'add',
  'remove',
  'replace',
  'move',
  'copy',
  'test',
] as const;

/** Whether `op` names one of the six operations. */
export function isOperationName(op: unknown): op is JsonPatchOperation['op'] {
  return JSON_PATCH_OPERATION_NAMES.some((name) => name === op);
}
