/**
 * The structure of a plain numbered text: a heading, the text before the first point, the
 * points, and their sub-points. One pass over the lines, each classified by anchored regexes
 * of bounded length.
 */

import { DraftdiffError } from '../model/errors.js';
import type { Limits } from '../model/limits.js';

/** One point or sub-point as written. */
export interface OutlineNode {
  /** Display number: "10", "10.b", "10.1"; `undefined` for the text before the first point. */
  number: string | undefined;
  /** The lines of its text, markers removed, trimmed. */
  lines: string[];
  /** Length of the lines joined by single spaces. */
  length: number;
  /** Sub-points, in order. */
  items: OutlineNode[];
}

/** A text split into its parts. */
export interface Outline {
  /** The first line when it titles the text (see `parseOutline`). */
  heading: string | undefined;
  /** The first non-blank line, when it is not a point: what the title defaults to. */
  firstLine: string | undefined;
  /** The text before the first point (all of the text when it has no points). */
  preamble: OutlineNode;
  /** The numbered points. */
  points: OutlineNode[];
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/u;

// "1." "2)" "(3)" "Point 4:" "4 -": the number, then white space or the end of the line.
const POINT =
  /^(?:\((\d{1,5})\)|(\d{1,5})[.)]|point[ \t]{1,3}(\d{1,5})[ \t]{0,2}[:.)\-–—]|(\d{1,5})[ \t]{1,3}[-–—])(?:[ \t]+|$)/iu;
// "10.1", "10.1.", "10.1.2": the first number must be the current point's.
const NUMBERED_ITEM = /^(\d{1,5})((?:\.\d{1,3}){1,3})\.?(?:[ \t]+|$)/u;
// "a." "b)" "(c)": lower case, so headings such as "A. Security" stay text.
const LETTERED_ITEM = /^(?:\(([a-z])\)|([a-z])[.)])(?:[ \t]+|$)/u;
const BULLET = /^[-*•–◦‣·](?:[ \t]+|$)/u;
const HEADING_MARKS = /^#{1,6}[ \t]{1,10}|[ \t]{0,10}:$/gu;

/** Longest first line that can be a title (the schema's limit on `title`). */
const MAX_HEADING = 500;

/**
 * Splits `text` into heading, preamble, points and sub-points.
 *
 * - Points: lines starting `1.` `2)` `(3)` `Point 4:` or `4 -`.
 * - Sub-points of the current point: `a.` `b)` `(c)`; `-` `*` `•` bullets; `10.1` when 10
 *   is the current point's number. Sub-points before the first point belong to the preamble.
 * - Any other non-blank line continues the provision above it (the last sub-point, if the
 *   point has one); lines are joined by single spaces. Indentation carries no meaning.
 * - The heading is the first non-blank line when it is not a point or sub-point, is at most
 *   500 characters and more text follows it; it is left out of every provision.
 *
 * Throws `LIMIT_EXCEEDED` as soon as there are more provisions than `limits.maxProvisions`
 * or a provision's text grows past `limits.maxTextLength`.
 */
export function parseOutline(text: string, limits: Limits): Outline {
  const lines = text.split(LINE_BREAK);
  const preamble: OutlineNode = { number: undefined, lines: [], length: 0, items: [] };
  const points: OutlineNode[] = [];
  let current: OutlineNode = preamble;
  let last: OutlineNode = preamble;
  let count = 0;
  let heading: string | undefined;
  let firstLine: string | undefined;
  let seenContent = false;

  const addNode = (node: OutlineNode, into: OutlineNode[]) => {
    count++;
    if (count > limits.maxProvisions) {
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `text has more than ${limits.maxProvisions} points and sub-points`,
        { path: '/provisions' },
      );
    }
    into.push(node);
  };
  const append = (node: OutlineNode, line: string) => {
    if (line === '') return;
    node.length += (node.lines.length === 0 ? 0 : 1) + line.length;
    if (node.length > limits.maxTextLength) {
      const where =
        node.number === undefined ? 'the text before the first point' : `point ${node.number}`;
      throw new DraftdiffError(
        'LIMIT_EXCEEDED',
        `${where} is longer than ${limits.maxTextLength} characters`,
      );
    }
    node.lines.push(line);
  };

  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    const point = POINT.exec(line);
    if (!seenContent) {
      seenContent = true;
      const short = line.length <= MAX_HEADING + 20;
      if (short && point === null && classifyItem(line, undefined) === undefined) {
        const candidate = line.replace(HEADING_MARKS, '').trim();
        if (candidate !== '' && candidate.length <= MAX_HEADING) {
          firstLine = candidate;
          if (hasMoreText(lines, index + 1)) {
            heading = candidate;
            continue;
          }
        }
      }
    }
    if (point !== null) {
      const number = (point[1] ?? point[2] ?? point[3] ?? point[4]) as string;
      current = { number, lines: [], length: 0, items: [] };
      addNode(current, points);
      last = current;
      append(current, line.slice(point[0].length));
      continue;
    }
    const item = classifyItem(line, current);
    if (item !== undefined) {
      const written =
        item.letter ??
        (item.numbered === undefined ? letterOf(current.items.length + 1) : undefined);
      const number =
        item.numbered ?? (current.number === undefined ? written : `${current.number}.${written}`);
      const node: OutlineNode = { number, lines: [], length: 0, items: [] };
      addNode(node, current.items);
      last = node;
      append(node, line.slice(item.markerLength));
      continue;
    }
    append(last, line);
  }
  return { heading, firstLine, preamble, points };
}

interface ItemMarker {
  /** The letter as written ("b" in "b)"), for lettered sub-points. */
  letter: string | undefined;
  /** The number as written ("10.1"), for numbered sub-points. */
  numbered: string | undefined;
  /** How many characters the marker takes at the start of the line. */
  markerLength: number;
}

/** Whether `line` opens a sub-point of `parent`, and how. */
function classifyItem(line: string, parent: OutlineNode | undefined): ItemMarker | undefined {
  const lettered = LETTERED_ITEM.exec(line);
  if (lettered !== null) {
    return {
      letter: lettered[1] ?? lettered[2],
      numbered: undefined,
      markerLength: lettered[0].length,
    };
  }
  const bullet = BULLET.exec(line);
  if (bullet !== null)
    return { letter: undefined, numbered: undefined, markerLength: bullet[0].length };
  const numbered = NUMBERED_ITEM.exec(line);
  if (numbered !== null && parent !== undefined && parent.number === numbered[1]) {
    return {
      letter: undefined,
      numbered: `${numbered[1]}${numbered[2]}`,
      markerLength: numbered[0].length,
    };
  }
  return undefined;
}

function hasMoreText(lines: readonly string[], from: number): boolean {
  for (let index = from; index < lines.length; index++) {
    if ((lines[index] as string).trim() !== '') return true;
  }
  return false;
}

/** 1 "a", 26 "z", 27 "aa": bijective base 26, so every position has letters. */
export function letterOf(position: number): string {
  let rest = position;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(97 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
