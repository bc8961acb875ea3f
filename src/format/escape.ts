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

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Escapes text for inline Markdown (CommonMark): every ASCII punctuation character that can
 * open or close markup is backslash-escaped, `<` and `&` become entities so no raw HTML or
 * entity survives, and line breaks become spaces so a value cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (char) => `\\${char}`)
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
