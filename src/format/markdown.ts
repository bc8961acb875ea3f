import type { DraftDiff, Hunk } from '../diff/change.js';
import { readDiff } from '../diff/read-diff.js';
import { REWRITE_SIMILARITY } from '../diff/summarize.js';
import { guardCall } from '../internal/guard-call.js';
import { pushAll } from '../internal/push-all.js';
import { outlineDiff, type RewordedRow, type TermRow, textOf } from './diff-outline.js';
import { escapeMarkdown } from './escape.js';

/**
 * Formats a diff as Markdown a person pastes into a report: a one-line count, the headline
 * changes (terms with before -> after and percentages, provisions added and removed), each
 * reworded provision as a redline (`~~old~~ **new**`), then the remaining changes. Every
 * user-supplied string goes through `escapeMarkdown`, so no draft text can open markup, a link,
 * raw HTML or a new block.
 *
 * @example
 * writeFileSync('changes.md', formatDiffMarkdown(diffDrafts(before, after)));
 */
export function formatDiffMarkdown(diff: DraftDiff): string {
  return guardCall('formatDiffMarkdown', [diff], () => {
    readDiff(diff, 'formatDiffMarkdown');
    return renderDiffMarkdown(diff);
  });
}

/** `formatDiffMarkdown` of a diff its caller has checked (`formatDiff`): no second check. */
export function renderDiffMarkdown(diff: DraftDiff): string {
  const outline = outlineDiff(diff);
  const lines: string[] = [
    `# Changes from ${escapeMarkdown(outline.from)} to ${escapeMarkdown(outline.to)}`,
    '',
  ];
  if (outline.total === 0) {
    lines.push('No differences.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${outline.total} ${outline.total === 1 ? 'change' : 'changes'}: ${outline.counts}.`);

  const headline = [
    ...outline.terms.map(termLine),
    ...outline.provisions.map((row) => {
      const verb = row.change === 'added' ? 'Added' : 'Removed';
      const title = row.title === undefined ? '' : ` (${escapeMarkdown(row.title)})`;
      return `- ${verb} ${escapeMarkdown(row.reference)}${title}: ${escapeMarkdown(row.text)}`;
    }),
  ];
  if (headline.length > 0) pushAll(lines, ['', '## Headline changes', ''], headline);

  if (outline.reworded.length > 0) {
    lines.push('', '## Reworded provisions');
    for (const row of outline.reworded) pushAll(lines, [''], rewordedLines(row));
  }

  if (outline.other.length > 0) {
    lines.push(
      '',
      '## Other changes',
      '',
      ...outline.other.map((text) => `- ${escapeMarkdown(text)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function termLine(row: TermRow): string {
  const context = [
    row.label === row.key ? '' : escapeMarkdown(row.key),
    row.place === undefined ? '' : escapeMarkdown(row.place),
  ].filter((part) => part !== '');
  const label = `${strong(row.label)}${context.length > 0 ? ` (${context.join(', ')})` : ''}`;
  const detail = row.detail === '' ? '' : ` (${escapeMarkdown(row.detail)})`;
  switch (row.change) {
    case 'changed':
      return `- ${label}: ${escapeMarkdown(row.before ?? '')} → ${escapeMarkdown(row.after ?? '')}${detail}`;
    case 'added':
      return `- ${label}: new, ${escapeMarkdown(row.after ?? '')}`;
    case 'removed':
      return `- ${label}: dropped, was ${escapeMarkdown(row.before ?? '')}`;
  }
}

/** A reworded provision: its redline, or below `REWRITE_SIMILARITY` the two texts one after the other. */
function rewordedLines(row: RewordedRow): string[] {
  const title = row.title === undefined ? '' : `: ${escapeMarkdown(row.title)}`;
  const heading = `### ${escapeMarkdown(capitalise(row.reference))}${title}`;
  const percent = `${Math.round(row.similarity * 100)}% similar`;
  if (row.similarity < REWRITE_SIMILARITY) {
    return [
      heading,
      '',
      `*Rewritten: ${percent}*`,
      '',
      `Before: ${escapeMarkdown(textOf(row.hunks, 'delete'))}`,
      '',
      `After: ${escapeMarkdown(textOf(row.hunks, 'insert'))}`,
    ];
  }
  return [
    heading,
    '',
    `*${percent}${row.coarse ? ', rewritten as a whole' : ''}*`,
    '',
    redlineMarkdown(row.hunks) || '*(whitespace only)*',
  ];
}

/** One changed region of a redline, already escaped: the old words and the new ones. */
interface Region {
  old: string;
  new: string;
}

type Piece = { equal: string } | Region;

// CommonMark's classes for delimiter runs: Unicode whitespace (Zs, tab, line feed, form feed,
// carriage return) and punctuation (the P and S categories in the 0.31 spec; P alone before).
const WHITESPACE = /[\p{Zs}\t\n\f\r]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Renders hunks as one Markdown paragraph, deletions as `~~old~~` and insertions as `**new**`,
 * every piece escaped with `escapeMarkdown`.
 *
 * CommonMark only opens a delimiter run before, and closes one after, a non-space character,
 * and not next to punctuation when a letter is on the other side: `cap~~\.~~` stays literal.
 * So each region's text is trimmed (its outer whitespace stays outside the markers), and a
 * region that starts or ends with punctuation right against a letter is widened to the whole
 * word (the equal letters repeated on both sides), which puts whitespace next to the marker.
 */
export function redlineMarkdown(hunks: readonly Hunk[]): string {
  const pieces: Piece[] = [];
  for (const hunk of hunks) {
    // Empty hunks say nothing, and would split a region from the word it must widen to.
    if (hunk.text === '') continue;
    const text = escapeMarkdown(hunk.text);
    const last = pieces.at(-1);
    if (hunk.op === 'equal') {
      if (last !== undefined && 'equal' in last) last.equal += text;
      else pieces.push({ equal: text });
      continue;
    }
    let region = last;
    if (region === undefined || 'equal' in region) {
      region = { old: '', new: '' };
      pieces.push(region);
    }
    if (hunk.op === 'delete') region.old += text;
    else region.new += text;
  }

  pieces.forEach((piece, index) => {
    if ('equal' in piece) return;
    const previous = equalAt(pieces, index - 1);
    const next = equalAt(pieces, index + 1);
    const [first, last] = edgesOf(piece);
    if (
      previous !== undefined &&
      first !== undefined &&
      clashes(first, lastCharacter(previous.equal))
    ) {
      const word = previous.equal.slice(wordStart(previous.equal));
      previous.equal = previous.equal.slice(0, previous.equal.length - word.length);
      piece.old = word + piece.old;
      piece.new = word + piece.new;
    }
    if (next !== undefined && last !== undefined && clashes(last, firstCharacter(next.equal))) {
      const word = next.equal.slice(0, wordEnd(next.equal));
      next.equal = next.equal.slice(word.length);
      piece.old += word;
      piece.new += word;
    }
  });

  // Widening can use up an equal piece whole; the regions on each side of it then merge.
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if ('equal' in piece) {
      if (piece.equal !== '') merged.push(piece);
    } else if (last !== undefined && !('equal' in last)) {
      last.old += piece.old;
      last.new += piece.new;
    } else {
      merged.push(piece);
    }
  }
  return merged
    .map((piece) => ('equal' in piece ? piece.equal : renderRegion(piece)))
    .join('')
    .trim();
}

/**
 * The first character after the opening marker and the last before the closing one, as the
 * region renders; undefined at an edge where whitespace separates the marker from its neighbour.
 */
function edgesOf(region: Region): [string | undefined, string | undefined] {
  const sides = [region.old.trim(), region.new.trim()].filter((side) => side !== '');
  const first = startsWithSpace(region) ? undefined : firstCharacter(sides[0] ?? '');
  const last = endsWithSpace(region) ? undefined : lastCharacter(sides.at(-1) ?? '');
  return [first, last];
}

/** The first code point (an emoji is a symbol, and a symbol counts as punctuation). */
function firstCharacter(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function lastCharacter(text: string): string | undefined {
  if (text === '') return undefined;
  const low = text.charCodeAt(text.length - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? 2 : 1;
  return firstCharacter(text.slice(text.length - pair));
}

/** True when a marker between `inner` and `outer` could neither open nor close. */
function clashes(inner: string, outer: string | undefined): boolean {
  return (
    outer !== undefined &&
    PUNCTUATION.test(inner) &&
    !WHITESPACE.test(outer) &&
    !PUNCTUATION.test(outer)
  );
}

/** The unchanged piece at `index`, if any: an edit region's neighbours are unchanged text or nothing. */
function equalAt(pieces: readonly Piece[], index: number): { equal: string } | undefined {
  const piece = pieces[index];
  return piece !== undefined && 'equal' in piece ? piece : undefined;
}

/** Where the last word of `text` starts (a scan, not a regex: `\S*$` is quadratic). */
function wordStart(text: string): number {
  let index = text.length;
  while (index > 0 && !WHITESPACE.test(text.charAt(index - 1))) index--;
  return index;
}

/** Where the first word of `text` ends. */
function wordEnd(text: string): number {
  let index = 0;
  while (index < text.length && !WHITESPACE.test(text.charAt(index))) index++;
  return index;
}

function renderRegion(region: Region): string {
  const old = region.old.trim();
  const added = region.new.trim();
  // A change of whitespace only has nothing to mark.
  if (old === '' && added === '') return region.new;
  const marked: string[] = [];
  if (old !== '') marked.push(`~~${old}~~`);
  if (added !== '') marked.push(`**${added}**`);
  // Whitespace the region began or ended with stays outside the markers.
  const before = startsWithSpace(region) ? ' ' : '';
  const after = endsWithSpace(region) ? ' ' : '';
  return `${before}${marked.join(' ')}${after}`;
}

function startsWithSpace(region: Region): boolean {
  return /^\s/.test(region.old) || /^\s/.test(region.new);
}

function endsWithSpace(region: Region): boolean {
  return /\s$/.test(region.old) || /\s$/.test(region.new);
}

/** Wraps a label in `**`, trimmed so the markers touch text (see `redlineMarkdown`). */
function strong(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? escapeMarkdown(text) : `**${escapeMarkdown(trimmed)}**`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
