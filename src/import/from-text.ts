import { describeType } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import type { Coverage, Draft } from '../model/draft.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseDraft } from '../model/parse-draft.js';
import type { ProvisionInput } from '../model/provision.js';
import type { Source } from '../model/source.js';
import { collectTerms, EXTRACTED_TERM_KINDS } from './extract-terms.js';
import { letterOf } from './letter-of.js';
import { type OutlineNode, parseOutline } from './parse-outline.js';

/** What `fromText` cannot read from the text itself: the draft's identity and provenance. */
export interface FromTextMeta {
  /** Slug of the draft, unique in a corpus: "counter-proposal". */
  id: string;
  /** Title of the document. @defaultValue the text's heading line, else its first line, else `id` */
  title?: string;
  /** Date of this version (ISO 8601). @defaultValue undefined */
  date?: string;
  /** Free version label. @defaultValue undefined */
  version?: string;
  /** Who reported this version. @defaultValue undefined */
  sources?: Source[];
  /** `complete` for the whole text, `partial` for a summary of some points. @defaultValue 'complete' */
  coverage?: Coverage;
  /** Ids of the drafts this one derives from. @defaultValue undefined */
  basedOn?: string[];
  /** A short description of this version. @defaultValue undefined */
  summary?: string;
}

/** Options of `fromText`. */
export interface FromTextOptions {
  /** Limits on the number of points and the length of each; see `Limits`. @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
  /** The file the text came from; error messages name it. @defaultValue undefined */
  file?: string;
}

/**
 * Turns a plain numbered text into a validated `Draft`.
 *
 * - Markers: `1.` `1)` `(1)` `1.Title` `1.2.3` `Section 1 –` `Section 1.` `Article 1` `§ 1`
 *   `Point 1:` `1 -`, letters `A.` `a)` `(a)`, roman numerals `i)` `(iv)` `IV.`, and bullets
 *   `-` `*` `•` `—` `–`. An upper-case letter followed by a short capitalised phrase ("A.
 *   Security") is a heading in prose and stays text.
 * - Nesting, as a person reads it: the first scheme seen is the top level; another scheme
 *   under it opens a deeper level; a marker that continues the sequence of an open level
 *   (`b)` after `a)`, `v.` after `iv.`) returns to it and closes the levels below; a marker
 *   indented further than the innermost item and starting a list (`1` `a` `i` `A` `I`, a
 *   bullet) opens a deeper level. `i)` after `h)` is the letter i, otherwise a roman
 *   numeral. Dotted numbers nest under the point they extend (`2.1` under 2, `1.2.3` under
 *   1.2); `1.5 million` under point 7 is text. Bullets are never top-level points. At most
 *   8 levels; a deeper marker is text.
 * - Any other line continues the innermost open provision; a line left of that item's
 *   marker, or a new paragraph in line with the marker of an indented or hanging item, goes
 *   back out to the level it lines up with. Lines are joined by single spaces.
 * - Decoration is ignored: rules of `*` `=` `-` `_` `#` `~`, box frames (the text inside is
 *   kept), page numbers ("Page 3 of 10", "- 3 -") and form feeds.
 * - Titles: a marker's line that is a heading ("1.Definitions", "Section 1 – Definitions.",
 *   "1. Definitions." followed by its body or sub-points) becomes the provision's `title`
 *   and the lines after it its `text`. A sentence ("1. The sovereignty of Ukraine is
 *   reaffirmed."), a lead-in ("10. The U.S. guarantee:") or a line going on in lower case
 *   stays text.
 * - Unnumbered parts: after the first point, an appendix heading ("Appendix", "Annex 2",
 *   "Exhibit A - Notice") or a line in capitals standing alone ("NO WARRANTY", "END OF
 *   TERMS AND CONDITIONS") starts a top-level provision with that line as title and no
 *   number.
 * - Restarts: point 1 again after point 2 or later at the top level (an appendix, a second
 *   document appended) starts a new block of top-level provisions, not sub-points. Its
 *   numbers carry the block's ordinal (`2:1`, `2:1.a`), so they cannot be confused with the
 *   first block's; the second document's heading (a short capitalised paragraph before
 *   it, such as "GNU GENERAL PUBLIC LICENSE") becomes an unnumbered provision titled by it.
 * - A first line that is not a point and has text after it is the heading: the title
 *   (unless `meta.title`), left out of the provisions. Text between it and the first point
 *   is provision `p0`; a text with no points at all is that one provision.
 * - Every provision carries the terms `extractTerms` finds in its own text, keys unique
 *   across the draft in reading order (`duration`, `duration.2`, ...).
 *
 * Ids are positional: `p1`, `p2`, ... for the top-level provisions in order (whatever their
 * written numbers), `p1.a`, `p1.b`, ... for their sub-points, `p1.a.a` below, and every
 * provision is marked `positional`, so diffing two imported texts aligns them by content.
 * `number` is the marker's designation after its parent's number ("10", "10.b", "2.a.iv",
 * "2.a.1"), the dotted number as written ("2.1", "1.2.3"), bullets lettered by position.
 *
 * Throws `DraftdiffError` with code `INVALID_TEXT` for a non-string or blank text,
 * `INVALID_ARGUMENT` for a `meta` or `options` that is not an object, `LIMIT_EXCEEDED` past
 * a limit, and `DraftValidationError` when `meta` does not make a valid draft (a bad `id`).
 *
 * @example
 * const draft = fromText(readFileSync('leak.txt', 'utf8'), { id: 'leak', date: '2025-11-20' });
 */
export function fromText(text: string, meta: FromTextMeta, options: FromTextOptions = {}): Draft {
  return guardCall('fromText', [text, meta, options], () => {
    if (typeof options !== 'object' || options === null) {
      throw new DraftdiffError('INVALID_ARGUMENT', 'fromText options must be an object');
    }
    const where = options.file === undefined ? '' : `${options.file}: `;
    if (typeof text !== 'string') {
      throw new DraftdiffError(
        'INVALID_TEXT',
        `${where}text to import must be a string, got ${describeType(text)}`,
        {
          file: options.file,
        },
      );
    }
    if (text.trim() === '') {
      throw new DraftdiffError('INVALID_TEXT', `${where}text to import is empty`, {
        file: options.file,
      });
    }
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${where}meta must be an object with at least an id`,
        {
          file: options.file,
        },
      );
    }
    const limits = resolveLimits(options.limits);
    try {
      return importText(text, meta, limits, options.file);
    } catch (error) {
      if (error instanceof DraftdiffError) throw error;
      // A RangeError from a runtime limit (or a bug): still a typed error, cause kept.
      throw new DraftdiffError('INVALID_TEXT', `${where}text could not be imported`, {
        file: options.file,
        cause: error,
      });
    }
  });
}

function importText(
  text: string,
  meta: FromTextMeta,
  limits: Limits,
  file: string | undefined,
): Draft {
  let outline: ReturnType<typeof parseOutline>;
  try {
    outline = parseOutline(text.replace(/^\uFEFF/u, ''), limits);
  } catch (error) {
    if (error instanceof DraftdiffError && file !== undefined) {
      throw new DraftdiffError(error.code, `${file}: ${error.message}`, {
        path: error.path,
        file,
        cause: error,
      });
    }
    throw error;
  }
  const seenKeys = new Map<string, number>();
  const kinds = new Set(EXTRACTED_TERM_KINDS);
  const toProvision = (node: OutlineNode, id: string): ProvisionInput => {
    const provisionText = node.lines.join(' ');
    const terms = collectTerms(provisionText, kinds, seenKeys);
    // Terms first, items after: keys are numbered in reading order.
    const items = node.items.map((item, index) =>
      toProvision(item, `${id}.${letterOf(index + 1)}`),
    );
    return {
      id,
      positional: true,
      ...(node.number === undefined ? {} : { number: node.number }),
      ...(node.title === undefined ? {} : { title: node.title }),
      text: provisionText,
      ...(items.length === 0 ? {} : { items }),
      ...(terms.length === 0 ? {} : { terms }),
    };
  };

  const provisions: ProvisionInput[] = [];
  const { preamble, points } = outline;
  if (points.length === 0 || preamble.lines.length > 0 || preamble.items.length > 0) {
    provisions.push(toProvision(preamble, 'p0'));
  }
  points.forEach((point, index) => {
    provisions.push(toProvision(point, `p${index + 1}`));
  });

  const draft = {
    id: meta.id,
    title: meta.title ?? outline.heading ?? outline.firstLine ?? meta.id,
    ...(meta.version === undefined ? {} : { version: meta.version }),
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...(meta.basedOn === undefined ? {} : { basedOn: meta.basedOn }),
    ...(meta.sources === undefined ? {} : { sources: meta.sources }),
    ...(meta.coverage === undefined ? {} : { coverage: meta.coverage }),
    ...(meta.summary === undefined ? {} : { summary: meta.summary }),
    provisions,
  };
  return parseDraft(draft, { limits, ...(file === undefined ? {} : { file }) });
}
