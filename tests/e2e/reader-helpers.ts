import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

export async function openSampleArticle(page: Page): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Documents' });
  await grid.getByRole('row', { name: TITLE }).click();
  await expect(page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(TITLE);
}

/**
 * Drags the mouse from inside the first word of `text` to its end, as a reader would;
 * `holding` runs while the button is down.
 */
export async function dragOver(page: Page, text: string, holding?: () => Promise<void>): Promise<void> {
  const box = await page.evaluate((needle) => {
    const root = document.querySelector('.reader-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf(needle);
      if (i < 0) continue;
      const rect = (a: number, b: number) => {
        const r = document.createRange();
        r.setStart(n!, a);
        r.setEnd(n!, b);
        return r.getBoundingClientRect();
      };
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      // Start two letters into the first word: snapping widens the selection to whole words.
      const s = rect(i + 2, i + 3);
      const e = rect(i + needle.length - 1, i + needle.length);
      return { x1: s.left, y1: s.top + s.height / 2, x2: e.right, y2: e.top + e.height / 2 };
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await holding?.();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
