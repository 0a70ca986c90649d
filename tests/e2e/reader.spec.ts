import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { expect, shot, test, type WebHostProcess } from './fixtures';
import { SAMPLE } from '../helpers/samples';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

/** Calls the browser host's API as the page does (the test sets up data; the UI is what is tested). */
async function call<T>(request: APIRequestContext, host: WebHostProcess, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
}

async function importSample(request: APIRequestContext, host: WebHostProcess): Promise<string> {
  // The browser host takes files' contents, as its page sends them, never paths.
  const text = readFileSync(SAMPLE, 'utf8');
  const summary = await call<{ results: { uid: string }[] }>(request, host, 'documents.import', { items: [{ kind: 'text', text, name: 'turkiye-turkic-world.txt' }] });
  return summary.results[0]!.uid;
}

test('the reader shows the article’s structure read-only, Escape stays in it, and Alt+1 returns to the same row', async ({ page, host, request }) => {
  await importSample(request, host);
  await page.goto(host.url);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Command or document' }).fill('expanding role turkic');
  await page.keyboard.press('Enter');

  const reader = page.getByRole('article', { name: 'Reader' });
  const text = reader.getByRole('document', { name: 'Document text' });
  await expect(text.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(text.getByRole('heading', { level: 2 })).toHaveCount(11);
  await expect(text.getByRole('heading', { level: 2, name: 'Energy as structural influence' })).toBeVisible();
  await expect(text.getByRole('list')).toHaveCount(1);
  await expect(text.getByRole('listitem')).toHaveCount(3);
  // Captions are set apart (smaller, italic) with their credits, never as body paragraphs.
  const captions = text.locator('figcaption.reader-caption');
  await expect(captions).toHaveCount(5);
  await expect(captions.nth(3)).toContainText('Photo: Azerbaijan\'s Defense Ministry');
  const style = await captions.first().evaluate((el) => getComputedStyle(el));
  expect(style.fontStyle).toBe('italic');
  const body = await text.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(parseFloat(style.fontSize)).toBeLessThan(body);
  await expect(text).not.toContainText('Related news');

  // Read-only: typing into the text changes nothing.
  const before = await text.textContent();
  await text.getByRole('heading', { level: 2, name: 'Energy as structural influence' }).click();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  expect(await text.textContent()).toBe(before);
  await shot(page, 'reader-article');

  // Escape, once or twice, never leaves the document; Go to Library (Alt+1) does.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(reader).toBeVisible();
  await page.keyboard.press('Alt+1');
  const row = page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE });
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('grid', { name: 'Documents' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reader).toBeVisible();
  await reader.getByRole('button', { name: 'Back to library' }).click();
  await expect(row).toBeVisible();
});

test('a stored address is a link only when it is http(s); a refusal from the core shows under its field and saves nothing', async ({ page, host, request }) => {
  const uid = await importSample(request, host);
  // The core refuses to store an address that is not http(s) or mailto, so none can become a link.
  await expect(call(request, host, 'documents.update', { uid, patch: { url: 'javascript:alert(document.domain)' } })).rejects.toThrow(
    'a URL must start with http://, https:// or mailto:',
  );
  await call(request, host, 'documents.update', { uid, patch: { author: 'Staff writer' } });
  await page.goto(host.url);
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE }).click();
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(reader.getByLabel('Author')).toHaveText('by Staff writer');

  await reader.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Document details form' });
  await form.getByRole('textbox', { name: 'URL' }).fill('https://www.azernews.az/analysis/249317.html');
  await form.getByRole('textbox', { name: 'Author' }).fill('');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  const link = reader.getByRole('link', { name: 'Source address' });
  await expect(link).toHaveAttribute('href', 'https://www.azernews.az/analysis/249317.html');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect(reader.getByLabel('Author')).toHaveCount(0);

  // An error from the core is shown in the form and nothing is saved.
  await reader.getByRole('button', { name: 'Edit details' }).click();
  // The language is picked from a list now; the URL policy is the core's own check.
  await form.getByRole('textbox', { name: 'URL' }).fill('ftp://example.org/item');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByRole('alert')).toContainText('Correct the marked fields.');
  await expect(form).toContainText('a URL must start with http://, https:// or mailto:');
  await shot(page, 'reader-details-error');
  await form.getByRole('button', { name: 'Cancel editing' }).click();
  const doc = await call<{ url: string | null }>(request, host, 'documents.get', { uid });
  expect(doc.url).toBe('https://www.azernews.az/analysis/249317.html');
});
