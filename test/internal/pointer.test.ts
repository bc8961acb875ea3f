import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePointer, encodePointer } from '../../src/internal/pointer.js';
import { RUNS } from '../support/runs.js';

describe('encodePointer', () => {
  it.each([
    [[], ''],
    [['provisions', 5, 'text'], '/provisions/5/text'],
    [['a/b'], '/a~1b'],
    [['m~n'], '/m~0n'],
    [['~1'], '/~01'],
    [['/~'], '/~1~0'],
    [[''], '/'],
    [[0, -0, 12], '/0/0/12'],
    [['__proto__', 'constructor'], '/__proto__/constructor'],
  ] as const)('encodes %j as %j (RFC 6901)', (segments, pointer) => {
    expect(encodePointer(segments)).toBe(pointer);
  });

  it('round-trips through decodePointer, numbers as their decimal strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('~', '/', '~1', '~0', '/~'), fc.nat())),
        (segments) => {
          expect(decodePointer(encodePointer(segments))).toEqual(segments.map(String));
        },
      ),
      RUNS,
    );
  });
});
