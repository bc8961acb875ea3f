// The public API of draftdiff, and nothing else. See DESIGN.md for the pipeline.

export type * from './diff/change.js';
export { CHANGE_KINDS } from './diff/change.js';
export * from './model/index.js';
