import { escapeHtml } from './escape.js';

/**
 * The frame of every standalone HTML page draftdiff writes: a strict Content Security Policy
 * first (no script, no request; inline styles only), so it governs everything after it, then
 * the title, the page's stylesheet, and the body inside `<main>` under an `<h1>`. `title` is
 * escaped here; `style` and `body` are the caller's markup, already escaped.
 */
export function htmlDocument(
  title: string,
  style: string,
  body: readonly string[],
  mainClass?: string,
): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    mainClass === undefined ? '<main>' : `<main class="${mainClass}">`,
    `<h1>${escapeHtml(title)}</h1>`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
