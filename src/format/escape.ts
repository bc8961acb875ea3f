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
 * Escapes text for inline Markdown (CommonMark): every ASCII punctuation character that can
 * open or close markup is backslash-escaped, `<` and `&` become entities so no raw HTML or
 * entity survives, and line breaks become spaces so a value cannot start a new block. The `:`
 * of `scheme://` is escaped too, and the dots of host names already are, so a renderer that
 * turns bare URLs into links (markdown-it's `linkify`) leaves them as text.
 */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/\r\n?|\n|\u2028|\u2029/g, ' '))
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (char) => `\\${char}`)
    .replace(/:(?=\/\/)/g, '\\:')
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
