// The public API of src/patch: RFC 6902 JSON Patch for any JSON value, drafts included.

export { type ApplyPatchOptions, applyPatch } from './apply-patch.js';
export type {
  AddOperation,
  CopyOperation,
  JsonPatchOperation,
  MoveOperation,
  RemoveOperation,
  ReplaceOperation,
  TestOperation,
} from './json-patch-operation.js';
export type { JsonValue } from './json-value.js';
export { PatchError, type PatchErrorOptions } from './patch-error.js';
export { type ToJsonPatchOptions, toJsonPatch } from './to-json-patch.js';
