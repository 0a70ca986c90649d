import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

const tree = (page: Page) => page.getByRole('tree', { name: 'Codebook' });
const item = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });
const countOf = async (page: Page, name: string): Promise<number> =>
  Number((await item(page, name).getByLabel(/annotations$/).getAttribute('aria-label'))!.split(' ')[0]);

test('codebook: create, rename, nest by button and by drag, merge, delete with confirmation, open a passage', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByLabel('Project name')).toHaveText(/Sample/);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Themes' }).click();
  await expect(item(page, 'Energy')).toBeVisible();

  // Create and rename.
  await page.getByRole('textbox', { name: 'New theme name' }).fill('Border security');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await expect(item(page, 'Border security')).toBeVisible();
  const details = page.getByRole('region', { name: 'Theme details' });
  await details.getByRole('textbox', { name: 'Theme name' }).fill('Border control');
  await details.getByRole('textbox', { name: 'Theme name' }).press('Enter');
  await expect(item(page, 'Border control')).toBeVisible();
  await expect(item(page, 'Border security')).toHaveCount(0);

  // Nest with the keyboard buttons, then back out.
  await expect(item(page, 'Border control')).toHaveAttribute('aria-level', '1');
  await item(page, 'Border control').getByRole('button', { name: 'Move Border control in a level' }).click();
  await expect(item(page, 'Border control')).toHaveAttribute('aria-level', '2');
  await item(page, 'Border control').getByRole('button', { name: 'Move Border control out a level' }).click();
  await expect(item(page, 'Border control')).toHaveAttribute('aria-level', '1');

  // Drag it onto the middle of "Security and defence": it becomes a sub-theme there.
  await item(page, 'Border control').dragTo(item(page, 'Security and defence'));
  await expect(item(page, 'Border control')).toHaveAttribute('aria-level', '2');
  const rows = await tree(page).getByRole('treeitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(rows.indexOf('Border control')).toBe(rows.indexOf('Security and defence') + 1);
  await shot(page, 'themes-tree');

  // Merge Energy into Corridors: its annotations move.
  const energy = await countOf(page, 'Energy');
  const corridors = await countOf(page, 'Corridors and connectivity');
  expect(energy).toBeGreaterThan(0);
  await item(page, 'Energy').getByRole('button', { name: 'Open theme Energy' }).click();
  await details.getByRole('button', { name: 'Merge theme' }).click();
  const merge = page.getByRole('dialog', { name: /Merge “Energy”/ });
  await merge.getByRole('combobox', { name: 'Target theme' }).click();
  await page.getByRole('option', { name: 'Corridors and connectivity' }).click();
  await page.waitForTimeout(300);
  await shot(page, 'themes-merge');
  await merge.getByRole('button', { name: 'Merge themes' }).click();
  await expect(item(page, 'Energy')).toHaveCount(0);
  await expect.poll(() => countOf(page, 'Corridors and connectivity')).toBe(corridors + energy);

  // Delete asks first and says how many annotations it touches; cancel keeps it.
  const institutions = await countOf(page, 'Institutions');
  await item(page, 'Institutions').getByRole('button', { name: 'Open theme Institutions' }).click();
  await details.getByRole('button', { name: 'Delete theme…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Institutions”?' });
  await expect(confirm.getByLabel('Delete impact')).toContainText(`${institutions} annotation`);
  await page.waitForTimeout(300); // let the dialog finish fading in for the screenshot
  await shot(page, 'themes-delete-confirm');
  await confirm.getByRole('button', { name: 'Cancel delete' }).click();
  await expect(item(page, 'Institutions')).toBeVisible();
  await details.getByRole('button', { name: 'Delete theme…' }).click();
  await confirm.getByRole('button', { name: 'Delete theme' }).click();
  await expect(item(page, 'Institutions')).toHaveCount(0);

  // A passage in the cross-project list opens the reader on it, selected.
  await item(page, 'Corridors and connectivity').getByRole('button', { name: 'Open theme Corridors and connectivity' }).click();
  const passages = page.getByRole('list', { name: 'Passages tagged Corridors and connectivity' });
  await expect(passages.getByRole('listitem')).toHaveCount(corridors + energy);
  await expect(passages.getByRole('listitem').first()).toContainText('Security, Corridors, and Cooperation');
  await shot(page, 'themes-passages');
  const quote = (await passages.getByRole('listitem').first().locator('p').first().textContent())!.replace(/^“|”$/g, '');
  await passages.getByRole('listitem').first().click();
  await expect(page.getByRole('article', { name: 'Reader' })).toBeVisible();
  await expect(page.locator('.reader-text .anno-selected').first()).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toContainText(quote.slice(0, 40));
  await shot(page, 'themes-jump-to-passage');
});
