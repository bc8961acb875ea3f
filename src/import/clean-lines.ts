/**
 * Decoration filtering: the lines of a plain text with what only decorates it removed (rules
 * of `*` `=` `-` `_` `#` `~`, the frame of a box, page numbers, form feeds), each with its
 * indentation and what the layout says about it.
 */

/** One line of text that carries content. */
export interface TextLine {
  /** The content, trimmed, without a box frame or Markdown `#` marks. */
  text: string;
  /** Column of its first character (a tab moves to the next multiple of 8). */
  indent: number;
  /** A blank line, a rule or the edge of a box came before it: it starts a paragraph. */
  paragraphStart: boolean;
  /** A rule follows it directly, as under a heading ("1. Definitions" over "-----"). */
  underlined: boolean;
  /** It was a Markdown heading ("## 2. Scope"). */
  markedHeading: boolean;
}

/**
 * Line breaks, form feeds and vertical tabs included: a page break ends a line, and a form
 * feed next to a line break is one break, not a blank line that would end a paragraph.
 */
const LINE_BREAK = /\r\n\f?|\n\f?|\f(?:\r\n|\n)?|[\r\v\u0085\u2028\u2029]/u;
const RULE_CHARACTERS = new Set([...'*=-_#~+|:—–•· \t']);
const RULE_MARKS = new Set([...'*=-_#~—–•·']);
/** Characters a box may be framed with, at both ends of each line inside it. */
const FRAMES = new Set(['*', '#', '|']);
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/u;
// "Page 3", "Page 3 of 10", "p. 3", "- 3 -", "3/10": page headers and footers.
const PAGE_NUMBER =
  /^(?:(?:page|p\.)[ \t]{0,3}\d{1,5}(?:[ \t]{0,3}(?:of|\/)[ \t]{0,3}\d{1,5})?|[-–—][ \t]{0,3}\d{1,5}[ \t]{0,3}[-–—]|\d{1,5}[ \t]{0,3}\/[ \t]{0,3}\d{1,5})$/iu;

/**
 * Splits `text` into its lines of content. A rule (a line of at least three `*` `=` `-`
 * `_` `#` `~` or dashes, with spaces or `+` `|` between them) counts as a blank line and
 * underlines the line right above it, unless it is a box's edge (`*` `#` or `|` alone, or a
 * border starting with `+`). After an edge, lines framed at both ends by `*` `#` or `|` are
 * a box: the frame is stripped and the text inside kept. Page numbers ("Page 3 of
 * 10", "- 3 -") are dropped without breaking the paragraph they interrupt. One pass, each
 * character looked at a bounded number of times.
 */
export function cleanLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let blank = true;
  let boxed = false;
  for (const raw of text.split(LINE_BREAK)) {
    let line = raw;
    let trimmed = line.trim();
    if (boxed && trimmed !== '' && !isEdge(trimmed)) {
      const frame = trimmed.charAt(0);
      if (trimmed.length >= 2 && FRAMES.has(frame) && trimmed.endsWith(frame)) {
        line = trimmed.slice(1, -1);
        trimmed = line.trim();
      } else {
        boxed = false;
      }
    }
    if (trimmed === '') {
      blank = true;
      continue;
    }
    if (isRule(trimmed)) {
      const above = lines.at(-1);
      const edge = isEdge(trimmed);
      // A box's edge is not an underline; a rule of = - _ ~ or dashes is, inside a box too.
      if (!blank && !edge && above !== undefined) above.underlined = true;
      boxed ||= edge;
      blank = true;
      continue;
    }
    if (PAGE_NUMBER.test(trimmed)) continue;
    const heading = MARKDOWN_HEADING.exec(trimmed);
    lines.push({
      text: heading === null ? trimmed : trimmed.slice(heading[0].length),
      indent: indentOf(line),
      paragraphStart: blank,
      underlined: false,
      markedHeading: heading !== null,
    });
    blank = false;
  }
  return lines;
}

/** Three rule marks or more, and nothing but marks, spaces, `+`, `|` and `:` (table borders). */
function isRule(line: string): boolean {
  if (line.length < 3) return false;
  let marks = 0;
  for (const character of line) {
    if (!RULE_CHARACTERS.has(character)) return false;
    if (RULE_MARKS.has(character)) marks++;
  }
  return marks >= 3;
}

/** A rule that edges a box: one frame character three times or more ("*****"), or a border starting with `+`. */
function isEdge(rule: string): boolean {
  const frame = rule.charAt(0);
  if (frame === '+') return isRule(rule);
  if (!FRAMES.has(frame)) return false;
  let marks = 0;
  for (const character of rule) {
    if (character === frame) marks++;
    else if (character !== ' ' && character !== '\t') return false;
  }
  return marks >= 3;
}

function indentOf(line: string): number {
  let column = 0;
  for (const character of line) {
    if (character === '\t') column = (Math.floor(column / 8) + 1) * 8;
    else if (/\s/u.test(character)) column++;
    else break;
  }
  return column;
}
