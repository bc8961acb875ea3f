// The timeline page in a real browser: Debian's Chromium, driven by playwright-core (never a
// downloaded browser build). Every request is blocked, so the page must need none.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildTimeline, changelog, describeSource, formatTimelineHtml } from '../../src/index.js';
import { OUTPUT, useBrowser } from '../support/browser-session.js';
import { loadCorpus } from '../support/corpus.js';
import { DRAFTS } from '../support/timeline-story.js';

const CAP = 'armed-forces.personnel-cap';
const DESKTOP = { width: 1440, height: 900 };
const { skipped, open } = useBrowser();

interface Box {
  left: number;
  right: number;
  top: number;
  text: string;
}

/** The boxes of every element `selector` matches, in document order. Source text: no DOM types here. */
async function boxes(page: Page, selector: string): Promise<Box[]> {
  return (await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left, right: box.right, top: box.top, text: element.innerText };
  })`)) as Box[];
}

describe.skipIf(skipped)('the timeline of the corpus', () => {
  const drafts = loadCorpus();
  const timeline = buildTimeline(drafts, {
    keys: [CAP, 'territory.legal-arrangement', 'elections', 'amnesty'],
  });
  const html = formatTimelineHtml(timeline, {
    title: 'The plan, version by version',
    steps: changelog(drafts).map((entry) => entry.diff),
  });

  it('lays the versions out left to right in timeline order, dates rising', async () => {
    const { page, requests, errors, dialogs } = await open(html, DESKTOP);
    const cards = await boxes(page, '.picture .version');
    expect(cards.map((card) => card.text.split('\n')[0])).toEqual(
      timeline.versions.map((version) => version.id),
    );
    for (let index = 1; index < cards.length; index++) {
      expect(cards[index]?.left).toBeGreaterThanOrEqual(cards[index - 1]?.right as number);
      expect(cards[index]?.top).toBe(cards[0]?.top);
    }
    const dated = timeline.versions.flatMap((version, index) =>
      version.date === undefined
        ? []
        : [{ date: version.date.slice(0, 10), left: cards[index]?.left as number }],
    );
    const byPlace = [...dated].sort((a, b) => a.left - b.left).map((item) => item.date);
    expect(byPlace).toEqual([...byPlace].sort());

    // Each day's heading stands over exactly the cards of that day.
    const days = await boxes(page, '.picture .day');
    expect(days).toHaveLength(timeline.days.length);
    let column = 0;
    timeline.days.forEach((day, index) => {
      const first = cards[column] as Box;
      const last = cards[column + day.drafts.length - 1] as Box;
      expect(days[index]?.left).toBeLessThanOrEqual(first.left);
      expect(days[index]?.right).toBeGreaterThanOrEqual(last.right);
      expect(days[index]?.right).toBeLessThan(last.right + 12);
      column += day.drafts.length;
    });
    expect(await page.locator('.arcs path[marker-end]').count()).toBe(timeline.edges.length);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows the cap of each version under it, in order, with who reported it', async () => {
    const { page } = await open(html, DESKTOP);
    const cards = await boxes(page, '.picture .version');
    const cells = await boxes(page, '.picture .cell');
    const track = timeline.tracks[0];
    expect(track?.key).toBe(CAP);
    // The first band's cells: one per version, each under its version's card.
    const band = cells.slice(0, timeline.versions.length);
    band.forEach((cell, index) => {
      expect(cell.left).toBeGreaterThanOrEqual(cards[index]?.left as number);
      expect(cell.right).toBeLessThanOrEqual(cards[index]?.right as number);
    });
    const shown = band.filter((cell) => cell.text.trim() !== '·');
    const stated = track?.steps.filter((step) => step.term !== undefined) ?? [];
    expect(shown).toHaveLength(stated.length);
    shown.forEach((cell, index) => {
      const step = stated[index];
      const value = step?.term?.kind === 'quantity' ? step.term.value.toLocaleString('en-US') : '';
      expect(cell.text).toContain(value);
      for (const source of step?.sources ?? []) expect(cell.text).toContain(describeSource(source));
      if (step?.event === 'changed') expect(cell.text).toContain('CHANGED');
    });
    const axios = band[timeline.versions.findIndex((version) => version.id === 'axios-28-points')];
    expect(axios?.text).toContain('at most 600,000 personnel');
    expect(axios?.text).toContain('Axios');
    await page.screenshot({ path: join(OUTPUT, 'timeline.png'), fullPage: true });
    await page.close();
  });

  it('scrolls the picture, never the page, on a phone; follows the dark scheme', async () => {
    const { page } = await open(html, { width: 390, height: 844 });
    const widths = (await page.evaluate(
      '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
    )) as { page: number; screen: number };
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await page.screenshot({ path: join(OUTPUT, 'timeline-phone.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe(
      'rgb(13, 17, 23)',
    );
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: join(OUTPUT, 'timeline-dark.png'), fullPage: true });
    await page.close();
  });
});

describe.skipIf(skipped)('a timeline with several versions a day and an undated one', () => {
  it('puts one heading over the versions of a day and the undated last', async () => {
    const timeline = buildTimeline(DRAFTS);
    const { page } = await open(formatTimelineHtml(timeline), DESKTOP);
    const days = await boxes(page, '.picture .day');
    const cards = await boxes(page, '.picture .version');
    expect(days.map((day) => day.text)).toEqual([
      '19 Nov 2025',
      '20 Nov 2025',
      '23 Nov 2025',
      '24 Dec 2025',
      'date unknown',
    ]);
    expect(cards.map((card) => card.text.split('\n')[0])).toEqual(
      timeline.versions.map((version) => version.id),
    );
    // 19 Nov spans leak-a and leak-b; 23 Nov spans v2b and v2.
    expect(days[0]?.left).toBeLessThanOrEqual(cards[0]?.left as number);
    expect(days[0]?.right).toBeGreaterThanOrEqual(cards[1]?.right as number);
    expect(days[2]?.left).toBeLessThanOrEqual(cards[3]?.left as number);
    expect(days[2]?.right).toBeGreaterThanOrEqual(cards[4]?.right as number);
    const capValues = (await boxes(page, '.picture .cell .value')).map((cell) => cell.text);
    expect(capValues.slice(0, 6)).toEqual([
      'about 400,000 personnel',
      'about 500,000 personnel',
      'at most 600,000 personnel',
      'at most 800,000 personnel',
      'at most 800,000 personnel in peacetime',
      'at most 800,000 personnel',
    ]);
    await page.screenshot({ path: join(OUTPUT, 'timeline-story.png'), fullPage: true });
    await page.close();
  });
});
