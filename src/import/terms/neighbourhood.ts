/**
 * How far around a figure its words may be read. Term completion and labelling both look
 * around a figure, and neither may read into the next one: the two texts would then share words.
 */

/** How far around a finding its words may be read: up to its neighbours, never into them. */
export interface Neighbourhood {
  /** End of the previous finding's extent (0 for the first). */
  floor: number;
  /** Start of the next finding (the text's length for the last). */
  ceiling: number;
}
