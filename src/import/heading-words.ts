/**
 * The word lists that tell a heading from a clause when a plain text is split into points
 * (see `split-title.ts`). Like the term extractor's vocabulary, English, small and generic.
 */

/** Words of a clause, never of a heading: "Ukraine will be given ..." is not a title. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'am is are was were be been being will shall must may might can cannot could should would has have had do does did'.split(
    ' ',
  ),
);

/** Words a title-case heading leaves in lower case. */
export const MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an the and or nor but of to in on at by for from with into onto under over per as via than that this these those its their our your not'.split(
    ' ',
  ),
);

/** Words that open an unnumbered part after the points: "Appendix", "Annex 2", "Exhibit A". */
export const PART_WORDS = 'appendix|annex|exhibit|schedule|attachment|addendum';
