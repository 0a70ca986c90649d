import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, shot, test, type WebHostProcess } from './fixtures';
import { dragOver } from './reader-helpers';

// Alias groups and document languages in the real UI, on real articles from
// tests/fixtures/multilingual-real: the alias view (filter, new group, add and remove names,
// delete, undo, refused input), "Also search as…" from a word selected in the reader, and the
// language in the document details changing what a search finds.

const REAL = join(process.cwd(), 'tests/fixtures/multilingual-real');
const SABAH = '005-sabah-gebele-zirve.txt';
const MINVAL = '014-minval-fidan-gordost.txt';
const SABAH_TITLE = 'Türk devletleri bölgesel barış için aynı masada';
const MINVAL_TITLE = 'Фидан гордится проведением саммита в Габале';

async function call<T>(request: APIRequestContext, host: WebHostProcess, name: string, input: unknown): Promise<T> {
  const r = await request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error!.message);
  return body.value;
}

async function importReal(request: APIRequestContext, host: WebHostProcess, ...files: string[]): Promise<void> {
  const items = files.map((name) => ({ kind: 'text', name, text: readFileSync(join(REAL, name), 'utf8') }));
  await call(request, host, 'documents.import', { items, overrides: {} });
}

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('combobox', { name: 'Search everything' });
  await box.fill(query);
  await expect(page.getByRole('status', { name: 'Search summary' })).toBeVisible();
}
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** Screenshots for a person to look at, at the smallest and a large window size. */
async function shotBothSizes(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await shot(page, `${name}-${size.width}`);
  }
}

/** Selects `text` in the reader and picks Also search as… for `name` (the drag again if a loaded machine lost it). */
async function alsoSearchAs(page: Page, text: string, name: string): Promise<void> {
  const button = page.getByRole('dialog', { name: 'Tag selection' }).getByRole('button', { name: `Also search as: ${name}` });
  await expect(async () => {
    await dragOver(page, text);
    await expect(button).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await button.click();
}

async function openDocument(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Alt+1');
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: title }).click();
  await expect(page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(title);
}

test('alias view: filter, new group, refused input, add and remove names, delete and undo', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByLabel('Project name')).toBeVisible();
  // From the search view's Aliases… button.
  await page.keyboard.press('Control+Shift+F');
  await page.getByRole('button', { name: 'Alias groups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alias groups' });
  const groups = dialog.getByRole('list', { name: 'Alias groups' }).getByRole('listitem');
  await expect(groups.first()).toBeVisible();
  const total = await groups.count();
  expect(total).toBeGreaterThan(30);

  // The filter reads any script, without accents or case.
  await dialog.getByRole('textbox', { name: 'Filter groups' }).fill('турция');
  await expect(groups).toHaveCount(1);
  const turkey = dialog.getByRole('group', { name: 'Alias group Turkey' });
  await expect(turkey).toContainText('Türkiye');
  await shotBothSizes(page, 'aliases-dialog');

  // A name another group holds is refused, saying which group; nothing is created.
  await dialog.getByRole('textbox', { name: 'Filter groups' }).fill('');
  await dialog.getByRole('button', { name: 'New alias group' }).click();
  const form = dialog.getByRole('form', { name: 'New alias group form' });
  await form.getByRole('textbox', { name: 'Names of one thing' }).fill('Türkei = Almanya');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form.getByRole('alert')).toContainText('“Türkei” is already in the group Turkey = Türkiye = Türkei');
  await form.getByRole('textbox', { name: 'Names of one thing' }).fill('Gabala');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form.getByRole('alert')).toContainText('A group needs at least two names');
  await expect(groups).toHaveCount(total);
  await shot(page, 'aliases-refused');

  await form.getByRole('textbox', { name: 'Names of one thing' }).fill('Dasht-i Qipchaq\nCumania');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form).toHaveCount(0);
  await expect(groups).toHaveCount(total + 1);
  const steppe = dialog.getByRole('group', { name: 'Alias group Dasht-i Qipchaq' });

  // An empty name gets a clear error; a real one is added; Enter adds.
  const add = steppe.getByRole('textbox', { name: 'Add a name to the group Dasht-i Qipchaq' });
  await add.press('Enter');
  await expect(steppe.getByRole('alert')).toHaveText('Type a name to add.');
  await add.fill('Дешт-и-Кипчак');
  await add.press('Enter');
  await expect(steppe).toContainText('Дешт-и-Кипчак');
  expect((await call<{ names: string[] }[]>(page.request, host, 'aliases.list', {})).find((g) => g.names.includes('Cumania'))!.names).toEqual([
    'Dasht-i Qipchaq',
    'Cumania',
    'Дешт-и-Кипчак',
  ]);

  // Remove a name; Undo in the notification brings it back.
  await steppe.getByRole('button', { name: 'Remove “Cumania” from this group' }).click();
  await expect(steppe).not.toContainText('Cumania');
  await page.getByRole('button', { name: 'Undo: Removed “Cumania” from Dasht-i Qipchaq.' }).click();
  await expect(steppe).toContainText('Cumania');

  // Delete the group; Ctrl+Z (outside a text box) brings it back, Ctrl+Shift+Z deletes it again.
  await steppe.getByRole('button', { name: 'Delete the group Dasht-i Qipchaq' }).click();
  await expect(groups).toHaveCount(total);
  await dialog.getByRole('heading', { name: 'Alias groups' }).click();
  await page.keyboard.press('Control+z');
  await expect(groups).toHaveCount(total + 1);
  await expect(dialog.getByRole('group', { name: 'Alias group Dasht-i Qipchaq' })).toContainText('Дешт-и-Кипчак');
  await page.keyboard.press('Control+Shift+z');
  await expect(groups).toHaveCount(total);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('also search as: a word selected in the reader joins the query term as an alias', async ({ page, host, request }) => {
  await importReal(request, host, SABAH);
  await page.goto(host.url);
  await expect(page.getByLabel('Project name')).toBeVisible();

  // "summit" finds nothing in a Turkish article about the Zirve.
  await search(page, 'summit');
  await expect(page.getByText('Nothing matches “summit”.')).toBeVisible();

  await openDocument(page, SABAH_TITLE);
  await alsoSearchAs(page, 'Zirvesi', 'Zirvesi');
  const ask = page.getByRole('dialog', { name: 'Also search as' });
  // The query in the search box is the likeliest other name.
  await expect(ask.getByRole('combobox', { name: 'Another name for it' })).toHaveValue('summit');
  await expect(ask).toContainText('Makes a new group: summit = Zirvesi.');
  await shot(page, 'aliases-also-search-as');
  await ask.getByRole('button', { name: 'Add alias' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByText('“Zirvesi” now searches as summit.')).toBeVisible();

  await search(page, 'summit');
  await expect(results(page).getByRole('option', { name: new RegExp(SABAH_TITLE) }).first()).toBeVisible();
  await expect(results(page).locator('mark').first()).toHaveText('Zirvesi');
  await expect(results(page).getByText('alias').first()).toBeVisible();

  // A selection that another group already holds: refused, naming the group.
  await openDocument(page, SABAH_TITLE);
  // Selected with its suffix (Azerbaycan'ın), offered as the name itself.
  await alsoSearchAs(page, "Azerbaycan'ın", 'Azerbaycan');
  await ask.getByRole('combobox', { name: 'Another name for it' }).fill('summit');
  await ask.getByRole('button', { name: 'Add alias' }).click();
  await expect(ask.getByRole('alert')).toContainText('is already in the group Azerbaijan = Azerbaycan');
  await ask.getByRole('button', { name: 'Cancel also search as' }).click();
  expect((await call<{ names: string[] }[]>(request, host, 'aliases.list', {})).find((g) => g.names.includes('summit'))!.names).toEqual([
    'summit',
    'Zirvesi',
  ]);

  // A selection in a group, a new other name: the other name joins the selection's group.
  await openDocument(page, SABAH_TITLE);
  await alsoSearchAs(page, "Erdoğan'ın", 'Erdoğan');
  await ask.getByRole('combobox', { name: 'Another name for it' }).fill('Reis');
  await expect(ask).toContainText('Adds “Reis” to the group Recep Tayyip Erdoğan = ');
  await ask.getByRole('button', { name: 'Add alias' }).click();
  await expect(ask).toHaveCount(0);
  expect((await call<{ names: string[] }[]>(request, host, 'aliases.list', {})).find((g) => g.names.includes('Erdoğan'))!.names).toContain('Reis');
});

test('document language: shown as detected, changed in the details, and a stem match follows it', async ({ page, host, request }) => {
  await importReal(request, host, MINVAL);
  await page.goto(host.url);
  await expect(page.getByLabel('Project name')).toBeVisible();
  await search(page, 'мероприятие');
  // The Russian article has мероприятия, not the word itself: found by its stem.
  await expect(results(page).getByRole('group', { name: /^Passages: / })).toBeVisible();
  await expect(results(page).getByLabel('Language: Russian').first()).toBeVisible();

  await openDocument(page, MINVAL_TITLE);
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.getByLabel('Language', { exact: true })).toHaveText('Language: Russian (detected)');
  await reader.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Document details form' });
  await expect(form.getByLabel('Search language')).toHaveText(/Searched as Russian \(detected\)/);
  // The drawer slides in: let it settle before the screenshots.
  await page.waitForTimeout(500);
  await shotBothSizes(page, 'document-language');
  await form.getByRole('combobox', { name: 'Language' }).fill('Engl');
  await page.getByRole('option', { name: 'English (en)' }).click();
  await expect(form.getByLabel('Search language')).toHaveText(/Saving searches its passages as English/);
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await expect(reader.getByLabel('Language', { exact: true })).toHaveText('Language: English (set for the document)');

  await search(page, 'мероприятие');
  await expect(page.getByText('Nothing matches “мероприятие”.')).toBeVisible();

  // Cleared: detected again, found again.
  await openDocument(page, MINVAL_TITLE);
  await reader.getByRole('button', { name: 'Edit details' }).click();
  await form.getByRole('button', { name: 'Detect the language from the text' }).click();
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(reader.getByLabel('Language', { exact: true })).toHaveText('Language: Russian (detected)');
  await search(page, 'мероприятие');
  await expect(results(page).getByRole('group', { name: /^Passages: / })).toBeVisible();
});

test('the acceptance words find the same in the search view as in the core call the CLI makes', async ({ page, host, request }) => {
  await importReal(request, host, '013-minval-fidan-gabala.txt', MINVAL, '057-yenicag-iet-istanbul.txt', '050-baribar-tdu-kelesi-sammit.txt', '017-caspiantimes-zangezur.txt');
  const written = [
    { name: 'corridors.txt', text: 'Title: Rolling stock\n\nBoth corridors need new rolling stock and border crossings.' },
    { name: 'istanbul-da.txt', text: "Title: Zirve\n\nZirve İstanbul'da yapıldı ve liderler ortak bildiriyi imzaladı." },
  ];
  await call(request, host, 'documents.import', { items: written.map((w) => ({ kind: 'text', ...w })), overrides: {} });
  await page.goto(host.url);
  await expect(page.getByLabel('Project name')).toBeVisible();
  const expectations: Record<string, RegExp[]> = {
    corridor: [/corridors need/, /Zangezur corridor/],
    corridors: [/corridors need/, /Zangezur corridor/],
    саммит: [/саммите/i, /Саммите/],
    istanbul: [/İstanbulda/, /İstanbul'da/],
    Qazaqstan: [/Қазақстан/],
  };
  for (const [query, forms] of Object.entries(expectations)) {
    const core = await call<{ hits: { kind: string; title: string; snippet: string }[] }>(request, host, 'search.query', { query, kinds: ['document'], limit: 500 });
    const expected = core.hits.map((h) => (h.kind === 'passage' ? `${h.snippet} — ${h.title}` : h.title)).sort();
    for (const form of forms) expect(expected.some((l) => form.test(l)), `${query} finds ${form}`).toBe(true);
    await search(page, query);
    // The view shows what the core returns (the CLI's call: acceptance-cli-ui.test.ts), once its ranked page is in.
    await expect
      .poll(async () => (await results(page).getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).sort(), { message: query })
      .toEqual(expected);
  }
  await shot(page, 'search-acceptance-qazaqstan');
});
