import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/import/clean-lines.js';

/** Each line as `indent|text` plus `¶` when it starts a paragraph, `_` when underlined, `#` for Markdown. */
function layout(text: string): string[] {
  return cleanLines(text).map(
    (line) =>
      `${line.indent}|${line.text}${line.paragraphStart ? ' ¶' : ''}${line.underlined ? ' _' : ''}${line.markedHeading ? ' #' : ''}`,
  );
}

describe('cleanLines: one row per decoration form', () => {
  it.each([
    ['a rule of =', 'Title\n=====\nBody', ['0|Title ¶ _', '0|Body ¶']],
    [
      'a rule of -',
      '1. Definitions\n--------------\n\n1.1. One',
      ['0|1. Definitions ¶ _', '0|1.1. One ¶'],
    ],
    ['a rule of *', 'One\n\n***\n\nTwo', ['0|One ¶', '0|Two ¶']],
    ['a rule of _', 'One\n_____\nTwo', ['0|One ¶ _', '0|Two ¶']],
    ['a rule of # under a line', 'One\n#####\nTwo', ['0|One ¶', '0|Two ¶']],
    ['a rule of ~', 'One\n\n~~~~\nTwo', ['0|One ¶', '0|Two ¶']],
    ['a spaced rule', 'One\n\n* * *\n\nTwo', ['0|One ¶', '0|Two ¶']],
    ['a rule of em dashes', 'One\n\n———\nTwo', ['0|One ¶', '0|Two ¶']],
    ['a table border', 'One\n\n+-----+-----+\nTwo', ['0|One ¶', '0|Two ¶']],
    [
      'a box of * (MPL-2.0 sections 6 and 7)',
      [
        'Before.',
        '',
        '**************************',
        '*                        *',
        '*  6. Disclaimer         *',
        '*  -------------         *',
        '*                        *',
        '*  Covered Software is   *',
        '*  provided "as is".     *',
        '*                        *',
        '**************************',
        '',
        '8. Litigation',
      ].join('\n'),
      [
        '0|Before. ¶',
        '2|6. Disclaimer ¶ _',
        '2|Covered Software is ¶',
        '2|provided "as is".',
        '0|8. Litigation ¶',
      ],
    ],
    ['a box of |', '+------+\n| Kept |\n+------+\nAfter', ['1|Kept ¶', '0|After ¶']],
    [
      'page numbers',
      'One\nPage 3 of 10\ntwo\npage 4\n- 5 -\n6/10\n— 7 —\nthree',
      ['0|One ¶', '0|two', '0|three'],
    ],
    ['a form feed', 'One\fTwo\vThree', ['0|One ¶', '0|Two', '0|Three']],
    ['Markdown headings', '# Plan\n## 2. Scope\nBody', ['0|Plan ¶ #', '0|2. Scope #', '0|Body']],
    [
      'indentation with spaces and tabs',
      '  a\n\tb\n  \tc\n\u00a0d',
      ['2|a ¶', '8|b', '8|c', '1|d'],
    ],
    [
      'line breaks of every kind',
      'a\r\nb\rc\u2028d\u2029e\u0085f',
      ['0|a ¶', '0|b', '0|c', '0|d', '0|e', '0|f'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(layout(text)).toEqual(expected);
  });
});

describe('cleanLines: what is kept', () => {
  it.each([
    ['a bullet with its text', '- one', ['0|- one ¶']],
    ['two dashes', '--', ['0|-- ¶']],
    ['a line framed by * outside a box', '*emphasis*', ['0|*emphasis* ¶']],
    ['a box that ends at an unframed line', '****\n* in *\nout *', ['1|in ¶', '0|out *']],
    ['a number alone', '3', ['0|3 ¶']],
    ['a sentence about a page', 'See page 3 of the annex', ['0|See page 3 of the annex ¶']],
    ['a hash without a space', '#1 priority', ['0|#1 priority ¶']],
  ])('%s', (_name, text, expected) => {
    expect(layout(text)).toEqual(expected);
  });
});
