import { expect, shot, test } from './fixtures';

// A single-newline agency item pasted with a typed date: paragraphs come back as blocks, the
// dateline becomes metadata shown with the details, and its agency an outlet with its aliases.

const ITEM = [
  'Omuraliyev: Critical outcomes were achieved at the Summit held in Gabala',
  'Gabala, October 7, AZERTAC',
  'The 12th Summit of the Organization of Turkic States served as an important platform to express a shared vision, said the Secretary General.',
  'He emphasized that this historic event represents a significant milestone for lasting peace in the South Caucasus region.',
  'Key outcomes',
  'The key outcome of the Summit is the signing of the Gabala Declaration, he added.',
].join('\n');

for (const size of [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
]) {
  test(`pasted agency item at ${size.width}x${size.height}: paragraphs, dateline as details, outlet aliases`, async ({ page, host }) => {
    await page.setViewportSize(size);
    await page.goto(host.url);
    await page.keyboard.press('Control+Shift+V');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByRole('textbox', { name: 'Text to import' }).fill(ITEM);
    const published = dialog.getByRole('textbox', { name: 'Published' });
    await published.fill('7 Octember 2025');
    await expect(dialog).toContainText('a date such as 7 October 2025');
    await expect(dialog.getByRole('button', { name: 'Import text' })).toBeDisabled();
    await published.fill('7 October 2025');
    await expect(dialog).toContainText('read as 2025-10-07');
    await dialog.getByRole('combobox', { name: 'Outlet' }).fill('Trend');
    await shot(page, `import-paste-date-${size.width}`);
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await expect(dialog.getByRole('status', { name: 'Import summary' })).toHaveText('1 imported · 0 duplicate · 0 failed');
    await dialog.getByRole('button', { name: /^Open Omuraliyev/ }).click();

    const reader = page.getByRole('article', { name: 'Reader' });
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Omuraliyev: Critical outcomes were achieved at the Summit held in Gabala');
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Key outcomes');
    await expect(reader.locator('.reader-text p')).toHaveCount(3);
    await expect(reader.getByRole('document', { name: 'Document text' })).not.toContainText('October 7, AZERTAC');
    // The dateline's agency is the item's one upstream record: the sources line says so.
    await expect(reader.getByRole('region', { name: 'Sources of this text' }).getByLabel('Upstream source')).toHaveText(
      'Repeats AZERTAC: its dateline reads “Gabala, October 7, AZERTAC”.',
    );
    await expect(page.getByLabel('Dateline', { exact: true })).toHaveText('Filed in Gabala, 2025-10-07 by AZERTAC');
    await expect(reader.getByLabel('Outlet', { exact: true })).toHaveText('Trend News Agency');
    await shot(page, `import-dateline-${size.width}`);

    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: 'Manage outlets' }).click();
    const table = page.getByRole('table', { name: 'Outlets' });
    await expect(table.getByLabel('Other names of AZERTAC')).toContainText('AZƏRTAC');
    await expect(table.getByLabel('Other names of Trend News Agency')).toContainText('Trend.az');
    await table.getByRole('button', { name: 'Edit AZERTAC' }).click();
    const form = page.getByRole('form', { name: 'Outlet form' });
    const aliases = form.getByRole('combobox', { name: 'Aliases' });
    await aliases.fill('Azerbaijan State Telegraph Agency');
    await aliases.press('Enter');
    await shot(page, `import-outlet-aliases-${size.width}`);
    await form.getByRole('button', { name: 'Save outlet' }).click();
    await expect(form).toBeHidden();
    await expect(table.getByLabel('Other names of AZERTAC')).toContainText('Azerbaijan State Telegraph Agency');
    await shot(page, `import-outlets-${size.width}`);
  });
}
