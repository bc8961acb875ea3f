/**
 * Escaping, in one place: every formatter passes every user-supplied string (ids, keys,
 * titles, text, error messages) through these at the edge, exactly once.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Control characters and bidirectional marks, embeddings, overrides and isolates: shown as
 * U+FFFD wherever a user string is printed, so a value can neither drive the terminal an HTML
 * or Markdown file is printed to (`ESC[2J`) nor reorder the words around it (U+202E). Tab and
 * line feed stay; carriage return, vertical tab and form feed, which are spacing, become
 * spaces first (`printable`).
 */
const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with spacing controls as spaces and the other unprintable characters as U+FFFD. */
function printable(text: string): string {
  return text.replace(/[\v\f\r]/g, ' ').replace(UNPRINTABLE, '\uFFFD');
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return printable(text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char));
}

/**
 * A user string as HTML element content, escaped and isolated in `<bdi>`: right-to-left text
 * (a Hebrew or Arabic label) then cannot reorder the tool's own words and arrows around it.
 * (Explicit bidi controls are already replaced by `escapeHtml`.)
 */
export function isolateHtml(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * Escapes text for inline Markdown (CommonMark, GFM tables and strikethrough) with as few
 * backslashes as a reader needs: `irish-times-bloomberg` and `-33.3%` stay as they are.
 *
 * - always: `\\`, `` ` ``, `*`, `[`, `]`, `|` and `~` (code, emphasis, links, table cells,
 *   strikethrough); `_` unless it sits between two letters or digits (`snake_case` is no
 *   emphasis); `<` and `&` become entities, so no raw HTML, autolink or entity survives;
 * - at the start only (after any spaces), where a line could begin with them: `#`, `>`, a
 *   `-`, `+` or `1.`/`1)` followed by a space, and a run of `-` or `=` alone (a heading, a
 *   quote, a list item, a rule);
 * - line breaks become spaces, so a value cannot start a new block;
 * - the `:` of `scheme://` and a dot followed by two letters (`example.com`), so a renderer that
 *   turns bare URLs and host names into links (markdown-it's `linkify`) leaves them as text.
 *
 * `!` and `(` need nothing: an image or a link needs a `[`, which is escaped.
 */
export function escapeMarkdown(text: string): string {
  const flat = printable(text.replace(/\r\n?|\n|\u2028|\u2029/g, ' '));
  return flat
    .replace(/[\\`*[\]|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (char) => `\\${char}`)
    .replace(
      /^(\s*)([#>]|[-+](?=\s|$)|[-=](?=[-=\s]*$)|\d{1,9}[.)](?=\s|$))/u,
      (_start, space: string, mark: string) =>
        /^\d/u.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
    )
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\.(?=\p{L}{2})/gu, '\\.')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/**
 * Escapes text for one line of terminal or plain-text output: whitespace runs (line breaks
 * included) become one space, and control characters and bidirectional marks, embeddings,
 * overrides and isolates become U+FFFD, so a value can neither forge a line nor restyle or
 * reorder the screen.
 */
export function escapePlainText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '\uFFFD');
}
