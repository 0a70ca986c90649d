import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, test, type WebHostProcess } from './fixtures';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'analysis');

/** Calls the browser host's API as the page does (token in the header). */
async function call<T>(page: Page, host: WebHostProcess, name: string, input: unknown): Promise<T> {
  const r = await page.request.post(`${host.origin}/api/${name}`, { headers: { authorization: `Bearer ${host.token}` }, data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error.message}`);
  return body.value;
}

/** The sample, plus three short Trend and AZERTAC reports on the Gabala summit, tagged through the API. */
async function richSample(page: Page, host: WebHostProcess): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByLabel('Project name')).toHaveText(/Sample/);
  const articles = [
    { file: 'trend-ots-security.txt', title: 'OTS to boost defence industry cooperation', outlet: 'Trend News Agency', published: '2025-10-07' },
    { file: 'azertac-ots-economy.txt', title: 'Economic cooperation a key priority for OTS', outlet: 'AZERTAC', published: '2025-10-07' },
    { file: 'trend-ots-elders.txt', title: 'OTS becoming a strategic platform', outlet: 'Trend News Agency', published: '2025-11-04' },
  ];
  const tags: Record<string, [string, string[]][]> = {
    'trend-ots-security.txt': [
      ['boost cooperation in the military and defense industry', ['Security and defence', 'Institutions']],
      ['economic cooperation has been identified as one of the main priorities', ['Finance and trade']],
    ],
    'azertac-ots-economy.txt': [
      ['strengthening military and defense industry cooperation among OTS member states', ['Security and defence']],
      ['the transition to the Latin alphabet', ['Cultural diplomacy']],
      ['The economic cooperation was defined as one of the key priorities', ['Finance and trade', 'Institutions']],
    ],
    'trend-ots-elders.txt': [
      ['a comprehensive security system for the Turkic states', ['Security and defence', 'Institutions']],
    ],
  };
  for (const a of articles) {
    const text = readFileSync(join(FIXTURES, a.file), 'utf8');
    const summary = await call<{ results: { uid: string }[] }>(page, host, 'documents.import', {
      items: [{ kind: 'text', name: a.file, text }],
      overrides: { title: a.title, outlet: a.outlet, published: a.published },
    });
    const uid = summary.results[0]!.uid;
    for (const [quote, themeNames] of tags[a.file]!) await call(page, host, 'annotations.create', { document: uid, quote, themeNames });
  }
}

test('analysis: build a matrix, drill into a cell and open a passage; themes over time', async ({ page, host }) => {
  await richSample(page, host);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Analysis' }).click();
  const table = page.getByRole('table', { name: 'Matrix of passages' });
  await expect(table).toBeVisible();
  // Themes × outlets: Security and defence has 3 passages in the sample (Azernews) and 2 from Trend.
  await expect(table.getByRole('button', { name: 'Security and defence × Azernews: 3 passages' })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Security and defence × Trend News Agency: 2 passages' })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Security and defence, all: 6 passages' })).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'analysis-matrix-1024');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'analysis-matrix-1920');

  await table.getByRole('button', { name: 'Security and defence × Trend News Agency: 2 passages' }).click();
  const drawer = page.getByRole('dialog', { name: 'Security and defence × Trend News Agency' });
  const items = drawer.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('boost cooperation in the military and defense industry');
  await expect(items.nth(1)).toContainText('a comprehensive security system for the Turkic states');
  await shot(page, 'analysis-drill-1920');
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'analysis-drill-1024');
  await items.nth(1).getByRole('button', { name: /Open passage/ }).click();
  await expect(page.getByRole('heading', { name: 'OTS becoming a strategic platform' })).toBeVisible();

  // Rows by month, columns by outlet kind; then co-occurrence.
  await page.keyboard.press('Alt+6');
  await page.getByRole('combobox', { name: 'Rows' }).click();
  await page.getByRole('option', { name: 'Months' }).click();
  await page.getByRole('combobox', { name: 'Columns' }).click();
  await page.getByRole('option', { name: 'Outlet kinds' }).click();
  await expect(table.getByRole('button', { name: '2025-11 × News agency: 1 passages' })).toBeVisible();

  await page.getByRole('tab', { name: 'Themes over time' }).click();
  const chart = page.getByRole('group', { name: 'Passages per theme per month' });
  await expect(chart).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'analysis-time-1920');
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'analysis-time-1024');
  await chart.getByRole('button', { name: 'Security and defence, 2025-11: 1 passages' }).click();
  await expect(page.getByRole('dialog', { name: 'Security and defence, 2025-11' }).getByRole('listitem')).toHaveCount(1);
});

test('code from search: save a search, tag all its hits, undo removes exactly them', async ({ page, host }) => {
  await richSample(page, host);
  await page.keyboard.press('Control+Shift+F');
  await page.getByRole('combobox', { name: 'Search everything' }).fill('defense industry');
  await expect(page.getByRole('status', { name: 'Search summary' })).toContainText(/\d/);

  await page.getByRole('button', { name: 'Save search' }).click();
  await page.getByRole('textbox', { name: 'Saved search name' }).fill('Defence industry');
  await page.getByRole('dialog', { name: 'Save search' }).getByRole('button', { name: 'Save' }).click();
  const saved = page.getByRole('region', { name: 'Saved searches' });
  await expect(saved.getByRole('button', { name: /^Saved search Defence industry, \d+ results$/ })).toBeVisible();

  const themes = await call<{ uid: string; name: string; annotationCount: number }[]>(page, host, 'themes.list', {});
  const before = themes.find((t) => t.name === 'Security and defence')!.annotationCount;
  await page.getByRole('button', { name: 'Tag all hits…' }).click();
  const dialog = page.getByRole('dialog', { name: /Tag all hits of/ });
  await dialog.getByRole('combobox', { name: 'Theme to tag with' }).click();
  await page.getByRole('option', { name: 'Security and defence' }).click();
  const preview = dialog.getByRole('region', { name: 'Tagging preview' });
  await expect(preview).toContainText(/\d+ passages will be tagged Security and defence/);
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'analysis-tag-preview-1024');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'analysis-tag-preview-1920');
  const toTag = Number(/(\d+) passages will be tagged/.exec((await preview.textContent())!)![1]);
  expect(toTag).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: `Tag ${toTag} passages` }).click();
  await expect(page.getByText(`${toTag} passages tagged Security and defence.`)).toBeVisible();
  const after = (await call<{ name: string; annotationCount: number }[]>(page, host, 'themes.list', {})).find((t) => t.name === 'Security and defence')!;
  expect(after.annotationCount).toBe(before + toTag);
  await shot(page, 'analysis-tagged-1920');
  await page.getByRole('button', { name: `Undo tagging ${toTag} passages` }).click();
  await expect(page.getByText(`Removed the ${toTag} passages tagged Security and defence.`)).toBeVisible();
  const undone = (await call<{ name: string; annotationCount: number }[]>(page, host, 'themes.list', {})).find((t) => t.name === 'Security and defence')!;
  expect(undone.annotationCount).toBe(before);

  // The saved search runs from the sidebar and the palette.
  await page.getByRole('combobox', { name: 'Search everything' }).fill('');
  await saved.getByRole('button', { name: /^Saved search Defence industry/ }).click();
  await expect(page.getByRole('combobox', { name: 'Search everything' })).toHaveValue('defense industry');
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Command or document' }).fill('Defence industry');
  await expect(page.getByRole('option', { name: /^Defence industry \(\d+\)$/ })).toBeVisible();
});
