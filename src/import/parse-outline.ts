/**
 * The structure of a plain numbered text: a heading, the text before the first point, the
 * points and their sub-points at any depth, titles, and unnumbered parts. One pass over the
 * lines; each line is read by anchored regexes of bounded length and placed against at most
 * `MAX_OUTLINE_DEPTH` open levels, so the time is linear in the text.
 */

import { DraftdiffError } from '../internal/errors.js';
import type { Limits } from '../model/limits.js';
import { cleanLines, type TextLine } from './clean-lines.js';
import { letterOf } from './letter-of.js';
import { type OpenLevel, placeMarker } from './place-marker.js';
import { type LineMarker, type MarkerReading, readMarker } from './read-marker.js';
import { type HeadContext, isFrontMatterHeading, isPartHeading, titleOf } from './split-title.js';

/** One point, sub-point or unnumbered part as written. */
export interface OutlineNode {
  /** Display number: "10", "10.b", "2.a.iv", "2:1"; `undefined` before the first point and for parts. */
  number: string | undefined;
  /** Its heading line, when it has one ("Definitions"). */
  title: string | undefined;
  /** The lines of its text, markers and title removed, trimmed. */
  lines: string[];
  /** Sub-points, in order. */
  items: OutlineNode[];
}

/** A text split into its parts. */
export interface Outline {
  /** The first line when it titles the text (see `parseOutline`). */
  heading: string | undefined;
  /** The first line of content, when it is not a point: what the title defaults to. */
  firstLine: string | undefined;
  /** The text before the first point (all of the text when it has no points). */
  preamble: OutlineNode;
  /** The top-level points and unnumbered parts, in order. */
  points: OutlineNode[];
}

/** A node while the text is read. */
interface Building extends OutlineNode {
  /** Sub-points, in order, read as this node is. */
  items: Building[];
  /** Its marker's designation ("b", "2.1"); "" for the preamble and parts. */
  designation: string;
  /** Characters of its text so far, for `maxTextLength`. */
  length: number;
  /** What the first line needs to be told apart from a title; see `titleOf`. */
  head: HeadContext;
}

/** An open level: the node of its latest item and where that item's marker and text stood. */
interface Open extends OpenLevel {
  node: Building;
  /** Its first line of text after the marker line is indented further than the marker. */
  hangs: boolean;
}

/** Longest first line that can be a title (the schema's limit on `title`). */
const MAX_HEADING = 500;
/** Longest display number the schema accepts. */
const MAX_NUMBER = 50;

/**
 * Splits `text` into heading, preamble, points and sub-points.
 *
 * - Markers: see `readMarker` (`1.` `1)` `(1)` `1.Title` `1.2.3` `Section 1 –` `Article 1`
 *   `§ 1` `Point 1:` `1 -` `A.` `a)` `(a)` `i)` `(iv)` and bullets); nesting: see
 *   `placeMarker`. The first scheme seen is the top level; bullets are never top-level
 *   points (before the first point they are items of the preamble).
 * - Any other line continues the innermost open item, except that a line less indented than
 *   that item's marker, or a paragraph that starts at or left of its marker and left of its
 *   text, goes back to the level it lines up with (never above the top level).
 * - Decoration is ignored first: see `cleanLines`.
 * - Unnumbered parts: after the first point, a paragraph that starts with an appendix
 *   heading or a line in capitals standing alone (see `isPartHeading`: "Exhibit A - ...",
 *   "NO WARRANTY", "END OF TERMS AND CONDITIONS") is a top-level node with that line as
 *   title and no number; the open points close.
 * - Restarts: when the top-level numbering starts again (see `placeMarker`), a new block
 *   begins and its numbers carry the block's ordinal, `2:1`, `2:1.a`, `2:1.2`, so that none
 *   can be taken for one of the first block. When no part opened just before, the last
 *   paragraph of the previous point that starts with a short capitalised line (see
 *   `isFrontMatterHeading`) is the second document's heading: it and what follows it move
 *   into a part titled by that line.
 * - Titles: see `titleOf`.
 * - The heading is the first line when it is not a point, is at most 500 characters and
 *   more text follows it; it is left out of every node.
 *
 * Display numbers: a marker's designation after its parent's number and a dot ("10.b",
 * "2.a.iv"), or in place of the parent's designation when it extends it ("2.1" under "2");
 * bullets are lettered by position ("10.c"). Items of the preamble or of a part have their
 * designation alone ("a", or "2:a" after a restart). A number that would pass 50 characters
 * is the designation alone.
 *
 * Throws `LIMIT_EXCEEDED` as soon as there are more nodes than `limits.maxProvisions` or a
 * node's text grows past `limits.maxTextLength`.
 */
export function parseOutline(text: string, limits: Limits): Outline {
  const lines = cleanLines(text);
  const preamble = newNode(undefined, '');
  const points: Building[] = [];
  const open: Open[] = [];
  let preambleItem: Open | undefined;
  let top: MarkerReading | undefined;
  let block = 1;
  // A last paragraph of the current node that may head a document appended after it.
  let frontMatter: { node: Building; index: number; length: number; title: string } | undefined;
  let count = 0;
  let heading: string | undefined;
  let firstLine: string | undefined;

  const countOne = () => {
    count++;
    if (count > limits.maxProvisions) {
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `text has more than ${limits.maxProvisions} points and sub-points`,
        { path: '/provisions' },
      );
    }
  };
  const addNode = (node: Building, into: Building[]) => {
    countOne();
    into.push(node);
  };
  // The preamble becomes a provision (p0) once it holds a line or an item: it counts then, so
  // that the limit here is the one the draft is checked against.
  const countPreamble = () => {
    if (preamble.lines.length === 0 && preamble.items.length === 0) countOne();
  };
  const append = (node: Building, line: string, layout: TextLine) => {
    if (line === '') return;
    if (node === preamble) countPreamble();
    node.length += (node.lines.length === 0 ? 0 : 1) + line.length;
    if (node.length > limits.maxTextLength) {
      const where =
        node.number !== undefined
          ? `point ${node.number}`
          : node === preamble
            ? 'the text before the first point'
            : `the part "${node.title ?? ''}"`;
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `${where} is longer than ${limits.maxTextLength} characters`,
      );
    }
    if (node.lines.length === 0) {
      node.head.marked = layout.underlined || layout.markedHeading;
    } else if (node.lines.length === 1 && node.head.after === 'none') {
      node.head.after = layout.paragraphStart
        ? 'blank'
        : /^\p{Ll}/u.test(line)
          ? 'lower'
          : isFrontMatterHeading(line)
            ? 'heading'
            : 'text';
      node.head.nextLength = line.length;
    }
    node.lines.push(line);
  };
  const numberOf = (parent: Building | undefined, reading: MarkerReading, designation: string) => {
    const prefix = block > 1 ? `${block}:` : '';
    let number: string;
    if (parent === undefined || parent.number === undefined) {
      number = parent === preamble ? designation : `${prefix}${designation}`;
    } else if (reading.kind === 'outline' && designation.startsWith(`${parent.designation}.`)) {
      // "2.1" under "2": the designation already says whose it is.
      number = `${parent.number.slice(0, parent.number.length - parent.designation.length)}${designation}`;
    } else {
      number = `${parent.number}.${designation}`;
    }
    return number.length > MAX_NUMBER ? designation : number;
  };
  const openPart = (title: string, indent: number): Building => {
    const part = newNode(undefined, '');
    part.title = title;
    addNode(part, points);
    open.length = 0;
    open.push({ node: part, reading: undefined, indent, hangs: false });
    frontMatter = undefined;
    return part;
  };
  const restart = () => {
    block++;
    const moved = frontMatter;
    if (moved === undefined || open[0]?.reading === undefined) return;
    // The heading paragraph and what follows it leave the previous point for a part.
    const detached = moved.node.lines.splice(moved.index);
    moved.node.length = moved.length;
    if (moved.index === 1 && moved.node.head.after !== 'child') moved.node.head.after = 'none';
    const part = openPart(moved.title, 0);
    part.lines = detached.slice(1);
    part.length = part.lines.join(' ').length;
  };
  const openItem = (line: TextLine, marker: LineMarker, reading: MarkerReading, depth: number) => {
    // An item of a list whose items hang (MPL-2.0's "(a) ..." over "    or") hangs too.
    const replaced = open[depth];
    const hangs =
      replaced?.reading !== undefined &&
      replaced.reading.kind === reading.kind &&
      replaced.reading.style === reading.style &&
      replaced.hangs;
    // `placeMarker` places at an open level or one below the innermost, so after this the
    // innermost open level is the parent (none at depth 0).
    open.length = depth;
    const parent = open.at(-1)?.node;
    const siblings = parent === undefined ? points : parent.items;
    const designation =
      reading.kind === 'bullet' ? letterOf(siblings.length + 1) : reading.designation;
    const node = newNode(numberOf(parent, reading, designation), designation);
    node.head.tight = marker.tight;
    if (parent !== undefined && parent.lines.length > 0 && parent.head.after === 'none') {
      parent.head.after = 'child';
    }
    addNode(node, siblings);
    if (depth === 0) top = reading;
    open.push({ node, reading, indent: line.indent, hangs });
    frontMatter = undefined;
    append(node, line.text.slice(marker.length), line);
  };
  const openPreambleItem = (line: TextLine, marker: LineMarker) => {
    const node = newNode(letterOf(preamble.items.length + 1), '');
    countPreamble();
    addNode(node, preamble.items);
    preambleItem = { node, reading: undefined, indent: line.indent, hangs: false };
    append(node, line.text.slice(marker.length), line);
  };
  const continueText = (line: TextLine) => {
    while (innermostLeaves(open, line)) {
      open.pop();
      frontMatter = undefined;
    }
    if (open.length === 0 && preambleItem !== undefined && leaves(preambleItem, undefined, line)) {
      preambleItem = undefined;
    }
    const level = open.at(-1) ?? preambleItem;
    const target = level?.node ?? preamble;
    if (level !== undefined && target.lines.length === 1 && !line.paragraphStart) {
      level.hangs ||= line.indent > level.indent;
    }
    if (
      line.paragraphStart &&
      frontMatter === undefined &&
      target.lines.length > 0 &&
      isFrontMatterHeading(line.text)
    ) {
      frontMatter = {
        node: target,
        index: target.lines.length,
        length: target.length,
        title: line.text,
      };
    }
    append(target, line.text, line);
  };

  for (const [index, line] of lines.entries()) {
    const marker = readMarker(line.text);
    const placement =
      marker === undefined ? undefined : placeMarker(open, top, marker, line.indent);
    if (index === 0 && placement === undefined && line.text.length <= MAX_HEADING + 20) {
      const candidate = line.text.replace(/[ \t]{0,10}:$/u, '').trim();
      if (candidate !== '' && candidate.length <= MAX_HEADING) {
        firstLine = candidate;
        if (lines.length > 1) {
          heading = candidate;
          continue;
        }
      }
    }
    if (marker !== undefined && placement !== undefined) {
      if (open.length === 0 && placement.reading.kind === 'bullet') {
        openPreambleItem(line, marker);
        continue;
      }
      if (placement.restart) restart();
      openItem(line, marker, placement.reading, placement.depth);
      continue;
    }
    if (
      points.length > 0 &&
      (line.paragraphStart || line.underlined || line.markedHeading) &&
      isPartHeading(line.text, lines[index + 1])
    ) {
      openPart(line.text, line.indent);
      continue;
    }
    continueText(line);
  }
  settleTitles(preamble.items);
  settleTitles(points);
  // Nodes keep what only reading needed (designation, length, head): nobody reads it after.
  return { heading, firstLine, preamble, points };
}

/**
 * Whether `line` belongs further out than the item `level` is open for (`outer` is the level
 * around it): it lies left of the item's marker, or it starts a paragraph no further right
 * than the marker of an item that is indented under its parent or whose own lines hang.
 */
function leaves(level: Open, outer: Open | undefined, line: TextLine): boolean {
  if (line.indent < level.indent) return true;
  return (
    line.paragraphStart &&
    line.indent <= level.indent &&
    (level.hangs || (outer !== undefined && level.indent > outer.indent))
  );
}

/** Whether `line` leaves the innermost open level, when there is one inside another. */
function innermostLeaves(open: readonly Open[], line: TextLine): boolean {
  const inner = open.at(-1);
  const outer = open.at(-2);
  return inner !== undefined && outer !== undefined && leaves(inner, outer, line);
}

function newNode(number: string | undefined, designation: string): Building {
  return {
    number,
    title: undefined,
    lines: [],
    items: [],
    designation,
    length: 0,
    head: { tight: false, marked: false, after: 'none', nextLength: 0 },
  };
}

/** Turns each first line that is a heading into the node's title, at every depth. */
function settleTitles(nodes: readonly Building[]): void {
  const pending = [...nodes];
  for (let building = pending.pop(); building !== undefined; building = pending.pop()) {
    const head = building.lines[0];
    if (building.title === undefined && building.number !== undefined && head !== undefined) {
      const title = titleOf(head, building.head);
      if (title !== undefined) {
        building.title = title;
        building.lines = building.lines.slice(1);
      }
    }
    for (const item of building.items) pending.push(item);
  }
}
