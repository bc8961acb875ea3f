/**
 * Where a JSON text first goes wrong, for an error message with a line and column. `JSON.parse`
 * on Node 20 gives a position for some errors only, and for others quotes the input, which
 * must never end up in an error message whole.
 */

/** The first syntax error of a JSON text: where it is and what was expected there. */
export interface JsonErrorLocation {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** What is wrong, in a few words: "expected ',' or '}'". */
  message: string;
}

type State =
  | 'value'
  | 'value-or-close'
  | 'key-or-close'
  | 'key'
  | 'colon'
  | 'comma-or-close'
  | 'end';

// Sticky and free of nested quantifiers over the same characters: linear, no backtracking.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;

/**
 * Scans `text` as JSON (RFC 8259) with an explicit stack, so nesting depth cannot overflow the
 * call stack, and returns the first error, or `undefined` when the text is valid JSON.
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let index = 0;
  const fail = (message: string, at = index) => toLocation(text, at, message);
  const afterValue = (): State => (stack.length === 0 ? 'end' : 'comma-or-close');

  while (true) {
    while (index < text.length && WHITESPACE.has(text.charAt(index))) index++;
    if (index >= text.length) {
      return state === 'end' ? undefined : fail('unexpected end of input');
    }
    const char = text.charAt(index);
    switch (state) {
      case 'end':
        return fail('unexpected text after the JSON value');
      case 'colon':
        if (char !== ':') return fail("expected ':' after a property name");
        index++;
        state = 'value';
        break;
      case 'comma-or-close': {
        const close = stack.at(-1) === '{' ? '}' : ']';
        if (char === ',') {
          index++;
          state = stack.at(-1) === '{' ? 'key' : 'value';
        } else if (char === close) {
          index++;
          stack.pop();
          state = afterValue();
        } else {
          return fail(`expected ',' or '${close}'`);
        }
        break;
      }
      case 'key-or-close':
      case 'key':
        if (state === 'key-or-close' && char === '}') {
          index++;
          stack.pop();
          state = afterValue();
          break;
        }
        if (char !== '"') return fail('expected a double-quoted property name');
        {
          const end = scanString(text, index);
          if (typeof end !== 'number') return fail(end.message, end.at);
          index = end;
        }
        state = 'colon';
        break;
      case 'value':
      case 'value-or-close': {
        if (state === 'value-or-close' && char === ']') {
          index++;
          stack.pop();
          state = afterValue();
          break;
        }
        if (char === '{' || char === '[') {
          stack.push(char);
          index++;
          state = char === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        const end = scanScalar(text, index);
        if (typeof end !== 'number') return fail(end.message, end.at);
        index = end;
        state = afterValue();
        break;
      }
    }
  }
}

type ScanError = { message: string; at: number };

function scanScalar(text: string, start: number): number | ScanError {
  const char = text[start];
  if (char === '"') return scanString(text, start);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  NUMBER.lastIndex = start;
  const number = NUMBER.exec(text);
  if (number !== null) return start + number[0].length;
  return { message: 'expected a value', at: start };
}

/** Returns the index just past the closing quote of the string that starts at `start`. */
function scanString(text: string, start: number): number | ScanError {
  let index = start + 1;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char === '"') return index + 1;
    if (char === '\\') {
      const escaped = text[index + 1];
      if (escaped === 'u') {
        if (!HEX.test(text.slice(index + 2, index + 6))) {
          return { message: 'invalid \\u escape in a string', at: index };
        }
        index += 6;
        continue;
      }
      if (escaped === undefined || !ESCAPES.has(escaped)) {
        return { message: 'invalid escape in a string', at: index };
      }
      index += 2;
      continue;
    }
    if (char.charCodeAt(0) < 0x20) {
      return {
        message: 'unescaped control character (such as a line break) in a string',
        at: index,
      };
    }
    index++;
  }
  return { message: 'unterminated string', at: start };
}

function toLocation(text: string, offset: number, message: string): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1, message };
}
