// The HTML redline page in a real browser: Debian's Chromium, driven by playwright-core (never a
// downloaded browser build). Every request is blocked, so the page must need none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiffHtml } from '../../src/format/html.js';
import { type DraftInput, diffDrafts } from '../../src/index.js';
import { OUTPUT, useBrowser } from '../support/browser-session.js';
import { loadDraft } from '../support/corpus.js';

const { skipped, open } = useBrowser();

describe.skipIf(skipped)('the redline page of a corpus diff', () => {
  const diff = diffDrafts(loadDraft('axios-28-points'), loadDraft('other-accounts-400k'));
  const html = formatDiffHtml(diff);

  it('shows the cap change, needs no request, and takes a screenshot', async () => {
    const { page, requests, errors } = await open(html);
    const text = await page.innerText('body');
    expect(text).toContain('Changes from axios-28-points to other-accounts-400k');
    const row = await page.innerText('tr.changed');
    expect(row).toContain('Armed forces cap');
    expect(row).toContain('at most 600,000 personnel');
    expect(row).toContain('at most 400,000 personnel');
    expect(row).toContain('-33.3%');
    expect(await page.locator('.redline del').allInnerTexts()).toContain('600,000');
    expect(await page.locator('.redline ins').allInnerTexts()).toContain('400,000');
    await page.screenshot({ path: join(OUTPUT, 'redline.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await open(html, { width: 390, height: 844 });
    // Page functions are passed as source text: the project's types have no DOM.
    const widths = (await page.evaluate(
      '({ page: document.documentElement.scrollWidth, screen: window.innerWidth })',
    )) as { page: number; screen: number };
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await page.screenshot({ path: join(OUTPUT, 'redline-phone.png'), fullPage: true });
    await page.close();
  });

  it('follows the dark color scheme', async () => {
    const { page } = await open(html);
    const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: join(OUTPUT, 'redline-dark.png'), fullPage: true });
    await page.close();
  });
});

/** Markup that would run script, load something or navigate if it were not escaped. */
const PAYLOADS = [
  '<script>window.__pwned = "script"; alert("script")</script>',
  "<img src=x onerror=\"window.__pwned = 'img'; alert('img')\">",
  '<svg onload="window.__pwned = \'svg\'">',
  '<a href="javascript:window.__pwned = \'link\'">javascript:alert(1)</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '" onmouseover="window.__pwned = \'attribute\'" x="',
  '</style><script>window.__pwned = "style"</script>',
  '<meta http-equiv="refresh" content="0;url=http://example.com/">',
  '<link rel="stylesheet" href="http://example.com/x.css">',
];

/** Two drafts whose ids, titles, texts and terms carry every payload, and differ in all of them. */
function hostileDrafts(): [DraftInput, DraftInput] {
  const provisions = (side: 'old' | 'new'): DraftInput['provisions'] =>
    PAYLOADS.map((payload, index) => ({
      id: `${payload} ${index}`,
      number: String(index + 1),
      title: payload,
      text:
        side === 'old' ? `Before ${payload} and ${index}` : `After ${payload} and ${index} more`,
      terms: [
        {
          key: `payload.term-${index}`,
          label: payload,
          kind: 'quantity',
          value: side === 'old' ? 100 : 200,
          unit: payload,
          condition: payload,
        },
        { key: `payload.text-${index}`, kind: 'text', value: `${side} ${payload}` },
      ],
    }));
  const before: DraftInput = {
    id: 'hostile-a',
    title: PAYLOADS.join(' '),
    provisions: [...provisions('old'), { id: `gone ${PAYLOADS[0]}`, text: PAYLOADS.join('\n') }],
  };
  const after: DraftInput = {
    id: 'hostile-b',
    title: PAYLOADS.slice().reverse().join(' '),
    provisions: [...provisions('new'), { id: `new ${PAYLOADS[1]}`, text: PAYLOADS.join(' | ') }],
  };
  return [before, after];
}

describe.skipIf(skipped)('a page of hostile drafts', () => {
  it('runs nothing, loads nothing and shows every payload as text', async () => {
    const [before, after] = hostileDrafts();
    const html = formatDiffHtml(diffDrafts(before, after), { title: PAYLOADS.join(' ') });
    const { page, requests, dialogs, errors } = await open(html);
    // Give any handler that might have been injected (onload, onerror, refresh) a chance to fire.
    await page.mouse.move(10, 10);
    await page.mouse.move(600, 450);
    await page.evaluate('new Promise((resolve) => setTimeout(resolve, 250))');

    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(page.url()).toBe('about:blank');
    const injected = await page.evaluate(`({
      elements: document.querySelectorAll('script, img, svg, iframe, a, link, object, embed').length,
      refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      styles: document.querySelectorAll('style').length,
    })`);
    expect(injected).toEqual({ elements: 0, refresh: 0, handlers: 0, styles: 1 });

    const text = await page.innerText('main');
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(await page.title()).toBe(PAYLOADS.join(' '));
    await page.screenshot({ path: join(OUTPUT, 'redline-hostile.png'), fullPage: true });
    await page.close();
  });
});
