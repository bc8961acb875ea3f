/**
 * The project's own tokenizer for redlines and similarity. Linear in the text (one sticky
 * regex step per token, no backtracking across tokens) and never splits a figure ("600,000",
 * "$100 billion", "3.5%") or a grapheme (combining marks, emoji sequences, flags).
 *
 * Why not jsdiff's tokenizers: its default word tokenizer splits "600,000" into 600 , 000,
 * and its `intlSegmenter` option is quadratic on Node 20 (DESIGN.md, "Two traps").
 */

/** What a token is. */
export type TokenType = 'figure' | 'word' | 'space' | 'symbol';

// Each alternative consumes at least one character and none can match the empty string;
// repetitions are over disjoint classes or start with a mandatory separator, so each step is
// linear in the token it returns.
const TOKEN =
  /(?<figure>\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])|(?:[A-Z]{1,2}[$€£¥]|[$€£¥])?\d+(?:[,.\u00a0\u202f]\d+)*(?:%|[ \u00a0](?:per[ \u00a0]cent|percent)|(?:bn|mn|m|k)|[ \u00a0](?:million|billion|trillion|bn))?(?![\p{L}\p{N}]))|(?<word>[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*)|(?<space>\s+)|(?<symbol>[\s\S])/uy;

const MARK = /^\p{M}$/u;

/** Code points that always continue the grapheme before them. */
function extendsGrapheme(char: string): boolean {
  const code = char.codePointAt(0) as number;
  return (
    MARK.test(char) ||
    code === 0x200d || // zero width joiner
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    (code >= 0x1f3fb && code <= 0x1f3ff) || // emoji skin-tone modifiers
    (code >= 0xe0020 && code <= 0xe007f) // emoji tag sequences
  );
}

/** Prepend characters (UAX #29) attach to the code point after them. */
const PREPEND = new Set([
  0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x0d4e,
  0x110bd, 0x110cd, 0x111c2, 0x111c3, 0x1193f, 0x11941, 0x11a3a, 0x11a84, 0x11a85, 0x11a86, 0x11a87,
  0x11a88, 0x11a89, 0x11d46, 0x11f02,
]);

function isPrepend(char: string): boolean {
  return PREPEND.has(char.codePointAt(0) as number);
}

const REGIONAL_INDICATOR = /^[\u{1f1e6}-\u{1f1ff}]$/u;
const ZERO_WIDTH_JOINER = '\u200d';

/** One token with its type. */
export interface Token {
  text: string;
  type: TokenType;
}

/**
 * Splits text into tokens whose concatenation is exactly the text. A figure's currency prefix
 * only counts when written right before the digits ("US$5", "€180bn").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(text);
    // The last alternative matches any code point, so a match always exists.
    const groups = (match as RegExpExecArray).groups as Record<TokenType, string | undefined>;
    let type: TokenType = 'symbol';
    let value = '';
    for (const candidate of ['figure', 'word', 'space', 'symbol'] as const) {
      const found = groups[candidate];
      if (found !== undefined) {
        type = candidate;
        value = found;
        break;
      }
    }
    let end = index + value.length;
    end = extendGrapheme(text, end, value);
    tokens.push({ text: text.slice(index, end), type });
    index = end;
  }
  return tokens;
}

/** Moves `end` past code points that belong to the grapheme ending at `end`. */
function extendGrapheme(text: string, end: number, value: string): number {
  let last = lastCodePoint(value);
  let regionalRun = REGIONAL_INDICATOR.test(last) ? 1 : 0;
  while (end < text.length) {
    const next = String.fromCodePoint(text.codePointAt(end) as number);
    const joins =
      extendsGrapheme(next) ||
      last === ZERO_WIDTH_JOINER ||
      isPrepend(last) ||
      // Flags are pairs of regional indicators: join the second to the first only.
      (regionalRun % 2 === 1 && REGIONAL_INDICATOR.test(next)) ||
      // A lone surrogate never pairs with anything; keep it on its own.
      false;
    if (!joins) break;
    regionalRun = REGIONAL_INDICATOR.test(next) ? regionalRun + 1 : 0;
    last = next;
    end += next.length;
  }
  return end;
}

function lastCodePoint(value: string): string {
  const code = value.codePointAt(value.length - 1) as number;
  // A trailing low surrogate belongs to a pair that started one unit earlier.
  if (code >= 0xdc00 && code <= 0xdfff && value.length >= 2) {
    const pair = value.codePointAt(value.length - 2) as number;
    if (pair > 0xffff) return String.fromCodePoint(pair);
  }
  return String.fromCodePoint(code);
}

/**
 * The lower-cased word and figure tokens of a text, for similarity: what a reader would call
 * "the words", without spacing and punctuation.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (token.type === 'word' || token.type === 'figure') words.push(token.text.toLowerCase());
  }
  return words;
}
