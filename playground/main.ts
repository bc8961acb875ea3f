// The playground's script: reads the two versions, and shows what draftdiff makes of them. It
// uses only the public API, from the library's ESM build (scripts/build-playground.mjs bundles
// it in), so the page shows what the library does in a browser.
import {
  compareDrafts,
  type Draft,
  diffDrafts,
  formatComparison,
  formatDiffHtml,
  fromText,
  parseDraft,
} from 'draftdiff';

/** One draft of the drafts/ folder, embedded in the page at build time. */
interface BundledDraft {
  file: string;
  draft: { id: string; version?: string; title?: string };
}

type Side = 'before' | 'after';

const SIDES: readonly Side[] = ['before', 'after'];
const LABELS: Record<Side, string> = { before: 'Before', after: 'After' };
/** The pair shown when the page opens: two reports of the armed forces cap. */
const FIRST_PAIR: Record<Side, string> = {
  before: 'irish-times-bloomberg.json',
  after: 'other-accounts-400k.json',
};
/** How long typing must pause before the result follows, in milliseconds. */
const TYPING_PAUSE = 250;

function element<T extends Element>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`playground: the page has no #${id}`);
  return found;
}

const form = element('versions', HTMLFormElement);
const status = element('status', HTMLParagraphElement);
const changes = element('changes', HTMLElement);
const frame = element('diff', HTMLIFrameElement);
const comparison = element('comparison', HTMLDivElement);
const texts = {
  before: element('before', HTMLTextAreaElement),
  after: element('after', HTMLTextAreaElement),
};
const pickers = {
  before: element('before-draft', HTMLSelectElement),
  after: element('after-draft', HTMLSelectElement),
};
const bundled = JSON.parse(element('drafts', HTMLScriptElement).text) as BundledDraft[];

/**
 * One side as a draft: JSON (a text starting with `{`) is parsed as a draft, anything else is
 * imported as numbered plain text with the side's name as id. Undefined when the box is empty.
 */
function readSide(side: Side): Draft | undefined {
  const text = texts[side].value;
  if (text.trim() === '') return undefined;
  const file = LABELS[side];
  if (!text.trimStart().startsWith('{')) return fromText(text, { id: side }, { file });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return parseDraft(json, { file });
}

function showStatus(message: string, isError: boolean): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function render(): void {
  const drafts: Partial<Record<Side, Draft>> = {};
  const problems: string[] = [];
  for (const side of SIDES) {
    try {
      drafts[side] = readSide(side);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const { before, after } = drafts;
  if (problems.length > 0 || before === undefined || after === undefined) {
    changes.hidden = true;
    if (problems.length > 0) showStatus(problems.join('\n'), true);
    else showStatus('Paste a version into each box, or pick two bundled drafts.', false);
    return;
  }
  try {
    const diff = diffDrafts(before, after);
    // Both formatters escape every string from the drafts; the diff page also runs in a frame
    // that may not script, under its own Content Security Policy.
    const page = formatDiffHtml(diff);
    // The same page again would only reload the frame, and flicker.
    if (frame.srcdoc !== page) {
      changes.setAttribute('aria-busy', 'true');
      frame.srcdoc = page;
    }
    comparison.innerHTML = formatComparison(compareDrafts([before, after]), 'html');
    const count = diff.changes.length;
    showStatus(
      `${before.id} → ${after.id}: ${count === 0 ? 'no changes' : `${count} ${count === 1 ? 'change' : 'changes'}`}.`,
      false,
    );
    changes.hidden = false;
  } catch (error) {
    changes.hidden = true;
    showStatus((error as Error).message, true);
  }
}

/** Makes the frame as tall as the page in it, so the diff reads as part of this page. */
function fitFrame(): void {
  const body = frame.contentDocument?.body;
  if (body) frame.style.height = `${body.scrollHeight}px`;
}

function frameLoaded(): void {
  fitFrame();
  changes.setAttribute('aria-busy', 'false');
}

function pick(side: Side, file: string): void {
  const found = bundled.find((entry) => entry.file === file);
  if (found === undefined) return;
  pickers[side].value = file;
  texts[side].value = `${JSON.stringify(found.draft, null, 2)}\n`;
}

let pending: ReturnType<typeof setTimeout> | undefined;

for (const side of SIDES) {
  const picker = pickers[side];
  picker.append(new Option('Your own text', ''));
  for (const { file, draft } of bundled) {
    const name = draft.version === undefined ? draft.id : `${draft.id}: ${draft.version}`;
    picker.append(new Option(name, file));
  }
  picker.addEventListener('change', () => {
    if (picker.value === '') return;
    pick(side, picker.value);
    render();
  });
  texts[side].addEventListener('input', () => {
    picker.value = '';
    clearTimeout(pending);
    pending = setTimeout(render, TYPING_PAUSE);
  });
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(pending);
  render();
});
frame.addEventListener('load', frameLoaded);
new ResizeObserver(() => requestAnimationFrame(fitFrame)).observe(changes);

for (const side of SIDES) pick(side, FIRST_PAIR[side]);
render();
