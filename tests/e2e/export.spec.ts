import type { APIRequestContext, Page } from '@playwright/test';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, shot, startHost, stopHost, test, type WebHostProcess } from './fixtures';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';
const QUOTE = 'Chairman of the State Security Service Bakhodir Kurbanov reported that 42 percent';

async function call(request: APIRequestContext, host: WebHostProcess, name: string, input: object): Promise<unknown> {
  const r = await request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
  const body = (await r.json()) as { ok: boolean; value?: unknown; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

async function openSample(page: Page, request: APIRequestContext, host: WebHostProcess): Promise<void> {
  await call(request, host, 'project.openSample', {});
  await page.goto(host.url);
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE })).toBeVisible();
}

async function runCommand(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Command or document' }).fill(words);
  await page.keyboard.press('Enter');
}

test('export Markdown and PDF of the whole project, download it, and the dialog remembers the format', async ({ page, host, request }) => {
  await openSample(page, request, host);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('combobox', { name: 'Export format' })).toHaveValue('Markdown notes (Obsidian)');
  const mdPath = join(host.dir, 'exports', 'sample-notes.md');
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(mdPath);
  await expect(dialog.getByRole('radio', { name: 'Whole project' })).toBeChecked();
  await shot(page, 'export-dialog');

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel('Exported file')).toHaveText(mdPath);
  await expect(dialog.getByRole('status').first()).toContainText('1 document');
  const md = readFileSync(mdPath, 'utf8');
  expect(md).toContain(QUOTE);
  expect(md).toContain('#security-and-defence');
  await shot(page, 'export-result');

  // The browser host has no save dialog: the file is offered as a download too.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('sample-notes.md');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(md);
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Export another' }).click();
  await dialog.getByRole('combobox', { name: 'Export format' }).click();
  await page.getByRole('option', { name: 'PDF' }).click();
  const pdfPath = join(host.dir, 'exports', 'sample-notes.pdf');
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(pdfPath);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel('Exported file')).toHaveText(pdfPath, { timeout: 45_000 });
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // Opened again, the dialog starts from the last export.
  await page.keyboard.press('Control+e');
  await expect(dialog.getByRole('combobox', { name: 'Export format' })).toHaveValue('PDF');
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(pdfPath);
});

test('export one theme as CSV of annotations; a destination that is a folder is refused with a message', async ({ page, host, request }) => {
  await openSample(page, request, host);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Export format' }).click();
  await page.getByRole('option', { name: 'CSV of annotations' }).click();
  await dialog.getByRole('combobox', { name: 'Theme to export' }).click();
  await page.getByRole('option', { name: 'Energy' }).click();
  await expect(dialog.getByRole('radio', { name: 'A theme' })).toBeChecked();
  const csvPath = join(host.dir, 'exports', 'sample-energy-annotations.csv');
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(csvPath);

  await dialog.getByRole('textbox', { name: 'Destination file' }).fill(host.dir);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('is a folder');
  await shot(page, 'export-error');

  await dialog.getByRole('textbox', { name: 'Destination file' }).fill(csvPath);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel('Exported file')).toHaveText(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.split('\n').length).toBeGreaterThan(1);
  expect(csv).not.toContain(QUOTE);
  // The file says what it holds, and only that: no claims in a table of annotations.
  await expect(dialog.getByLabel('What the file holds')).not.toContainText('claim');

  // The same export again asks before replacing the file; keeping it changes nothing.
  await dialog.getByRole('button', { name: 'Export another' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(csvPath);
  writeFileSync(csvPath, 'kept');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const ask = dialog.getByRole('alertdialog', { name: 'Replace the existing file?' });
  await expect(ask).toContainText('sample-energy-annotations.csv exists already');
  await shot(page, 'export-replace');
  await ask.getByRole('button', { name: 'Keep the existing file' }).click();
  await expect(ask).toBeHidden();
  expect(readFileSync(csvPath, 'utf8')).toBe('kept');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('alertdialog', { name: 'Replace the existing file?' }).getByRole('button', { name: 'Replace the file' }).click();
  await expect(dialog.getByLabel('Exported file')).toHaveText(csvPath);
  expect(readFileSync(csvPath, 'utf8')).not.toBe('kept');
});

test('back up now, restore it, and a garbage file is refused while the library stays', async ({ page, host, request }) => {
  await openSample(page, request, host);
  await runCommand(page, 'back up project');
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  const rows = dialog.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /^Backup / });
  await expect(rows.first()).toBeVisible();
  await call(request, host, 'themes.create', { name: 'Between two backups' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(rows).toHaveCount(2);
  await shot(page, 'export-backups');

  // Keeping only the last one deletes the older backup.
  await dialog.getByRole('textbox', { name: 'Backups to keep' }).fill('1');
  await dialog.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(rows).toHaveCount(1);
  expect(await call(request, host, 'backups.settings', {})).toMatchObject({ keep: 1, enabled: true });

  // A change after the backup is undone by the restore.
  await call(request, host, 'themes.create', { name: 'Added after the backup' });
  await rows.first().getByRole('button', { name: /^Restore backup from/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(confirm).toContainText('The current project is kept in the backups folder.');
  await page.waitForTimeout(300); // the modal's fade-in, for the screenshot only
  await shot(page, 'export-restore-confirm');
  await confirm.getByRole('button', { name: 'Replace project' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Restored Sample from the backup of/)).toBeVisible();
  const themes = (await call(request, host, 'themes.list', {})) as { name: string }[];
  expect(themes.map((t) => t.name)).not.toContain('Added after the backup');
  expect(themes.map((t) => t.name)).toContain('Energy');
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE })).toBeVisible();

  // The replaced project was kept: the list now has the backup taken before the restore.
  await runCommand(page, 'restore from backup');
  await expect(dialog.getByText('before a restore')).toBeVisible();

  const garbage = join(host.dir, 'garbage.dossier');
  writeFileSync(garbage, 'this is not a database '.repeat(200));
  await dialog.getByRole('textbox', { name: 'Backup file to restore' }).fill(garbage);
  await dialog.getByRole('button', { name: 'Restore from file' }).click();
  await confirm.getByRole('button', { name: 'Replace project' }).click();
  const refused = dialog.getByRole('alert');
  await expect(refused).toContainText('Nothing was restored');
  await expect(refused).toContainText('garbage.dossier is not a Dossier project');
  await expect(confirm).toBeHidden();
  await shot(page, 'export-restore-refused');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE })).toBeVisible();
  const info = (await call(request, host, 'project.info', {})) as { counts: { documents: number } };
  expect(info.counts.documents).toBe(1);
});

test('Export… in the reader offers the document, and in the search view the results shown', async ({ page, host, request }) => {
  await openSample(page, request, host);
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE }).click();
  await page.getByRole('article', { name: 'Reader' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'Current document' })).toBeChecked();
  await expect(dialog.getByText(`Current document: ${TITLE}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+Shift+F');
  await page.getByRole('combobox', { name: 'Search everything' }).fill('Bayraktar');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const hits = dialog.getByRole('radio', { name: 'Search results' });
  await expect(hits).toBeChecked();
  await expect(dialog.getByText(/search results? for “Bayraktar”/)).toBeVisible();
  const path = join(host.dir, 'exports', 'sample-search-notes.md');
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(path);
  await page.waitForTimeout(300); // the modal's fade-in, for the screenshot only
  await shot(page, 'export-search-scope');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel('Exported file')).toHaveText(path);
  const md = readFileSync(path, 'utf8');
  expect(md).toContain('Bayraktar');
  // A passage hit brings its document; of the claims only the one that matched comes along.
  expect(md).toContain('### Uzbekistan has an operational special unit equipped with Bayraktar UAVs.');
  expect(md).not.toContain('### The Turkic Investment Fund has an authorised capital');
});

test('File › Import › Dossier export reads a .qdpx into the empty project; a second time it is refused', async ({ page, host, request }) => {
  // The .qdpx comes from the sample project in another host; this host's project is empty.
  const qdpx = join(host.dir, 'sample.qdpx');
  const other = await startHost();
  try {
    await call(request, other, 'project.openSample', {});
    // Each browser host writes only inside its own folders: export there, then bring the file over.
    const made = join(other.dir, 'sample.qdpx');
    await call(request, other, 'export.run', { format: 'qdpx', path: made });
    copyFileSync(made, qdpx);
  } finally {
    await stopHost(other);
  }
  await page.goto(host.url);
  await page.keyboard.press('Control+i');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('tab', { name: 'Dossier export tab' }).click();
  await dialog.getByRole('textbox', { name: 'Project file to import' }).fill(qdpx);
  await dialog.getByRole('button', { name: 'Import project file' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 document, 7 themes, 8 annotations');
  await shot(page, 'export-import-qdpx');
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE })).toBeVisible();

  await dialog.getByRole('button', { name: 'Import project file' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported');
  const info = (await call(request, host, 'project.info', {})) as { counts: { documents: number; annotations: number } };
  expect(info.counts).toMatchObject({ documents: 1, annotations: 8 });
});

test('export an argument to Word: the result says what the file holds and warns of an @mention never linked', async ({ page, host, request }) => {
  await openSample(page, request, host);
  const claims = (await call(request, host, 'claims.list', {})) as { uid: string }[];
  const arg = (await call(request, host, 'arguments.create', { title: 'Drones and borders' })) as { uid: string };
  const body = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Surveillance grows ' },
          { type: 'claimRef', attrs: { claimUid: claims[0]!.uid, stance: 'supports' } },
          { type: 'text', text: ', as @bayraktar reports suggest.' },
        ],
      },
    ],
  };
  await call(request, host, 'arguments.update', { uid: arg.uid, patch: { body: JSON.stringify(body) } });
  await page.reload();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Export format' }).click();
  await page.getByRole('option', { name: 'Word (DOCX) with comments' }).click();
  await dialog.getByRole('radio', { name: 'An argument' }).check();
  await dialog.getByRole('combobox', { name: 'Argument to export' }).click();
  await page.getByRole('option', { name: 'Drones and borders' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Destination file' })).toHaveValue(join(host.dir, 'exports', 'sample-drones-and-borders-notes.docx'));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByLabel('What the file holds')).toContainText('1 argument');
  await expect(dialog.getByLabel('What the format carries')).toContainText('one footnote per reference');
  await expect(dialog.getByRole('alert', { name: 'Check before sharing' })).toContainText('@bayraktar is not linked to a claim');
  for (const [w, h] of [
    [1024, 700],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await shot(page, `export-argument-warnings-${w}`);
  }
});
