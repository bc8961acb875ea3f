// Types of browser-bundle.mjs for the test that uses it.
import type { Metafile } from 'esbuild';

export function bundleForBrowser(
  root: string,
  options?: { minify?: boolean },
): Promise<{ code: Uint8Array; metafile: Metafile }>;
export function bundledInputs(metafile: Metafile): { file: string; bytes: number }[];
export function packageOf(file: string): string;
