import { guardCall } from '../internal/guard-call.js';
import type { Coverage, Draft } from '../model/draft.js';
import { DraftdiffError } from '../model/errors.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseDraft } from '../model/parse-draft.js';
import type { ProvisionInput } from '../model/provision.js';
import type { Source } from '../model/source.js';
import { collectTerms, EXTRACTED_TERM_KINDS } from './extract-terms.js';
import { letterOf, type OutlineNode, parseOutline } from './parse-outline.js';

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
 * - Points: lines starting `1.` `2)` `(3)` `Point 4:` or `4 -` become provisions.
 * - Sub-points of the point above: `a.` `b)` `(c)`, bullets `-` `*` `•`, and `10.1` under
 *   point 10. They become its `items` (one level; indentation carries no meaning).
 * - Any other line continues the provision above it (its last sub-point, if it has one);
 *   lines are joined by single spaces.
 * - A first line that is not a point and has text after it is the heading: the title
 *   (unless `meta.title`), left out of the provisions. Text between it and the first point
 *   is provision `p0`; a text with no points at all is that one provision.
 * - Every provision carries the terms `extractTerms` finds in its own text, keys unique
 *   across the draft in reading order (`duration`, `duration.2`, ...).
 *
 * Ids are positional: `p1`, `p2`, ... for the points in order (whatever their written
 * numbers), `p1.a`, `p1.b`, ... for sub-points, and every provision is marked `positional`,
 * so diffing two imported texts aligns them by content. `number` is as written ("10",
 * "10.b", "10.1"; bullets are lettered by position).
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
        `${where}text to import must be a string, got ${describe(text)}`,
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

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
