import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-io.js';
import { decodeText, invalidUtf8At, invalidUtf16At } from '../../src/cli/decode-text.js';
import { RUNS } from '../support/runs.js';

/** Whether the WHATWG decoder accepts `bytes` as `encoding` (the reference). */
function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// A validator goes wrong at the edges of UTF-8's ranges (lead bytes, continuations, surrogates,
// overlong forms), after a valid prefix: so inputs are valid characters mixed with short
// sequences made of such edge bytes.
const lead = fc.constantFrom(
  0x80,
  0xc0,
  0xc1,
  0xc2,
  0xdf,
  0xe0,
  0xed,
  0xee,
  0xef,
  0xf0,
  0xf4,
  0xf5,
);
const follow = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0);
const utf8Piece = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).map((text) => [...Buffer.from(text)]),
  fc
    .tuple(lead, follow, follow, follow, fc.integer({ min: 1, max: 4 }))
    .map(([first, ...rest]) => [first, ...rest.slice(0, 3)].slice(0, rest[3] as number)),
);
const utf8Bytes = fc
  .array(utf8Piece, { maxLength: 8 })
  .map((pieces) => Uint8Array.from(pieces.flat()));

// UTF-16: code units, surrogate halves often, and now and then one odd byte at the end.
const unit = fc.oneof(
  fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xdfff, 0x0041, 0xfeff),
  fc.integer({ min: 0, max: 0xffff }),
);
const utf16Bytes = (littleEndian: boolean) =>
  fc.tuple(fc.array(unit, { maxLength: 10 }), fc.boolean()).map(([units, odd]) => {
    const buffer = Buffer.alloc(2 * units.length + (odd ? 1 : 0), 0x41);
    for (const [i, value] of units.entries()) {
      if (littleEndian) buffer.writeUInt16LE(value, 2 * i);
      else buffer.writeUInt16BE(value, 2 * i);
    }
    return Uint8Array.from(buffer);
  });

describe('the first invalid byte', () => {
  it.each([
    ['a continuation byte alone', [0x41, 0x80], 1],
    ['a lead byte that never starts UTF-8', [0x41, 0xf5, 0x80, 0x80, 0x80], 1],
    ['an overlong 2-byte form', [0xc0, 0xaf], 0],
    ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an overlong 4-byte form', [0xf0, 0x80, 0x80, 0xaf], 0],
    ['a surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short', [0xe2, 0x82, 0xac, 0xe2, 0x82], 3],
    ['a sequence broken by ASCII', [0xf0, 0x9f, 0x41], 0],
  ])('in UTF-8: %s', (_, bytes, at) => {
    const input = Uint8Array.from(bytes);
    expect(decodes('utf-8', input)).toBe(false);
    expect(invalidUtf8At(input)).toBe(at);
  });

  it.each([
    ['a low surrogate first', [0x00, 0xdc, 0x41, 0x00], 0],
    ['a high surrogate before a letter', [0x41, 0x00, 0x00, 0xd8, 0x41, 0x00], 2],
    ['a high surrogate at the end', [0x41, 0x00, 0xff, 0xdb], 2],
    ['an odd last byte', [0x3d, 0xd8, 0x00, 0xde, 0x41], 4],
  ])('in UTF-16LE: %s', (_, bytes, at) => {
    const input = Uint8Array.from(bytes);
    expect(decodes('utf-16le', input)).toBe(false);
    expect(invalidUtf16At(input, true)).toBe(at);
    const swapped = Uint8Array.from(Buffer.from(input.subarray(0, input.length & ~1)).swap16());
    const big = Uint8Array.from([...swapped, ...input.subarray(swapped.length)]);
    expect(invalidUtf16At(big, false)).toBe(at);
  });

  // The prefix before it decodes, and the prefix through its sequence (at most 4 bytes) does not.
  it.each([
    ['utf-8', invalidUtf8At, utf8Bytes],
    ['utf-16le', (b: Uint8Array) => invalidUtf16At(b, true), utf16Bytes(true)],
    ['utf-16be', (b: Uint8Array) => invalidUtf16At(b, false), utf16Bytes(false)],
  ] as const)('agrees with TextDecoder for %s', (encoding, firstInvalid, inputs) => {
    fc.assert(
      fc.property(inputs, (input) => {
        if (decodes(encoding, input)) return;
        const at = firstInvalid(input);
        expect(decodes(encoding, input.subarray(0, at))).toBe(true);
        expect(decodes(encoding, input.subarray(0, Math.min(input.length, at + 4)))).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('decodeText', () => {
  it('gives back every string, in every encoding with its byte-order mark', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .filter((s) => !s.includes('\0') && !s.startsWith('\ufeff'));
    fc.assert(
      fc.property(text, (input) => {
        const utf16 = Buffer.from(`\ufeff${input}`, 'utf16le');
        expect(decodeText('t', Buffer.from(input))).toBe(input);
        expect(decodeText('t', Buffer.from(`\ufeff${input}`))).toBe(input);
        expect(decodeText('t', utf16)).toBe(input);
        expect(decodeText('t', Buffer.from(utf16).swap16())).toBe(input);
      }),
      RUNS,
    );
  });

  it('refuses every byte string the decoder refuses, with a CliError', () => {
    fc.assert(
      fc.property(utf8Bytes, (input) => {
        const valid = decodes('utf-8', input) && !input.includes(0);
        const hasMark = input[0] === 0xff || input[0] === 0xfe || input[0] === 0xef;
        if (hasMark) return; // Marks choose another encoding: covered above.
        if (valid) expect(decodeText('t', input)).toBe(new TextDecoder().decode(input));
        else expect(() => decodeText('t', input)).toThrow(CliError);
      }),
      RUNS,
    );
  });
});
