import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, shot, startHost, stopHost, test } from './fixtures';

const FIXTURES = join(process.cwd(), 'tests/fixtures/copies');

/** A project made by the built CLI: an AZERTAC item, Trend's reprint (one number changed), an independent report, a Day.Az item under an AZERTAC dateline, and a claim on the first two. */
function buildProject(): string {
  const home = mkdtempSync(join(tmpdir(), 'dossier-copies-'));
  // The host opens <home>/e2e.dossier.
  const db = join(home, 'e2e.dossier');
  const cli = (...args: string[]): string => execFileSync(process.execPath, ['out/main/cli.js', '--db', db, ...args], { encoding: 'utf8' });
  cli('outlets', 'add', 'AZERTAC', '--kind', 'state_media', '--grade', 'C');
  cli('import', join(FIXTURES, 'azertac.txt'), '--outlet', 'AZERTAC', '--published', '2025-10-07', '--title', 'Ilham Aliyev received Uzbek delegation');
  cli('import', join(FIXTURES, 'trend.txt'), '--outlet', 'Trend', '--published', '2025-10-07');
  cli('import', join(FIXTURES, 'bakupost.txt'), '--outlet', 'Baku Post', '--published', '2025-10-08');
  cli('import', join(FIXTURES, 'dayaz-dateline.txt'), '--outlet', 'Day.Az', '--published', '2025-10-08');
  const docs = JSON.parse(cli('documents', '--json')) as { uid: string; outlet: string }[];
  const ann = (outlet: string): string =>
    JSON.parse(cli('annotate', docs.find((d) => d.outlet?.startsWith(outlet))!.uid, '--quote', 'trade turnover between the two countries grew by', '--json')).uid;
  cli('claims', 'add', 'Trade between Azerbaijan and Uzbekistan grew last year', '--evidence', ann('AZERTAC'), '--evidence', ann('Trend'));
  return home;
}

test('a reprint shows where it comes from, compares word by word with its original, and counts as one origin', async ({ page }) => {
  test.setTimeout(120_000);
  const host = await startHost({ home: buildProject() });
  try {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: 'Ilham Aliyev receives Uzbek delegation' }).click();
    const sources = page.getByRole('region', { name: 'Sources of this text' });
    await expect(sources.getByLabel('Upstream source')).toHaveText(/Repeats AZERTAC/);
    const copies = sources.getByRole('list', { name: 'Also published as' });
    await expect(copies.getByRole('listitem')).toHaveCount(1);
    await expect(copies.getByRole('listitem').first()).toContainText('AZERTAC');
    await expect(copies.getByRole('listitem').first()).toContainText('2025-10-07');
    await shot(page, 'copies-reader-1024');

    await copies.getByRole('button', { name: 'Compare with AZERTAC' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare versions' });
    const changed = compare.getByRole('list', { name: 'Changed numbers and names' });
    // AZERTAC published first (stored first on the same day): it is the earlier version, Trend changed 42 to 45.
    await expect(changed).toContainText('42 → 45');
    await expect(compare.getByRole('region', { name: 'Earlier version' })).toContainText('The guests conveyed the greetings');
    await expect(compare.getByRole('region', { name: 'Earlier version' }).getByLabel('added')).toHaveCount(0);
    await expect(compare.getByRole('region', { name: 'Later version' }).getByLabel('dropped')).toHaveCount(0);
    await shot(page, 'copies-compare-1024');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot(page, 'copies-compare-1920');
    await page.keyboard.press('Escape');
    await expect(compare).toBeHidden();
    await shot(page, 'copies-reader-1920');

    // The claim on both texts: two outlets, one origin.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Claims' }).click();
    await page.getByRole('grid', { name: 'Claims' }).getByRole('row', { name: /Trade between Azerbaijan and Uzbekistan/ }).click();
    const glance = page.getByRole('region', { name: 'Corroboration at a glance' });
    await expect(glance).toContainText('2 outlets, 1 independent origin: AZERTAC (Trend News Agency reprinted it)');
    await expect(glance.getByLabel('1 supporting independent origin')).toBeVisible();
    await expect(glance.getByLabel('Single source')).toBeVisible();
    await shot(page, 'copies-claim-1920');

    // The analyst says Trend reported it independently: two origins.
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Library' }).click();
    await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: 'Ilham Aliyev receives Uzbek delegation' }).click();
    await sources.getByRole('button', { name: 'Change source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Where does this text come from?' });
    await dialog.getByText('Own reporting').click();
    await dialog.getByRole('button', { name: 'Save source' }).click();
    await expect(dialog).toBeHidden();
    await expect(sources.getByLabel('Upstream source')).toHaveText('Own reporting (marked by you).');

    // A dateline naming an agency is the document's upstream: the import read it, the reader says so.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Library' }).click();
    await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: 'Talks on transit tariffs' }).click();
    await expect(sources.getByLabel('Upstream source')).toHaveText('Repeats AZERTAC: its dateline reads “Baku, October 8, AZERTAC”.');
  } finally {
    await stopHost(host);
  }
});
