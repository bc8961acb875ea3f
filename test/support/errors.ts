import { expect } from 'vitest';
import { DraftdiffError } from '../../src/index.js';

/**
 * The error `call` throws, which must be a `DraftdiffError` with code INVALID_ARGUMENT; fails
 * the test when the call returns instead.
 */
export function invalidArgumentOf(call: () => unknown): DraftdiffError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DraftdiffError);
    expect((error as DraftdiffError).code).toBe('INVALID_ARGUMENT');
    return error as DraftdiffError;
  }
  throw new Error('expected a DraftdiffError, but the call returned');
}

/** The error `call` throws, which must be an instance of `type`; fails the test when the call returns. */
export function errorOf<T extends Error>(
  call: () => unknown,
  type: new (...args: never[]) => T,
): T {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as T;
  }
  throw new Error(`expected a ${type.name}, but the call returned`);
}

/** The `DraftdiffError` `run` throws; any other error, or none, fails the test. */
export function thrown(run: () => unknown): DraftdiffError {
  return errorOf(run, DraftdiffError);
}
