import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

// Every view at a laptop's 1024×700 and at two larger screens: no column of zero width, no
// badge or button whose text is cut, the claims statement at least 300 px wide at 1024.
// Screenshots of each view at each size are written to screenshots/layout-*.png.

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();

const VIEWS: Record<string, (page: Page) => Promise<void>> = {
  library: async (page) => {
    await section(page, 'Library');
    await expect(page.getByRole('grid', { name: 'Documents' })).toBeVisible();
  },
  reader: async (page) => {
    await section(page, 'Library');
    await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE }).click();
    await expect(page.getByRole('list', { name: 'Annotations in this document' }).getByRole('listitem').first()).toBeVisible();
  },
  themes: async (page) => {
    await section(page, 'Themes');
    await expect(page.getByRole('tree', { name: 'Codebook' })).toBeVisible();
  },
  claims: async (page) => {
    await section(page, 'Claims');
    await expect(page.getByRole('grid', { name: 'Claims' }).getByRole('row').nth(1)).toBeVisible();
  },
  arguments: async (page) => {
    await section(page, 'Arguments');
    await page.getByRole('navigation', { name: 'Arguments list' }).getByText('The OTS is becoming a security actor').click();
    await expect(page.getByRole('textbox', { name: 'Argument title' })).toBeVisible();
  },
  outlets: async (page) => {
    await section(page, 'Outlets');
    await expect(page.getByRole('heading', { name: 'Outlets' })).toBeVisible();
  },
  analysis: async (page) => {
    await section(page, 'Analysis');
    await expect(page.getByRole('table', { name: 'Matrix of passages' })).toBeVisible();
  },
  search: async (page) => {
    await section(page, 'Search');
    await page.getByRole('combobox', { name: 'Search everything' }).fill('Gabala');
    await expect(page.getByRole('status', { name: 'Search summary' })).toContainText(/\d/);
  },
};

/** What is cut or crushed on the page now, described for the failure message. */
function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const shown = (el: Element): boolean => (el as HTMLElement).offsetParent !== null;
    for (const el of document.querySelectorAll('.mantine-Badge-label, .mantine-Button-label')) {
      if (visible(el) && el.scrollWidth > el.clientWidth + 1) found.push(`cut: "${el.textContent}" (${el.clientWidth} of ${el.scrollWidth} px)`);
    }
    for (const el of document.querySelectorAll('[role="columnheader"]')) {
      if (shown(el) && el.getBoundingClientRect().width < 24) found.push(`crushed column: "${el.textContent?.slice(0, 30)}" ${el.getBoundingClientRect().width} px`);
    }
    return found;
  });
}

test('every view holds at 1024×700, 1440×900 and 1920×1080', async ({ page, host }) => {
  test.setTimeout(180_000);
  const auth = { Authorization: `Bearer ${host.token}` };
  expect((await page.request.post(`${host.origin}/api/project.openSample`, { headers: auth, data: {} })).ok()).toBe(true);
  const claims = await (await page.request.post(`${host.origin}/api/claims.list`, { headers: auth, data: {} })).json();
  const cited = claims.value[0];
  // An argument citing a claim, so the side panel shows a grade and badges.
  const body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The summit shows it ' }, { type: 'claimRef', attrs: { claimUid: cited.uid, stance: 'supports' } }] }],
  };
  const made = await (await page.request.post(`${host.origin}/api/arguments.create`, { headers: auth, data: { title: 'The OTS is becoming a security actor' } })).json();
  const saved = await page.request.post(`${host.origin}/api/arguments.update`, { headers: auth, data: { uid: made.value.uid, patch: { body: JSON.stringify(body) } } });
  expect((await saved.json()).ok).toBe(true);

  await page.goto(host.url);
  await expect(page.getByLabel('Project name')).toHaveText('Project: Sample');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const [name, open] of Object.entries(VIEWS)) {
      await test.step(`${name} at ${size.width}×${size.height}`, async () => {
        await open(page);
        await page.waitForTimeout(150); // let container queries and the panes settle after a resize
        await shot(page, `layout-${name}-${size.width}x${size.height}`);
        expect(await problems(page)).toEqual([]);
        if (name === 'claims') {
          const statement = page.getByRole('grid', { name: 'Claims' }).getByRole('columnheader').first();
          expect((await statement.boundingBox())!.width).toBeGreaterThanOrEqual(300);
        }
      });
    }
  }
});
