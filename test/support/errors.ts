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

/** The `DraftdiffError` `run` throws; any other error, or none, fails the test. */
export function thrown(run: () => unknown): DraftdiffError {
  try {
    run();
  } catch (error) {
    if (error instanceof DraftdiffError) return error;
    throw error;
  }
  throw new Error('expected a DraftdiffError, but the call returned');
}
