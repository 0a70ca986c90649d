import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, startHost, stopHost, test } from './fixtures';

const menu = async (page: Page, place: string, item: string): Promise<void> => {
  await page.getByRole('button', { name: `${place} menu` }).click();
  await page.getByRole('menuitem', { name: item }).click();
};
const addTheme = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Themes' }).click();
  await page.getByRole('textbox', { name: 'New theme name' }).fill(name);
  await page.getByRole('button', { name: 'Add theme' }).click();
  await expect(page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem', { name, exact: true })).toBeVisible();
};

test('the browser host reopens the sample project after a restart, with the work done in it', async ({ page }) => {
  test.setTimeout(120_000);
  const first = await startHost({ reopenLast: true });
  try {
    await page.goto(first.url);
    await expect(page.getByLabel('Project name')).toHaveText('Project: default');
    await menu(page, 'Help', 'Open Sample Project');
    await expect(page.getByLabel('Project name')).toHaveText('Project: Sample');
    await addTheme(page, 'Work before the restart');
  } finally {
    await stopHost(first, true);
  }
  const second = await startHost({ home: first.dir, reopenLast: true });
  try {
    await page.goto(second.url);
    await expect(page.getByLabel('Project name')).toHaveText('Project: Sample');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Themes' }).click();
    await expect(page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem', { name: 'Work before the restart', exact: true })).toBeVisible();
  } finally {
    await stopHost(second);
  }
});

test('File menu: new project, open it again from Open Project and Open Recent, close it; only allowed folders are listed', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByLabel('Project name')).toHaveText('Project: e2e');
  mkdirSync(join(host.dir, 'casework'));

  // Ctrl+N: the in-page dialog, in a sub-folder of the host's data folder.
  await page.keyboard.press('Control+n');
  const create = page.getByRole('dialog', { name: 'New Project' });
  await create.getByRole('option', { name: 'Folder casework' }).click();
  await create.getByRole('textbox', { name: 'Name' }).fill('Gabala summit');
  await shot(page, 'project-new-dialog');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByLabel('Project name')).toHaveText('Project: Gabala summit');
  await addTheme(page, 'Summit logistics');

  // A second New with the same name is refused and changes nothing.
  await menu(page, 'File', 'New Project…');
  const again = page.getByRole('dialog', { name: 'New Project' });
  await again.getByRole('option', { name: 'Folder casework' }).click();
  await again.getByRole('textbox', { name: 'Name' }).fill('Gabala summit');
  await again.getByRole('button', { name: 'Create' }).click();
  await expect(again.getByRole('alert')).toContainText('exists already');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Project name')).toHaveText('Project: Gabala summit');

  // Close: back to the default project; the folder above the data folder cannot be reached.
  await menu(page, 'File', 'Close Project');
  await expect(page.getByLabel('Project name')).toHaveText('Project: default');
  await page.keyboard.press('Control+o');
  const open = page.getByRole('dialog', { name: 'Open Project' });
  await expect(open.getByRole('button', { name: 'Up one folder' })).toBeDisabled();
  await open.getByRole('option', { name: 'Folder casework' }).click();
  await open.getByRole('option', { name: 'Project Gabala summit.dossier' }).dblclick();
  await expect(page.getByLabel('Project name')).toHaveText('Project: Gabala summit');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Themes' }).click();
  await expect(page.getByRole('tree', { name: 'Codebook' }).getByRole('treeitem', { name: 'Summit logistics', exact: true })).toBeVisible();

  // Open Recent lists what was opened, newest first.
  await menu(page, 'File', 'Close Project');
  await page.getByRole('button', { name: 'File menu' }).click();
  await page.getByRole('menuitem', { name: 'Open Recent' }).hover();
  await expect(page.getByRole('menuitem', { name: /Gabala summit/ })).toBeVisible();
  await shot(page, 'project-open-recent');
  await page.getByRole('menuitem', { name: /Gabala summit/ }).click();
  await expect(page.getByLabel('Project name')).toHaveText('Project: Gabala summit');

  // The API refuses a path outside the allowed folders, whatever the page sends.
  const outside = await page.request.post(`${host.origin}/api/project.open`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: { path: '/etc/passwd' },
  });
  expect((await outside.json()).error.code).toBe('forbidden');
  await expect(page.getByLabel('Project name')).toHaveText('Project: Gabala summit');
});

test('a tab with an old address says what happened and how to get the current one', async ({ page, host }) => {
  await page.goto(`${host.origin}/?token=from-an-earlier-start`);
  await expect(page.getByRole('alert')).toContainText('This address is from an earlier start of Dossier');
  await expect(page.getByRole('alert')).toContainText('npm run web -- --print-url');
  await shot(page, 'project-stale-address');
});
