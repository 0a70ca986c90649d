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

test('competing hypotheses: a board of hypotheses and claims, rated by keyboard with undo, the sensitivity view and a Markdown export', async ({ page, host }) => {
  await richSample(page, host);
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Competing hypotheses', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'New board…' }).click();
  const create = page.getByRole('form', { name: 'New hypothesis board' });
  await create.getByRole('textbox', { name: 'Question' }).fill('Why is the OTS building a security agenda?');
  await create.getByRole('textbox', { name: 'Hypotheses, one a line' }).fill('Hedging against Russia\nDefence-industry exports\nBorder threats\nSummit rhetoric only');
  await create.getByRole('button', { name: 'Create board' }).click();
  const board = page.getByRole('region', { name: 'Board: Why is the OTS building a security agenda?' });
  await expect(board).toBeVisible();

  // Claims of the sample, picked by words of their statements (a typo is forgiven).
  await board.getByRole('button', { name: 'Add claims…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add claims to the board' });
  for (const words of ['Gabala summit', 'Bayraktr UAVs', 'video surveillance', 'Investment Fund']) {
    await picker.getByRole('textbox', { name: 'Find a claim' }).fill(words);
    await expect(picker.getByRole('listbox', { name: 'Claims' }).getByRole('option').first()).toBeVisible();
    await picker.getByRole('textbox', { name: 'Find a claim' }).press('Enter');
  }
  await expect(picker.getByRole('list', { name: 'Claims to add' }).getByRole('listitem')).toHaveCount(4);
  await picker.getByRole('button', { name: 'Add 4 claims' }).click();
  const grid = board.getByRole('grid', { name: 'Ratings of claims against hypotheses' });
  await expect(grid.getByRole('rowheader')).toHaveCount(5);

  // Rows in the order picked; cells rated by keys: letters, a number, arrows.
  const cell = (h: string, claim: string) => grid.getByRole('gridcell', { name: new RegExp(`^${h} × ${claim}`) });
  await cell('Hedging against Russia', 'The 12th OTS summit').click();
  const keys = ['c', 'ArrowRight', 'i', 'ArrowRight', 'n', 'ArrowRight', 'a', 'ArrowDown', 'i', 'ArrowLeft', 'i', 'ArrowLeft', 'c', 'ArrowLeft', 'c',
    'ArrowDown', 'n', 'ArrowRight', 'c', 'ArrowRight', 'i', 'ArrowRight', 'n', 'ArrowDown', 'i', 'ArrowLeft', 'c', 'ArrowLeft', 'n', 'ArrowLeft', '1'];
  for (const k of keys) await page.keyboard.press(k);
  const expected: [string, string, string][] = [
    ['Hedging against Russia', 'The 12th OTS summit', 'Consistent'], ['Defence-industry exports', 'The 12th OTS summit', 'Inconsistent'],
    ['Border threats', 'The 12th OTS summit', 'Neutral'], ['Summit rhetoric only', 'The 12th OTS summit', 'Not applicable'],
    ['Summit rhetoric only', 'Uzbekistan has an operational', 'Inconsistent'], ['Border threats', 'Uzbekistan has an operational', 'Inconsistent'],
    ['Hedging against Russia', '42%', 'Neutral'], ['Border threats', '42%', 'Inconsistent'],
    ['Summit rhetoric only', 'The Turkic Investment Fund', 'Inconsistent'], ['Hedging against Russia', 'The Turkic Investment Fund', 'Consistent'],
  ];
  for (const [h, c, r] of expected) await expect(cell(h, c)).toHaveAccessibleName(new RegExp(`: ${r}$`));
  // Each claim has one origin (weight 0.5): Hedging 0, exports 0.5, border 1, rhetoric 1.
  await expect(board.getByRole('status', { name: 'Leading hypothesis' })).toHaveText('Least inconsistent: Hedging against Russia (0.00)');

  // A note on the current cell; then undo and redo a rating.
  await cell('Hedging against Russia', 'The 12th OTS summit').click();
  await page.keyboard.press('Enter');
  await expect(board.getByRole('textbox', { name: 'Note on this rating' })).toBeFocused();
  await page.keyboard.type('Stated in the summit declaration');
  await page.keyboard.press('Enter');
  await expect(cell('Hedging against Russia', 'The 12th OTS summit')).toHaveAccessibleName(/: Consistent, note: Stated in the summit declaration$/);
  await expect(cell('Hedging against Russia', 'The 12th OTS summit')).toBeFocused();
  await page.keyboard.press('i');
  await expect(cell('Hedging against Russia', 'The 12th OTS summit')).toHaveAccessibleName(/: Inconsistent, note: Stated/);
  await page.keyboard.press('Control+z');
  await expect(cell('Hedging against Russia', 'The 12th OTS summit')).toHaveAccessibleName(/: Consistent, note: Stated/);
  await page.keyboard.press('Control+Shift+z');
  await expect(cell('Hedging against Russia', 'The 12th OTS summit')).toHaveAccessibleName(/: Inconsistent/);
  await page.keyboard.press('Control+z');
  await expect(cell('Hedging against Russia', 'The 12th OTS summit')).toHaveAccessibleName(/: Consistent/);
  await expect(grid.getByRole('rowheader').filter({ has: page.getByLabel('Diagnostic') })).toHaveCount(4);
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'analysis-ach-1024');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'analysis-ach-1920');

  // Sensitivity: without the summit claim nothing separates Hedging from exports.
  await board.getByText('Sensitivity', { exact: true }).click();
  await expect(board.getByRole('status', { name: 'Sensitivity summary' })).toHaveText(/^1 of 4 claims decide the leader/);
  const sensitivity = board.getByRole('table', { name: 'Sensitivity: the ranking if each claim is wrong' });
  await expect(sensitivity.getByRole('row').nth(1)).toContainText('The 12th OTS summit');
  await expect(sensitivity.getByRole('row').nth(1)).toContainText('No single leader');
  await expect(sensitivity.getByRole('row').nth(1)).toContainText('1=. Hedging against Russia (0.00)');
  await shot(page, 'analysis-ach-sensitivity-1920');
  await page.setViewportSize({ width: 1024, height: 700 });
  await shot(page, 'analysis-ach-sensitivity-1024');

  // Export Markdown: ratings, scores and each claim's independent origins.
  await board.getByRole('button', { name: 'Export board' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Markdown' }).click()]);
  expect(download.suggestedFilename()).toBe('Why-is-the-OTS-building-a-security-agenda.md');
  const md = readFileSync((await download.path())!, 'utf8').split('\n');
  expect(md[0]).toBe('# Why is the OTS building a security agenda?');
  expect(md).toContain('| Claim | Grade | Independent origins | Hedging against Russia | Defence-industry exports | Border threats | Summit rhetoric only | If wrong, the leader is |');
  expect(md.find((l) => l.includes('The 12th OTS summit'))).toMatch(/\| B2 \| 1 \| C — Stated in the summit declaration \| I \| N \| NA \| no single leader \(a tie\) \|$/);
  expect(md).toContain('| Inconsistency (weighted) |  |  | 0 (0.00) | 1 (0.50) | 2 (1.00) | 2 (1.00) |  |');

  // The board is in the sidebar and the palette.
  await page.keyboard.press('Alt+1');
  await page.getByRole('region', { name: 'Hypothesis boards in the sidebar' }).getByRole('button', { name: 'Hypothesis board Why is the OTS building a security agenda?' }).click();
  await expect(board).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Command or document' }).fill('security agenda');
  await expect(page.getByRole('option', { name: 'Why is the OTS building a security agenda?' })).toBeVisible();
});
