import { CliError } from './cli-io.js';

// The CLI reads text, never bytes that only happen to decode: UTF-8, or UTF-16 announced by
// its byte-order mark. Anything else (a NUL byte, a byte sequence that is not UTF-8) is refused
// by name, so that a binary file or a legacy encoding never imports as mojibake with bogus terms.

/** The byte-order marks the CLI recognises, longest first, with the encoding each announces. */
const MARKS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

/**
 * The text of a file's bytes, without its byte-order mark: UTF-8 (the mark optional), or
 * UTF-16 little- or big-endian after its mark. A NUL character, or bytes that are not valid in
 * the encoding, is a `CliError` naming the file and the byte offset of the first such byte:
 * `a.txt: not UTF-8 or UTF-16 text (invalid UTF-8 at byte 1234)`.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  const mark = MARKS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  const encoding = mark?.encoding ?? 'utf-8';
  const start = mark?.bytes.length ?? 0;
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset =
      encoding === 'utf-8' ? invalidUtf8At(body) : invalidUtf16At(body, encoding === 'utf-16le');
    throw notText(name, `invalid ${label(encoding)} at byte ${start + offset}`);
  }
  // In UTF-8 a zero byte is only ever U+0000; in UTF-16 each string index is two bytes.
  const nul = encoding === 'utf-8' ? body.indexOf(0) : 2 * text.indexOf('\0');
  if (nul >= 0) {
    const offset = start + nul;
    // UTF-16 without a mark has a NUL in nearly every other byte of Latin text.
    const hint = mark === undefined && offset < 2 ? '; UTF-16 needs a byte-order mark' : '';
    throw notText(name, `a NUL byte at byte ${offset}${hint}`);
  }
  return text;
}

function notText(name: string, reason: string): CliError {
  return new CliError(`${name}: not UTF-8 or UTF-16 text (${reason})`);
}

/** `UTF-8`, `UTF-16LE`, `UTF-16BE`: as people write them. */
function label(encoding: string): string {
  return encoding.toUpperCase();
}

/**
 * The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), or of a sequence cut
 * short by the end of the bytes. Only called once the decoder has refused the bytes.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let index = 0;
  for (let lead = bytes[index]; lead !== undefined; lead = bytes[index]) {
    if (lead < 0x80) {
      index++;
      continue;
    }
    // The length of the sequence and the range its second byte must fall in.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k++) {
      const byte = bytes[index + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return index;
}

/** The offset of the first unpaired surrogate, or of a last odd byte, in UTF-16 bytes. */
export function invalidUtf16At(bytes: Uint8Array, littleEndian: boolean): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unitAt = (i: number) => view.getUint16(i, littleEndian);
  let index = 0;
  while (index + 1 < bytes.length) {
    const unit = unitAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = index + 3 < bytes.length ? unitAt(index + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return index;
      index += 4;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return index;
    else index += 2;
  }
  return index;
}
