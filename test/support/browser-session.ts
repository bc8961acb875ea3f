// One Chromium per test file, found as users have it (find-browser.ts) and launched with a fresh
// profile and no background traffic; pages that block and record every request.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BROWSER_NOTICE, findBrowser, launchBrowser } from './find-browser.js';

/** Where the browser tests save their screenshots. */
export const OUTPUT = join(import.meta.dirname, '..', '..', 'test-output');

/** What a page did while it was open. */
export interface Visit {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

/** A browser for the file that calls it, and whether its tests are skipped. */
export interface BrowserSession {
  /** True on a machine without a browser, outside CI: the file's tests skip. */
  skipped: boolean;
  /** Opens `html` in a fresh page that blocks (and records) every request. */
  open(html: string, viewport?: { width: number; height: number }): Promise<Visit>;
}

/**
 * Starts Chromium before the file's tests and closes it after. Without a browser the tests are
 * skipped with a notice; under CI (which installs one: .ci/run) its absence fails the setup.
 */
export function useBrowser(): BrowserSession {
  const executablePath = findBrowser();
  const skipped = executablePath === undefined && process.env.CI !== 'true';
  if (skipped) process.stderr.write(`\n[draftdiff] ${BROWSER_NOTICE}\n\n`);
  let browser: BrowserContext | undefined;
  let profile: string | undefined;

  beforeAll(async () => {
    if (executablePath === undefined) throw new Error(BROWSER_NOTICE);
    profile = mkdtempSync(join(tmpdir(), 'draftdiff-chromium-'));
    browser = await launchBrowser(executablePath, profile);
    mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  return {
    skipped,
    async open(html, viewport = { width: 1280, height: 900 }) {
      if (browser === undefined) throw new Error(BROWSER_NOTICE);
      const page = await browser.newPage();
      await page.setViewportSize(viewport);
      const visit: Visit = { page, requests: [], dialogs: [], errors: [] };
      await page.route('**/*', (route) => {
        visit.requests.push(route.request().url());
        return route.abort();
      });
      page.on('dialog', (dialog) => {
        visit.dialogs.push(dialog.message());
        return dialog.dismiss();
      });
      page.on('pageerror', (error) => visit.errors.push(error.message));
      await page.setContent(html, { waitUntil: 'load' });
      return visit;
    },
  };
}
