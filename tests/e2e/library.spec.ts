import { readFileSync } from 'node:fs';
import { expect, shot, test } from './fixtures';
import { SAMPLE } from '../helpers/samples';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

/** Drops files on the page the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
async function dropFiles(page: import('@playwright/test').Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const fire = (type: string) => document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    fire('dragenter');
    fire('dragover');
  }, files);
  await expect(page.getByRole('status', { name: 'Drop to import' })).toBeVisible();
  await shot(page, 'library-drop-overlay');
  const prevented = await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const ev = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
    document.body.dispatchEvent(ev);
    return ev.defaultPrevented;
  }, files);
  // The browser must not navigate to the dropped file.
  expect(prevented).toBe(true);
}

test('import through the file chooser and by drop, see the summary, open and read, correct the outlet', async ({ page, host }) => {
  await page.goto(host.url);
  const empty = page.getByLabel('Empty library');
  await expect(empty).toContainText('Ctrl');
  await expect(empty).toContainText('drag and drop');
  await shot(page, 'library-empty');

  // 1. File chooser (the browser host's hidden input).
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('button', { name: 'Choose files' })).toBeVisible();
  await page.locator('input[aria-label="Files to import"]').setInputFiles(SAMPLE);
  const results = dialog.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem', { name: 'turkiye-turkic-world.txt: imported' })).toBeVisible();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toHaveText('1 imported · 0 duplicate · 0 failed');
  await shot(page, 'library-import-summary');
  await dialog.getByRole('button', { name: 'Close import' }).click();
  await expect(dialog).toBeHidden();

  // 2. The same file dropped on the window is a duplicate pointing at the first; another file is imported.
  await dropFiles(page, [
    { name: 'turkiye-turkic-world.txt', text: readFileSync(SAMPLE, 'utf8') },
    { name: 'note.txt', text: 'Title: A short note\nOutlet: Trend\nPublished: 2025-10\n\nThe Middle Corridor carried more freight.\n' },
  ]);
  await expect(page.getByRole('status', { name: 'Drop to import' })).toBeHidden();
  const drop = page.getByRole('dialog', { name: 'Import' }).getByRole('list', { name: 'Import results' });
  await expect(drop.getByRole('listitem')).toHaveCount(2);
  const dup = drop.getByRole('listitem', { name: 'turkiye-turkic-world.txt: duplicate' });
  await expect(dup).toContainText('already in the library as');
  await expect(dup.getByRole('button', { name: /Open existing document/ })).toBeVisible();
  await expect(drop.getByRole('listitem', { name: 'note.txt: imported' })).toBeVisible();
  await shot(page, 'library-drop-summary');
  await page.getByRole('button', { name: 'Close import' }).click();

  // 3. The library lists both; sorting by title puts the note after the article.
  const grid = page.getByRole('grid', { name: 'Documents' });
  await expect(grid.getByRole('row', { name: TITLE })).toBeVisible();
  await expect(grid.getByRole('row', { name: 'A short note' })).toContainText('Trend');
  await page.getByRole('button', { name: 'Sort by title' }).click();
  await expect(page.getByRole('columnheader', { name: 'Sort by title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid.getByRole('row').nth(1)).toHaveAccessibleName('A short note');
  await page.getByRole('textbox', { name: 'Filter by title' }).fill('corridors');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await shot(page, 'library-list');

  // 4. Open with the keyboard: the reader shows the title once, captions with credits, no trailer.
  await page.getByRole('textbox', { name: 'Filter by title' }).fill('');
  await expect(grid.getByRole('row')).toHaveCount(3);
  await grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { name: TITLE })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const text = page.getByRole('document', { name: 'Document text' });
  await expect(text).toBeVisible();
  await expect(text.locator('.reader-caption').filter({ hasText: 'Photo: Azernews' })).toHaveCount(1);
  await expect(text.locator('ul li').first()).toContainText('11th OTS Summit');
  await expect(text).not.toContainText('Related news');
  // The scrape repeats the title; it shows once, as the page's heading.
  await expect(page.getByText(TITLE, { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(text.locator('.reader-caption').filter({ hasText: 'Photo: Anadolu Agency' })).toHaveCount(1);
  await expect(text.getByText('Photo: Anadolu Agency')).toHaveCount(1);
  // Read-only: editable only for the caret (keyboard selection), which typing cannot change.
  await expect(text).toHaveAttribute('aria-readonly', 'true');
  const shown = await text.textContent();
  await text.locator('p').first().click();
  await page.keyboard.type('typed');
  await page.keyboard.press('Backspace');
  expect(await text.textContent()).toBe(shown);
  await shot(page, 'library-reader');

  // 5. Correct the outlet in the details form; a bad date is refused with a hint.
  await reader.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Document details form' });
  await form.getByRole('textbox', { name: 'Published' }).fill('2025-13');
  await expect(form).toContainText('a date is YYYY, YYYY-MM or YYYY-MM-DD');
  await expect(form.getByRole('button', { name: 'Save details' })).toBeDisabled();
  await form.getByRole('textbox', { name: 'Published' }).fill('2025-10');
  await form.getByRole('combobox', { name: 'Outlet' }).fill('Azernews');
  await shot(page, 'library-details-form');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await expect(reader.getByLabel('Outlet')).toHaveText('Azernews');
  await expect(reader.getByLabel('Published')).toHaveText('2025-10');

  // 6. Back to the library (Alt+1), which shows the new outlet; the outlet exists in Outlets.
  await page.keyboard.press('Alt+1');
  await expect(grid.getByRole('row', { name: TITLE })).toContainText('Azernews');
  await page.getByRole('button', { name: 'Manage outlets' }).click();
  const outlets = page.getByRole('table', { name: 'Outlets' });
  await expect(outlets.getByRole('row', { name: 'Azernews' })).toBeVisible();
  await expect(outlets.getByRole('row', { name: 'Trend' })).toBeVisible();
  await shot(page, 'library-outlets');
});

test('pasted text imports with its details; cancel stops a long import', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByLabel('Empty library')).toBeVisible();
  await page.keyboard.press('Control+Shift+V');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('textbox', { name: 'Text to import' }).fill('Baku hosted the forum.\n\nDelegations from five states attended.');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Forum in Baku');
  await dialog.getByRole('textbox', { name: 'Published' }).fill('2025-10-07');
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog.getByRole('status', { name: 'Import summary' })).toHaveText('1 imported · 0 duplicate · 0 failed');
  await dialog.getByRole('button', { name: 'Open Forum in Baku' }).click();
  await expect(page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText('Forum in Baku');
  await page.getByRole('button', { name: 'Back to library' }).click();

  // Many small files go in several requests; Cancel stops the rest, and what was imported stays.
  await page.keyboard.press('Control+i');
  const files = Array.from({ length: 600 }, (_, i) => ({
    name: `article-${String(i).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Article ${i}\n\n${'Corridor freight volumes rose again this quarter. '.repeat(40)} Number ${i}.`),
  }));
  await page.locator('input[aria-label="Files to import"]').setInputFiles(files);
  await expect(dialog.getByLabel('Files done')).toHaveText(/^\d+ of 600$/);
  // Progress events name the file being imported.
  await expect(dialog.getByLabel('Current file')).toHaveText(/^article-\d{3}\.txt$/);
  await expect(page.getByRole('contentinfo', { name: 'Status bar' })).toContainText(/Importing \d+ of 600 · article-\d{3}\.txt/);
  await shot(page, 'library-import-progress');
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  const summary = dialog.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText('Import cancelled');
  const text = (await summary.textContent()) ?? '';
  const imported = Number(/(\d+) imported/.exec(text)?.[1]);
  const notImported = Number(/(\d+) not imported/.exec(text)?.[1]);
  expect(imported).toBeLessThan(600);
  expect(notImported).toBeGreaterThan(0);
  expect(imported + notImported).toBe(600);
  await dialog.getByRole('button', { name: 'Close import' }).click();
  // A cancel before the first group was stored leaves the pasted document alone.
  await expect(page.getByLabel('Document count')).toHaveText(new RegExp(`^${imported + 1} documents?$`));
});

test('Help › Open Sample Project from the empty library opens the sample with its article', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByLabel('Project name')).toHaveText(/Project: Sample/);
  const grid = page.getByRole('grid', { name: 'Documents' });
  await expect(grid.getByRole('row', { name: TITLE })).toBeVisible();
  await grid.getByRole('row', { name: TITLE }).click();
  await expect(page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await shot(page, 'library-sample');
});

test('outlets: create with kind and grade, refuse a duplicate name, rename, merge, show their documents', async ({ page, host, request }) => {
  const post = (name: string, data: unknown) =>
    request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data });
  await post('documents.import', { items: [{ kind: 'text', text: 'Baku forum\n\nDelegates met.' }], overrides: { outlet: 'Azernews' } });
  await post('documents.import', { items: [{ kind: 'text', text: 'Gabala summit\n\nLeaders met.' }], overrides: { outlet: 'AZ News' } });
  await page.goto(host.url);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Command or document' }).fill('go to outlets');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Outlets' });
  await expect(table.getByRole('row', { name: 'AZ News' })).toBeVisible();

  await page.getByRole('button', { name: 'New outlet' }).click();
  const form = page.getByRole('form', { name: 'Outlet form' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Trend');
  await form.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'News agency' }).click();
  await form.getByRole('combobox', { name: 'Reliability grade' }).click();
  await page.getByRole('option', { name: 'B · usually reliable' }).click();
  await form.getByRole('textbox', { name: 'Country' }).fill('Azerbaijan');
  await form.getByRole('button', { name: 'Save outlet' }).click();
  const trend = table.getByRole('row', { name: 'Trend' });
  await expect(trend).toContainText('News agency');
  await expect(trend).toContainText('Azerbaijan');
  await expect(trend.getByLabel('Grade B')).toBeVisible();

  await page.getByRole('button', { name: 'New outlet' }).click();
  await form.getByRole('textbox', { name: 'Name' }).fill('trend');
  await form.getByRole('button', { name: 'Save outlet' }).click();
  await expect(form.getByRole('alert')).toContainText('exists already');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await table.getByRole('button', { name: 'Edit AZ News' }).click();
  await form.getByRole('textbox', { name: 'Name' }).fill('Azernews (old name)');
  await form.getByRole('button', { name: 'Save outlet' }).click();
  await expect(table.getByRole('row', { name: 'Azernews (old name)' })).toBeVisible();

  await table.getByRole('button', { name: 'Merge Azernews (old name) into another outlet' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Azernews (old name)' });
  await merge.getByRole('combobox', { name: 'Merge into' }).click();
  await page.getByRole('option', { name: 'Azernews', exact: true }).click();
  await expect(merge).toContainText('1 document moves to Azernews');
  await shot(page, 'library-outlet-merge');
  await merge.getByRole('button', { name: 'Merge outlets' }).click();
  await expect(table.getByRole('row', { name: 'Azernews (old name)' })).toHaveCount(0);
  await table.getByRole('button', { name: 'Show documents of Azernews' }).click();
  await expect(page.getByLabel('Document count')).toHaveText('2 documents match');
  await expect(page.getByRole('combobox', { name: 'Filter by outlet' })).toHaveValue('Azernews');
  await shot(page, 'library-outlet-filter');
});

test('text pasted outside any field opens the paste form with it', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByLabel('Empty library')).toBeVisible();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Title: Pasted brief\n\nThe corridor opened.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('textbox', { name: 'Text to import' })).toHaveValue('Title: Pasted brief\n\nThe corridor opened.');
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog.getByRole('listitem', { name: /: imported$/ })).toContainText('Pasted brief');
});
