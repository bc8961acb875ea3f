import { describe, expect, it } from 'vitest';
import { describeSize, maxFileBytes } from '../../src/cli/size-limit.js';

describe('maxFileBytes', () => {
  it.each([
    [undefined, 64 * 1024 * 1024],
    ['', 64 * 1024 * 1024],
    ['1', 1],
    ['4096', 4096],
    ['500K', 500 * 1024],
    ['500 KiB', 500 * 1024],
    ['256M', 256 * 1024 * 1024],
    ['256mb', 256 * 1024 * 1024],
    [' 2G ', 2 * 1024 * 1024 * 1024],
  ])('reads %j as %i bytes', (value, bytes) => {
    expect(maxFileBytes({ DRAFTDIFF_MAX_FILE_SIZE: value })).toBe(bytes);
  });

  it.each(['0', 'x', '1.5M', '-1', '5T', '5 M B', '1e6', '9'.repeat(16), '99999999999999G'])(
    'refuses %j',
    (value) => {
      expect(() => maxFileBytes({ DRAFTDIFF_MAX_FILE_SIZE: value })).toThrow(
        `DRAFTDIFF_MAX_FILE_SIZE must be a size such as 256M (bytes, or K, M, G), got ${JSON.stringify(value)}`,
      );
    },
  );
});

describe('describeSize', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [64 * 1024 * 1024, '64 MiB'],
    [402.34 * 1024 * 1024, '402.3 MiB'],
  ])('%i bytes: %s', (bytes, text) => {
    expect(describeSize(bytes)).toBe(text);
  });
});
