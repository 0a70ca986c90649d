import type { Page } from '@playwright/test';
import { changedBy } from '../../src-main/common/api/invalidation';
import { call, seedAnnotated, startDragInParagraph } from '../helpers/annotated-article';
import { expect, test } from './fixtures';

// The renderer's data flow, counted on the wire: tagging a passage in a heavily annotated
// document asks again only for what the tag changed (never the document's text), another tab
// follows through the host's 'data.changed' event, and a tag with a new theme name is one call
// that undo takes back whole.

const WORDS = 3000;
const ANNOTATIONS = 500;

/** The API calls the page makes from now on, by name, in order. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([a-zA-Z.]+)$/.exec(new URL(r.url()).pathname);
    if (m && r.method() === 'POST') calls.push(m[1]!);
  });
  return calls;
}

const highlights = (page: Page) =>
  page.evaluate(() => new Set([...document.querySelectorAll<HTMLElement>('.reader-text [data-annotation-uid]')].map((e) => e.dataset.annotationUid)).size);

async function openAnnotated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: 'Bench annotated' }).click();
  await expect.poll(() => highlights(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(ANNOTATIONS);
}

/** Drags over the first words of paragraph `i` and waits for the tagging bubble. */
async function selectWords(page: Page, i: number): Promise<void> {
  await startDragInParagraph(page, i);
  await page.mouse.up();
  await expect(page.getByRole('dialog', { name: 'Tag selection' })).toBeVisible();
}

/** Waits until the page has made no call for a while: what a write sets off has all been asked. */
async function settled(page: Page, calls: string[]): Promise<void> {
  let seen = -1;
  while (seen !== calls.length) {
    seen = calls.length;
    await page.waitForTimeout(700);
  }
}

test('tagging in a document with 500 annotations asks again only for what changed, and another tab follows', async ({ page, host, context }) => {
  test.setTimeout(180_000);
  const { annotated } = await seedAnnotated(host, WORDS, ANNOTATIONS);
  await openAnnotated(page, host.url);
  const other = await context.newPage();
  await openAnnotated(other, host.url);
  const otherCalls = recordCalls(other);
  const calls = recordCalls(page);

  await page.bringToFront();
  await selectWords(page, 3);
  const bubble = page.getByRole('dialog', { name: 'Tag selection' });
  await bubble.getByRole('combobox', { name: 'Theme for the selection' }).fill('Theme 2');
  await bubble.getByRole('option', { name: 'Theme 2', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
  await expect.poll(() => highlights(page)).toBe(ANNOTATIONS + 1);
  await settled(page, calls);

  // One write; the document's text is not read again; each read at most once, and only reads the write changed.
  expect(calls.filter((c) => c === 'annotations.create')).toHaveLength(1);
  expect(calls).not.toContain('documents.get');
  const reads = calls.filter((c) => c !== 'annotations.create');
  expect(new Set(reads).size).toBe(reads.length);
  const created = await call<{ items: { uid: string }[] }>(host, 'annotations.list', { document: annotated, limit: 10_000 });
  expect(created.items).toHaveLength(ANNOTATIONS + 1);
  const changed: string[] = changedBy('annotations.create', { document: annotated, start: 0, end: 1 }, created.items[0] as never);
  for (const r of reads) expect(changed).toContain(r);
  // The new annotation goes into the cached list from the write's answer: only the theme
  // counts, the saved searches' counts and the status bar's counts are asked again.
  expect(reads.sort()).toEqual(['project.info', 'savedSearches.list', 'themes.list']);

  // The other tab heard of it from the host ('data.changed') and asked again for what is on its screen.
  await expect.poll(() => highlights(other)).toBe(ANNOTATIONS + 1);
  await settled(other, otherCalls);
  expect(otherCalls.sort()).toEqual(['annotations.list', 'project.info', 'savedSearches.list', 'themes.list']);
});

test('a tag with a new theme name is one call; undo removes the annotation and the theme, redo brings both back', async ({ page, host }) => {
  test.setTimeout(180_000);
  const { annotated } = await seedAnnotated(host, WORDS, 20);
  await page.goto(host.url);
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: 'Bench annotated' }).click();
  await expect.poll(() => highlights(page), { timeout: 30_000 }).toBe(20);
  const calls = recordCalls(page);

  await selectWords(page, 5);
  const bubble = page.getByRole('dialog', { name: 'Tag selection' });
  await bubble.getByRole('combobox', { name: 'Theme for the selection' }).fill('Port logistics');
  await bubble.getByRole('option', { name: 'Create theme “Port logistics”' }).click();
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  await expect(detail.getByLabel('Annotation themes')).toContainText('Port logistics');
  await settled(page, calls);
  expect(calls.filter((c) => !c.endsWith('.list') && c !== 'project.info')).toEqual(['annotations.create']);
  const themeNames = async () => (await call<{ name: string }[]>(host, 'themes.list', {})).map((t) => t.name);
  expect(await themeNames()).toContain('Port logistics');

  await page.keyboard.press('Control+z');
  await expect.poll(() => highlights(page)).toBe(20);
  await expect.poll(themeNames).not.toContain('Port logistics');

  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => highlights(page)).toBe(21);
  const page2 = await call<{ items: { themes: { name: string }[] }[] }>(host, 'annotations.list', { document: annotated, limit: 100 });
  expect(page2.items.filter((a) => a.themes.some((t) => t.name === 'Port logistics'))).toHaveLength(1);
});
