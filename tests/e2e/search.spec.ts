import type { Locator, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

async function openSample(page: Page): Promise<void> {
  // The shell is drawn (and its keys listen) once the project is known.
  await expect(page.getByLabel('Project name')).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Command or document' }).fill('open sample project');
  await expect(page.getByRole('option', { name: 'Open Sample Project' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Project name')).toHaveText(/Project: Sample/);
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE })).toBeVisible();
}

/** The <mark> texts inside an element, in order. */
const marks = (l: Locator): Promise<string[]> => l.locator('mark').allTextContents();

test('search the sample: grouped live results with highlights, help, open a passage in the reader, find in document', async ({ page, host }) => {
  await page.goto(host.url);
  await openSample(page);

  // Ctrl+Shift+F opens the search view with the focus in the box.
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('combobox', { name: 'Search everything' });
  await expect(box).toBeFocused();

  // Folded: "turkiye" finds Türkiye; the hits are marked in the original spelling.
  await box.pressSequentially('turkiye', { delay: 30 });
  const results = page.getByRole('listbox', { name: 'Search results' });
  const passages = results.getByRole('group', { name: /^Passages: \d+/ });
  await expect(passages).toBeVisible();
  // The title has Türkiye in it too.
  await expect(results.getByRole('group', { name: 'Documents: 1' })).toBeVisible();
  await expect(results.getByRole('group', { name: /^Annotations: \d+/ })).toBeVisible();
  const passageMarks = await marks(passages);
  expect(passageMarks.length).toBeGreaterThan(0);
  // Every mark is the word in one of its spellings, Türkiye among them.
  for (const m of passageMarks) expect(m.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('turkiye');
  expect(passageMarks).toContain('Türkiye');
  await expect(page.getByRole('status', { name: 'Search summary' })).toHaveText(/^\d+\+? results/);
  await shot(page, 'search-turkiye');

  // A new query replaces the old one: "Bayraktar" is in a passage, an annotation and a claim.
  await box.fill('Bayraktar');
  const claims = results.getByRole('group', { name: 'Claims: 1' });
  await expect(claims).toBeVisible();
  await expect(results.getByRole('group', { name: 'Annotations: 1' })).toBeVisible();
  await expect(results.getByRole('group', { name: /^Passages: / })).toBeVisible();
  await expect(results.getByRole('group', { name: /^Documents/ })).toHaveCount(0);
  expect(await marks(results)).toEqual(expect.arrayContaining(['Bayraktar']));
  expect(new Set(await marks(results))).toEqual(new Set(['Bayraktar']));

  // Filters: only claims; credibility 4–6 leaves nothing (the sample's claim has 3).
  const chips = page.getByRole('group', { name: 'Kinds of result' });
  await chips.getByText('Documents', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Show documents' })).not.toBeChecked();
  await chips.getByText('Annotations', { exact: true }).click();
  await expect(results.getByRole('group')).toHaveCount(1);
  await expect(claims).toContainText('special unit equipped with Bayraktar');
  await page.getByRole('combobox', { name: 'Credibility from' }).click();
  await page.getByRole('option', { name: '4' }).click();
  await expect(results.getByRole('group')).toHaveCount(0);
  await expect(page.getByText('Nothing matches “Bayraktar”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search filters' }).click();
  await expect(claims).toBeVisible();

  // The help popover explains the query language.
  await page.getByRole('button', { name: 'Search help' }).click();
  const help = page.getByRole('table', { name: 'Query language' });
  await expect(help).toContainText('"Middle Corridor"');
  await expect(help).toContainText('theme:Energy');
  await expect(help).toContainText('surveil*');
  await shot(page, 'search-bayraktar-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // A claim opens on its page in the claims view; Ctrl+Shift+F comes back to the same search.
  await claims.getByRole('option').first().click();
  const claimPage = page.getByRole('dialog', { name: 'Claim' });
  await expect(claimPage).toContainText('Uzbekistan has an operational special unit');
  await shot(page, 'search-claim-opened');
  await page.keyboard.press('Escape');
  await expect(claimPage).toBeHidden();
  await page.keyboard.press('Control+Shift+F');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Bayraktar');

  // Keyboard: ArrowDown/ArrowUp walk through all groups (the input keeps the focus); Enter opens.
  const options = results.getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(results.getByRole('group', { name: /^Passages/ }).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  const reader = page.getByRole('article', { name: 'Reader' });
  const text = reader.getByRole('document', { name: 'Document text' });
  const focus = text.locator('.search-focus').first();
  await expect(focus).toBeVisible();
  await expect(focus).toBeInViewport();
  await expect(text.locator('.search-focus-hit')).toHaveText(['Bayraktar']);
  await expect(text.locator('.search-focus-hit').first()).toBeInViewport();
  const hitBackground = await text.locator('.search-focus-hit').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(hitBackground).not.toBe('rgba(0, 0, 0, 0)');
  // The passage is far down the article: the reader scrolled to it.
  await expect(text.getByRole('heading', { level: 1 })).not.toBeInViewport();
  await shot(page, 'search-opened-passage');

  // Find in document: Ctrl+F, folded matching, Enter / Shift+Enter, Escape closes and stays in the reader.
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in document' });
  await expect(find).toBeFocused();
  await find.fill('turkiye');
  const count = page.getByRole('status', { name: 'Find matches' });
  await expect(count).toHaveText(/^\d+ of \d+$/);
  // Find starts from the passage the search opened, not from the top.
  const [first, total] = (await count.textContent())!.split(' of ').map(Number) as [number, number];
  expect(first).toBeGreaterThan(1);
  expect(total).toBeGreaterThan(10);
  await expect(text.locator('.find-match')).toHaveCount(total);
  await expect(text.locator('.find-current')).toHaveText('Türkiye');
  await expect(text.locator('.find-current')).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`${first + 2} of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`${first + 1} of ${total}`);
  await expect(text.locator('.find-current')).toBeInViewport();
  await shot(page, 'search-find-in-document');
  await find.fill('no such words here');
  await expect(count).toHaveText('No matches');
  await expect(text.locator('.find-match')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(reader).toBeVisible();

  // Back to the search: the query and its results are still there, the box has the focus.
  await page.keyboard.press('Control+Shift+F');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Bayraktar');
  await expect(results.getByRole('group', { name: 'Claims: 1' })).toBeVisible();
});

test('the command palette finds themes, outlets and claims by folded names', async ({ page, host }) => {
  await page.goto(host.url);
  await openSample(page);

  const palette = page.getByRole('textbox', { name: 'Command or document' });
  await page.keyboard.press('Control+k');
  await palette.fill('energy');
  await expect(page.getByRole('option', { name: 'Energy' })).toBeVisible();
  await page.getByRole('option', { name: 'Energy' }).click();
  await expect(page.getByRole('combobox', { name: 'Filter by theme' })).toHaveValue('Energy');

  await page.keyboard.press('Control+k');
  await palette.fill('azertac');
  await page.getByRole('option', { name: 'AZERTAC' }).click();
  await expect(page.getByRole('combobox', { name: 'Filter by outlet' })).toHaveValue('AZERTAC');

  await page.keyboard.press('Control+k');
  await palette.fill('uzbekistan border surveillance');
  await page.getByRole('option', { name: '42% of Uzbekistan\'s border is under video surveillance.' }).click();
  await expect(page.getByRole('dialog', { name: 'Claim' })).toContainText('42 percent of Uzbekistan’s border');
  await expect(page.getByRole('button', { name: 'Claims' })).toHaveAttribute('aria-current', 'page');
  await shot(page, 'search-palette-claim');
});
