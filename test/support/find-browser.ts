// Finds a Chromium the way a user has one: `CHROMIUM_PATH`, then the usual names on the PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a Chromium to drive, or undefined when this machine has none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') return given;
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    for (const name of NAMES) {
      const path = join(directory, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

/** How to get one, for the notice a skipped browser test prints. */
export const BROWSER_NOTICE =
  'no Chromium found (set CHROMIUM_PATH, or install chromium: apt-get install chromium, ' +
  'brew install --cask chromium); the browser tests of test/browser are skipped. ' +
  'Under CI=true a missing browser is a failure.';

/**
 * Launches the Chromium at `executablePath` headless, quiet (no network of its own, no first-run
 * work) and with `profile` as its fresh user data directory: Playwright refuses
 * `--user-data-dir` among the args and takes the directory here, which is the same flag.
 */
export function launchBrowser(executablePath: string, profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
