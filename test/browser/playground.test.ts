// The playground page (npm run playground) in a real Chromium, opened from the disk as a visitor
// would open site/index.html: the library runs in the page, and the page loads nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NOTICE, findBrowser, launchBrowser } from '../support/find-browser.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUTPUT = join(ROOT, 'test-output');
/** A guard against a hang, never a measure: a busy machine may take long, never this long. */
const PATIENCE = { timeout: 300_000 };

const executablePath = findBrowser();
const skipped = executablePath === undefined && process.env.CI !== 'true';
if (skipped) process.stderr.write(`\n[draftdiff] ${BROWSER_NOTICE}\n\n`);

let browser: BrowserContext;
let scratch: string;
let url: string;

beforeAll(async () => {
  if (executablePath === undefined) throw new Error(BROWSER_NOTICE);
  scratch = mkdtempSync(join(tmpdir(), 'draftdiff-playground-'));
  const site = join(scratch, 'site');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-playground.mjs'), '--out', site], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  url = pathToFileURL(join(site, 'index.html')).href;
  browser = await launchBrowser(executablePath, join(scratch, 'profile'));
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

/** What the page did while it was open. */
interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens the playground; every request but the page's own is recorded and refused. */
async function open(viewport = { width: 1280, height: 900 }): Promise<Visit> {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  const visit: Visit = { page, requests: [], errors: [] };
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    visit.requests.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  await page.goto(url, { waitUntil: 'load', ...PATIENCE });
  return visit;
}

/** Waits until the result of `from` -> `to` is shown and the diff page in its frame is loaded. */
async function settled(page: Page, from: string, to: string): Promise<void> {
  // Locators rather than page functions: the page's Content Security Policy forbids eval.
  await page.locator('#status', { hasText: `${from} → ${to}:` }).waitFor(PATIENCE);
  // The status changes with the frame's source; the frame is loaded when it is no longer busy.
  await page.locator('[data-testid="changes"][aria-busy="false"]').waitFor(PATIENCE);
}

const diffFrame = (page: Page) => page.frameLocator('[data-testid="changes"] iframe');

const VERSION = (cap: string) =>
  [
    'Peace framework',
    '',
    `1. Ukraine's armed forces would be capped at ${cap} personnel.`,
    '2. Elections would be held within 100 days.',
  ].join('\n');

describe.skipIf(skipped)('the playground', () => {
  it('diffs two typed versions in the page: the cap falls by 33.3%', async () => {
    const { page, requests, errors } = await open();
    await page.getByTestId('before').fill(VERSION('600,000'));
    await page.getByTestId('after').fill(VERSION('400,000'));
    await settled(page, 'before', 'after');

    const rows = diffFrame(page).locator('tr.changed');
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.locator('td[data-label="Before"]').innerText()).toBe(
      'at most 600,000 personnel',
    );
    expect(await row.locator('td[data-label="After"]').innerText()).toBe(
      'at most 400,000 personnel',
    );
    expect(await row.locator('td[data-label="Change"]').innerText()).toBe('▼ -33.3%');
    expect(await diffFrame(page).locator('.redline del').allInnerTexts()).toEqual(['600,000']);
    expect(await diffFrame(page).locator('.redline ins').allInnerTexts()).toEqual(['400,000']);

    const disagreement = page.getByTestId('changes').locator('#comparison tr.disagree');
    expect(await disagreement.count()).toBe(1);
    const cells = await disagreement.locator('td').allInnerTexts();
    expect(cells).toEqual(['≠', 'at most 600,000 personnel', 'at most 400,000 personnel']);

    await page.screenshot({ path: join(OUTPUT, 'playground.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on two bundled drafts, and diffs any two picked', async () => {
    const { page, errors } = await open();
    await settled(page, 'irish-times-bloomberg', 'other-accounts-400k');
    expect(await page.locator('#before-draft').inputValue()).toBe('irish-times-bloomberg.json');
    expect(await page.locator('#after-draft').inputValue()).toBe('other-accounts-400k.json');

    await page.locator('#before-draft').selectOption('axios-28-points.json');
    await settled(page, 'axios-28-points', 'other-accounts-400k');
    const cap = diffFrame(page).locator('tr.changed', { hasText: 'Armed forces cap' });
    expect(await cap.locator('td[data-label="Before"]').innerText()).toBe(
      'at most 600,000 personnel',
    );
    expect(await cap.locator('td[data-label="After"]').innerText()).toBe(
      'at most 400,000 personnel',
    );
    expect(await cap.locator('td[data-label="Change"]').innerText()).toContain('-33.3%');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the side and the fault of bad input, and hides the stale result', async () => {
    const { page, errors } = await open();
    await settled(page, 'irish-times-bloomberg', 'other-accounts-400k');
    const status = page.locator('#status.error');

    await page.getByTestId('before').fill('{ "id": ');
    await status.waitFor(PATIENCE);
    expect(await status.innerText()).toMatch(/^Before: not valid JSON \(.+\)$/);
    expect(await page.getByTestId('changes').isHidden()).toBe(true);

    await page.getByTestId('before').fill('{ "id": "Not A Slug", "provisions": [] }');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page
      .locator('#status.error', { hasText: 'Before: invalid draft: /id:' })
      .waitFor(PATIENCE);
    expect(await page.getByTestId('changes').isHidden()).toBe(true);

    await page.getByTestId('before').fill('');
    await page.getByRole('button', { name: 'Compare' }).click();
    expect(await page.locator('#status').innerText()).toBe(
      'Paste a version into each box, or pick two bundled drafts.',
    );
    expect(await status.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await open({ width: 390, height: 844 });
    await page.getByTestId('before').fill(VERSION('600,000'));
    await page.getByTestId('after').fill(VERSION('400,000'));
    await settled(page, 'before', 'after');
    const widths = (await page.evaluate(
      '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
    )) as { page: number; screen: number };
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    // The frame is as tall as the diff page in it: nothing of the diff scrolls inside it.
    const frame = (await page.evaluate(`(() => {
      const frame = document.querySelector('[data-testid="changes"] iframe');
      return { frame: frame.getBoundingClientRect().height, content: frame.contentDocument.body.scrollHeight };
    })()`)) as { frame: number; content: number };
    expect(frame.frame).toBeGreaterThanOrEqual(frame.content);
    await page.screenshot({ path: join(OUTPUT, 'playground-phone.png'), fullPage: true });
    await page.close();
  });
});
