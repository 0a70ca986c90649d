import { expect, shot, test } from './fixtures';

test('the shell opens, the palette runs a command, the shortcut sheet lists keys', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByLabel('Project name')).toHaveText('Project: e2e');
  // The token leaves the address bar once stored.
  expect(page.url()).not.toContain('token=');

  await page.keyboard.press('Control+k');
  const input = page.getByRole('textbox', { name: 'Command or document' });
  await expect(input).toBeFocused();
  await input.fill('go themes');
  await shot(page, 'shell-palette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Themes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Themes' })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('textbox', { name: 'Command or document' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+/');
  await expect(page.getByRole('table', { name: 'Keyboard shortcuts' })).toContainText('Search Everything');
  await shot(page, 'shell-shortcuts');
});

test('dark appearance from the palette', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Command or document' }).fill('appearance dark');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await shot(page, 'shell-dark');
});
