// Types of fixtures.mjs.

import type { Fixture } from './score.mjs';

/** The folder of the truth files. */
export const FIXTURES_DIR: string;
/** A truth file read from the folder, with its texts. */
export interface LoadedFixture extends Fixture {
  /** The file name without `.json`. */
  name: string;
}
/** Every truth file of the folder (or those named), in name order, with both texts read. */
export function loadFixtures(names?: readonly string[]): LoadedFixture[];
