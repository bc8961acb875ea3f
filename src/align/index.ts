// The entry of src/align: what the rest of the library may use. The public functions and
// their types, then the tree alignment the diff walks (node numbers, list entries), which is
// not part of the package's API.

export { readAlignOptions } from './align-arguments.js';
export {
  type AlignDraftsOptions,
  type AlignedMerge,
  type AlignedPair,
  type AlignedSplit,
  alignDrafts,
  type DraftAlignment,
} from './align-drafts.js';
export { type AlignOptions, settingsOf } from './align-options.js';
export {
  type Alignment,
  type AlignmentEntry,
  alignProvisions,
  type PairBasis,
} from './align-provisions.js';
export { alignTrees, type TreeAlignment } from './align-tree.js';
export type { ListEntry } from './layout.js';
