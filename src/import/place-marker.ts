/**
 * Nesting: which open level a marker continues, or whether it opens a deeper one, decided as
 * a person reads an outline, by the order in which schemes appear, by sequence and by
 * indentation.
 */

import type { LineMarker, MarkerReading } from './read-marker.js';

/** Deepest nesting an imported outline keeps; a marker below it is read as text. */
export const MAX_OUTLINE_DEPTH = 8;

/** A level of the outline open while reading: the marker of its latest item and its column. */
export interface OpenLevel {
  /** The latest item's marker; `undefined` for an unnumbered part (an appendix). */
  reading: MarkerReading | undefined;
  /** Column of that marker. */
  indent: number;
}

/** Where a marker goes. */
export interface Placement {
  /** The reading chosen among the marker's readings. */
  reading: MarkerReading;
  /** How many open levels stay above the new item: 0 for a top-level point. */
  depth: number;
  /** The top-level numbering starts again (an appendix, a second document): a new block. */
  restart: boolean;
}

/**
 * Places `marker`, written at column `indent`, in the outline whose open levels are
 * `levels` (outermost first). `top` is the marker of the latest top-level point, which an
 * unnumbered part at level 0 hides. Returns `undefined` when the line is better read as
 * text: a dotted number with no open parent ("1.5 million" under point 7), an upper-case
 * letter or numeral that neither starts nor continues a list, or a level below
 * `MAX_OUTLINE_DEPTH`.
 *
 * The rules, in order (the first that applies wins, over all readings of the marker):
 * 1. Indented deeper than the innermost open level, a first marker (`1` `a` `i` `A` `I`, any
 *    bullet) opens a deeper level.
 * 2. A marker that continues the sequence of an open level of the same scheme (`b)` after
 *    `a)`) goes there, closing the levels below it; then one of the same kind written
 *    differently (`(c)` after `b)`).
 * 3. A first marker starts a new list under the innermost level, unless its scheme is open:
 *    then it starts that level again, and at the top level after point 2 or later, a new
 *    block.
 * 4. Any other number, letter or bullet goes beside the open level of its kind, or opens a
 *    deeper level if there is none.
 * An upper-case letter that reads as a heading in prose ("A. Security") only continues an
 * open list (rule 2), so the points grouped under such headings keep their own numbers.
 * Dotted numbers (`2.1`, `1.2.3`) go under the open point they extend.
 */
export function placeMarker(
  levels: readonly OpenLevel[],
  top: MarkerReading | undefined,
  marker: LineMarker,
  indent: number,
): Placement | undefined {
  let best: { rank: number; placement: Placement } | undefined;
  for (const reading of marker.readings) {
    const ranked =
      reading.kind === 'outline'
        ? placeOutline(levels, reading)
        : placeReading(levels, top, reading, indent);
    if (ranked !== undefined && (best === undefined || ranked.rank < best.rank)) best = ranked;
  }
  return best?.placement;
}

function placeReading(
  levels: readonly OpenLevel[],
  top: MarkerReading | undefined,
  reading: MarkerReading,
  indent: number,
): { rank: number; placement: Placement } | undefined {
  const at = (depth: number, rank: number, restart = false) => ({
    rank,
    placement: { reading, depth, restart },
  });
  // A part at level 0 stands where the top-level point was: its numbering may go on.
  const open = levels.map((level, depth) => level.reading ?? (depth === 0 ? top : undefined));
  const innermost = levels.at(-1);
  const room = levels.length < MAX_OUTLINE_DEPTH;
  const first = isFirst(reading) && reading.prose !== true;
  if (room && innermost !== undefined && indent > innermost.indent && first) {
    return at(levels.length, 1);
  }
  const find = (test: (level: MarkerReading) => boolean) => pick(open, levels, indent, test);
  const exactNext = find((level) => sameScheme(level, reading) && continues(level, reading));
  if (exactNext !== undefined) return at(exactNext.depth, 2);
  const kindredNext = find((level) => level.kind === reading.kind && continues(level, reading));
  if (kindredNext !== undefined) return at(kindredNext.depth, 3);
  if (reading.prose === true) return undefined;
  const exact = find((level) => sameScheme(level, reading));
  if (first) {
    if (exact === undefined) return room ? at(levels.length, 4) : undefined;
    if (exact.depth > 0 || exact.reading.value < 2) return at(exact.depth, 4);
    // Point 1 again after point 2 or later, not indented under it: a new block.
    if (indent <= exact.level.indent) return at(0, 4, true);
    return room ? at(levels.length, 4) : undefined;
  }
  const beside = exact ?? find((level) => level.kind === reading.kind);
  if (beside !== undefined) return at(beside.depth, 5);
  // Numbers, lower-case letters and bullets may start anywhere in their sequence (a text
  // quoted from point 10 on); an upper-case letter or numeral must start or continue a list.
  return room && reading.kind !== 'upper-letter' && reading.kind !== 'upper-roman'
    ? at(levels.length, 5)
    : undefined;
}

/** `2.1` under the open point `2`, `1.2.3` under `1.2` (or under `1` when `1.2` is not open). */
function placeOutline(
  levels: readonly OpenLevel[],
  reading: MarkerReading,
): { rank: number; placement: Placement } | undefined {
  const components = reading.designation.split('.');
  for (let length = components.length - 1; length > 0; length--) {
    const prefix = components.slice(0, length).join('.');
    const parent = pick(
      levels.map((level) => level.reading),
      levels,
      Number.POSITIVE_INFINITY,
      (level) =>
        (level.kind === 'number' || level.kind === 'outline') && level.designation === prefix,
    );
    if (parent !== undefined) {
      if (parent.depth + 1 >= MAX_OUTLINE_DEPTH) return undefined;
      return { rank: 2, placement: { reading, depth: parent.depth + 1, restart: false } };
    }
  }
  return undefined;
}

/**
 * The open level passing `test` that `indent` lines up with (`open` holds the reading of each
 * of `levels`): the deepest one whose marker is
 * not right of it, or else the outermost one (a marker written left of its list, as
 * CC-BY-4.0 writes "b. Other rights.").
 */
function pick(
  open: readonly (MarkerReading | undefined)[],
  levels: readonly OpenLevel[],
  indent: number,
  test: (level: MarkerReading) => boolean,
): Picked | undefined {
  let outermost: Picked | undefined;
  for (let depth = levels.length - 1; depth >= 0; depth--) {
    const level = levels[depth];
    const reading = open[depth];
    if (level === undefined || reading === undefined || !test(reading)) continue;
    if (level.indent <= indent) return { depth, level, reading };
    outermost = { depth, level, reading };
  }
  return outermost;
}

/** An open level that `pick` chose, with the reading it was tested by. */
interface Picked {
  depth: number;
  level: OpenLevel;
  reading: MarkerReading;
}

function sameScheme(level: MarkerReading, reading: MarkerReading): boolean {
  return level.kind === reading.kind && level.style === reading.style;
}

/** Bullets always continue a bulleted list; anything else must be the next in sequence. */
function continues(level: MarkerReading, reading: MarkerReading): boolean {
  return reading.kind === 'bullet' || reading.value === level.value + 1;
}

/** The first of a sequence: 0 or 1, `a`, `A`, `i`, `I`; any bullet starts a list. */
function isFirst(reading: MarkerReading): boolean {
  return (
    reading.kind === 'bullet' ||
    reading.value === 1 ||
    (reading.kind === 'number' && reading.value === 0)
  );
}
