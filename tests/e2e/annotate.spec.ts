import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { dragOver, openSampleArticle } from './reader-helpers';

const SENTENCE = 'Formats endure leadership transitions, bureaucratic reshuffles, and domestic political turbulence.';
const NOTE = 'Why formats outlast leaders: key to the OTS argument.';

const highlight = (page: Page) => page.locator('.reader-text [data-annotation-uid]').filter({ hasText: /^Formats endure/ });

test('select a sentence with the mouse, tag it, add a note, reload, delete and undo', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await openSampleArticle(page);
  // The sample's own annotations are drawn.
  await expect(page.locator('.reader-text .anno').first()).toBeAttached();
  // An annotation with two themes is striped in both colours.
  await page.getByRole('button', { name: /^Annotation: 12th OTS Summit/ }).click();
  await expect(page.locator('.reader-text .anno-selected')).toHaveAttribute('style', /repeating-linear-gradient/);
  await shot(page, 'annotate-sample-highlights');
  await page.getByRole('button', { name: 'Close annotation' }).click();

  await dragOver(page, SENTENCE);
  const bubble = page.getByRole('dialog', { name: 'Tag selection' });
  await expect(bubble).toBeVisible();
  await expect(page.locator('.anno-pending')).toHaveText(SENTENCE);
  await shot(page, 'annotate-bubble');
  await bubble.getByRole('combobox', { name: 'Theme for the selection' }).fill('institutons');
  await bubble.getByRole('option', { name: 'Institutions' }).click();

  await expect(highlight(page)).toHaveText(SENTENCE);
  await expect(highlight(page)).toHaveAttribute('title', /Institutions/);
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  await expect(detail).toContainText(SENTENCE);
  await expect(detail.getByLabel('Annotation themes')).toContainText('Institutions');

  await detail.getByRole('textbox', { name: 'Annotation note' }).click();
  await page.keyboard.type(NOTE);
  await expect(detail.getByRole('status', { name: 'Note save state' })).toHaveText('Saved');
  await expect(highlight(page)).toHaveAttribute('title', new RegExp(NOTE.slice(0, 20)));
  await shot(page, 'annotate-tagged-with-note');

  await page.reload();
  await openSampleArticle(page);
  await expect(highlight(page)).toHaveText(SENTENCE);
  await highlight(page).click();
  await expect(detail.getByRole('textbox', { name: 'Annotation note' })).toHaveText(NOTE);
  await expect(detail.getByLabel('Annotation themes')).toContainText('Institutions');
  await shot(page, 'annotate-after-reload');

  await detail.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(highlight(page)).toHaveCount(0);
  await expect(detail).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(highlight(page)).toHaveText(SENTENCE);
  await expect(highlight(page)).toHaveAttribute('title', /Institutions\n.*Why formats outlast/);
  await highlight(page).click();
  await expect(detail.getByRole('textbox', { name: 'Annotation note' })).toHaveText(NOTE);
  await shot(page, 'annotate-undo-delete');
});

test('next/previous annotation with Alt+arrows, theme filter, and Ctrl+1 on a selection', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await openSampleArticle(page);
  const list = page.getByRole('list', { name: 'Annotations in this document' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const total = await list.getByRole('listitem').count();
  expect(total).toBeGreaterThan(2);

  await page.keyboard.press('Alt+ArrowDown');
  const current = list.locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  const first = await current.textContent();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(current).not.toHaveText(first!);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(current).toHaveText(first!);
  await expect(page.locator('.reader-text .anno-selected').first()).toBeVisible();

  // Filter by one theme: the list and the highlights shrink to it.
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('combobox', { name: 'Filter by theme' }).click();
  await page.getByRole('option', { name: 'Energy' }).click();
  await page.keyboard.press('Escape');
  await expect(list.getByRole('listitem')).not.toHaveCount(total);
  const shown = await list.getByRole('listitem').count();
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('.reader-text .anno')).toHaveCount(shown);
  await shot(page, 'annotate-filter-energy');
  await panel.getByRole('button', { name: 'Clear theme filter' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(total);

  // Ctrl+1 applies the first quick theme to a fresh selection.
  await page.getByRole('button', { name: 'Close annotation' }).click();
  await dragOver(page, SENTENCE);
  await expect(page.getByRole('dialog', { name: 'Tag selection' })).toBeVisible();
  const quick = await page.getByRole('group', { name: 'Quick themes' }).getByRole('button').first().getAttribute('aria-label');
  await page.keyboard.press('Control+1');
  await expect(highlight(page)).toHaveAttribute('title', new RegExp(quick!.replace('Apply ', '')));
  await expect(list.getByRole('listitem')).toHaveCount(total + 1);

  // A second annotation inside the first: drawn nested, with its own colour and a lower underline.
  await dragOver(page, 'leadership transitions');
  await expect(page.locator('.anno-pending')).toHaveText('leadership transitions');
  const second = await page.getByRole('group', { name: 'Quick themes' }).getByRole('button').nth(1).getAttribute('aria-label');
  await page.keyboard.press('Control+2');
  const inner = page.locator(`.reader-text [data-annotation-uid][title^="${second!.replace('Apply ', '')}"]`).filter({ hasText: /^leadership/ });
  await expect(inner).toHaveText('leadership transitions');
  await expect(inner.locator('xpath=ancestor::span[@data-annotation-uid]')).toHaveCount(1);
  await expect(inner).toHaveAttribute('style', /text-underline-offset:\s*7px/);
  await page.mouse.move(0, 0);
  await shot(page, 'annotate-overlap');
});

test('the text does not move under a drag while the sources line loads', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  // A slow answer for the document's sources (a busy machine) must not push the text down
  // under a drag begun near the top, where no scroll anchoring holds the text in place.
  let answered = false;
  await page.route('**/api/copies.forDocument', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
    answered = true;
  });
  await openSampleArticle(page);
  const opening = 'Ankara has steadily built an ecosystem';
  await dragOver(page, opening, async () => {
    await expect.poll(() => answered).toBe(true);
    await expect(page.getByRole('region', { name: 'Sources of this text' })).toBeVisible();
  });
  await expect(page.getByRole('dialog', { name: 'Tag selection' })).toBeVisible();
  await expect(page.locator('.anno-pending')).toHaveText(opening);
});
