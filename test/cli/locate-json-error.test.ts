import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../src/cli/locate-json-error.js';

describe('locateJsonError', () => {
  it.each<[string, string, [number, number, string] | undefined]>([
    ['valid object', '{"a": [1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"]}', undefined],
    ['valid scalar with whitespace', '  "x"  \n', undefined],
    ['empty input', '', [1, 1, 'unexpected end of input']],
    ['missing value', '{"a": }', [1, 7, 'expected a value']],
    [
      'trailing comma in an object',
      '{\n  "a": 1,\n}',
      [3, 1, 'expected a double-quoted property name'],
    ],
    ['trailing comma in an array', '[1,]', [1, 4, 'expected a value']],
    ['single quotes', "{'a': 1}", [1, 2, 'expected a double-quoted property name']],
    ['missing colon', '{"a" 1}', [1, 6, "expected ':' after a property name"]],
    ['missing comma', '[1 2]', [1, 4, "expected ',' or ']'"]],
    ['unclosed object', '{"a": 1', [1, 8, 'unexpected end of input']],
    ['text after the value', '{} x', [1, 4, 'unexpected text after the JSON value']],
    ['unterminated string', '["abc', [1, 2, 'unterminated string']],
    ['bad escape', '"a\\x"', [1, 3, 'invalid escape in a string']],
    ['bad unicode escape', '"\\u12G4"', [1, 2, 'invalid \\u escape in a string']],
    [
      'line break in a string',
      '"a\nb"',
      [1, 3, 'unescaped control character (such as a line break) in a string'],
    ],
    ['leading zero', '[01]', [1, 3, "expected ',' or ']'"]],
    ['NaN', '[NaN]', [1, 2, 'expected a value']],
    ['column counts from the last line break', '{\r\n  "a": tru\r\n}', [2, 8, 'expected a value']],
  ])('%s', (_name, text, expected) => {
    const location = locateJsonError(text);
    expect(
      location === undefined ? undefined : [location.line, location.column, location.message],
    ).toEqual(expected);
  });

  it('handles nesting far deeper than the call stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(locateJsonError(deep)).toBeUndefined();
    expect(locateJsonError(`${deep.slice(0, -1)}}`)).toEqual({
      line: 1,
      column: 400_000,
      message: "expected ',' or ']'",
    });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc.json().map((text) => text.slice(0, Math.floor(text.length / 2))),
      fc
        .tuple(fc.json(), fc.constantFrom(',', '}', ']', ':', '"', 'x', ' ', '\n'))
        .map(([text, extra]) => text + extra),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === undefined).toBe(valid);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
