// Grapheme boundaries as `Intl.Segmenter` finds them (UAX #29), the reference the tokenizer
// and redline laws hold draftdiff's own boundaries to.

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Every offset where a grapheme starts, plus the end of the text. */
export function graphemeBoundaries(text: string): Set<number> {
  const boundaries = new Set([...segmenter.segment(text)].map((segment) => segment.index));
  boundaries.add(text.length);
  return boundaries;
}

/** Where the hunks kept on one side (all but `skip`) end, in that side's text. */
export function hunkEnds(hunks: readonly { op: string; text: string }[], skip: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const hunk of hunks) {
    if (hunk.op === skip) continue;
    offset += hunk.text.length;
    offsets.push(offset);
  }
  return offsets;
}
