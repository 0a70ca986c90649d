import type { APIRequestContext, Page } from '@playwright/test';
import type { AnnotationAnchor } from '@common/api/schemas/annotations';
import { expect, shot, test, type WebHostProcess } from './fixtures';
import { dragOver, openSampleArticle } from './reader-helpers';

// Issue 14's editing behaviours: Escape, keyboard selection, Make claim from a bare selection,
// the event date from the article, evidence order, and undo of re-attach.

const SENTENCE = 'Formats endure leadership transitions, bureaucratic reshuffles, and domestic political turbulence.';

async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await openSampleArticle(page);
}

test('Escape closes the bubble, and pressed again stays in the document with its state', async ({ page, host }) => {
  await openSample(page, host.url);
  const reader = page.getByRole('article', { name: 'Reader' });
  const items = page.getByRole('list', { name: 'Annotations in this document' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  await page.getByRole('button', { name: /^Annotation: 12th OTS Summit/ }).click();
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  await expect(detail).toBeVisible();

  await dragOver(page, SENTENCE);
  const bubble = page.getByRole('dialog', { name: 'Tag selection' });
  await expect(bubble).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(bubble).toHaveCount(0);
  await expect(page.locator('.anno-pending')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(reader).toBeVisible();
  await expect(items).toHaveCount(count);
  await expect(detail).toBeVisible();
  await shot(page, 'editing-escape-twice');
});

test('a dialog opened from the page’s menu holds the focus and closes on Escape at once', async ({ page, host }) => {
  await page.goto(host.url);
  for (const [item, name] of [
    ['Export…', 'Export'],
    ['New Project…', 'New Project'],
    ['Import Files…', 'Import'],
  ] as const) {
    await page.getByRole('button', { name: 'File menu' }).click();
    // Click the item and press Escape as soon as the dialog is drawn, before its focus trap's timer has run.
    const closed = await page.evaluate(async (title) => {
      const el = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((m) => m.getAttribute('aria-label') === title)!;
      el.focus();
      el.click();
      while (!document.querySelector('[role="dialog"]')) await new Promise((r) => setTimeout(r, 0));
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      return true;
    }, item);
    expect(closed).toBe(true);
    await expect(page.getByRole('dialog', { name })).toHaveCount(0);

    // Opened the ordinary way, the focus moves into it.
    await page.getByRole('button', { name: 'File menu' }).click();
    await page.getByRole('menuitem', { name: item, exact: true }).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expect.poll(() => page.evaluate((n) => document.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-labelledby') && document.activeElement.closest('[role="dialog"]')!.textContent!.includes(n), name)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
});

/** Calls the browser host's API as the page does (the test sets up data; the UI is what is tested). */
async function call<T>(request: APIRequestContext, host: WebHostProcess, name: string, input: unknown): Promise<T> {
  const res = await request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
}

type Anchor = Omit<AnnotationAnchor, 'uid'>;
const anchorOf = ({ version, start, end, exact, prefix, suffix, anchorStatus }: Anchor): Anchor => ({ version, start, end, exact, prefix, suffix, anchorStatus });

test('Re-attach to selection is undone by Ctrl+Z (the orphan exactly as it was) and redone', async ({ page, host, request }) => {
  const V1 = 'Corridor talks\n\nThe pipeline opened in May. Officials praised the new corridor. Trade grew by a third.';
  const V2 = 'Corridor talks\n\nThe pipeline opened in May. Trade grew by a third, officials said on Monday.';
  const imported = await call<{ results: { uid: string }[] }>(request, host, 'documents.import', { items: [{ kind: 'text', text: V1, name: 'corridor.txt' }] });
  const uid = imported.results[0]!.uid;
  const a = await call<{ uid: string }>(request, host, 'annotations.create', { document: uid, quote: 'Officials praised the new corridor.' });
  await call(request, host, 'documents.import', { items: [{ kind: 'text', text: V2, name: 'corridor-2.txt' }], overrides: { versionOf: uid } });
  const orphan = await call<Anchor>(request, host, 'annotations.get', { uid: a.uid });
  expect(orphan.anchorStatus).toBe('orphaned');

  await page.goto(host.url);
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: /Corridor talks/ }).click();
  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans).toContainText('Officials praised the new corridor.');
  await dragOver(page, 'officials said on Monday');
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toHaveCount(0);
  const placed = await call<Anchor>(request, host, 'annotations.get', { uid: a.uid });
  expect(placed).toMatchObject({ anchorStatus: 'exact', version: 2, exact: 'officials said on Monday' });
  await expect(page.locator(`.reader-text [data-annotation-uid="${a.uid}"]`)).toHaveText('officials said on Monday');
  await shot(page, 'editing-reattached');

  await page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(orphans).toContainText('Officials praised the new corridor.');
  await expect(page.locator(`.reader-text [data-annotation-uid="${a.uid}"]`)).toHaveCount(0);
  expect(anchorOf(await call<Anchor>(request, host, 'annotations.get', { uid: a.uid }))).toEqual(anchorOf(orphan));

  await page.keyboard.press('Control+Shift+z');
  await expect(orphans).toHaveCount(0);
  expect(anchorOf(await call<Anchor>(request, host, 'annotations.get', { uid: a.uid }))).toEqual(anchorOf(placed));
});

test('evidence is reordered by its buttons, Alt+arrows on a row and drag; Ctrl+Z restores the order', async ({ page, host, request }) => {
  await page.goto(host.url);
  await page.getByLabel('Empty library').getByRole('button', { name: 'Open sample project' }).click();
  await expect(page.getByLabel('Project name')).toHaveText('Project: Sample');
  const claims = await call<{ uid: string; statement: string }[]>(request, host, 'claims.list', {});
  const claim = claims.find((c) => c.statement.startsWith('42%'))!;
  const passages = (await call<{ items: { uid: string; exact: string }[] }>(request, host, 'annotations.list', {})).items;
  const detail = await call<{ evidence: { annotation: { uid: string } }[] }>(request, host, 'claims.get', { uid: claim.uid });
  const extra = passages.filter((a) => a.uid !== detail.evidence[0]!.annotation.uid).slice(0, 2);
  for (const a of extra) await call(request, host, 'claims.addEvidence', { claim: claim.uid, annotation: a.uid, stance: 'context' });
  const order = async (): Promise<string[]> =>
    (await call<{ evidence: { annotation: { uid: string } }[] }>(request, host, 'claims.get', { uid: claim.uid })).evidence.map((e) => e.annotation.uid);
  const [a, b, c] = await order();

  await page.keyboard.press('Alt+3');
  await page.getByRole('grid', { name: 'Claims' }).getByRole('row', { name: claim.statement }).click();
  const drawer = page.getByRole('dialog', { name: 'Claim' });
  const rows = drawer.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  const row = (uid: string) => drawer.locator(`[data-evidence-row="${uid}"]`);
  await expect(rows.first().getByRole('button', { name: 'Move evidence up' })).toBeDisabled();
  await expect(rows.last().getByRole('button', { name: 'Move evidence down' })).toBeDisabled();

  // A button: the first one down.
  await row(a!).getByRole('button', { name: 'Move evidence down' }).click();
  await expect.poll(order).toEqual([b, a, c]);
  await expect(rows.nth(1)).toHaveAttribute('data-evidence-row', a!);

  // Alt+↓ on a focused row, twice at the end (the second changes nothing); the row keeps the focus.
  await row(a!).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(order).toEqual([b, c, a]);
  await expect(row(a!)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(order).toEqual([b, a, c]);
  await expect(row(a!)).toBeFocused();

  // Drag the last row onto the first.
  await row(c!).getByRole('button', { name: 'Drag to reorder evidence' }).dragTo(row(b!));
  await expect.poll(order).toEqual([c, b, a]);
  await expect(rows.first()).toHaveAttribute('data-evidence-row', c!);
  await shot(page, 'editing-evidence-reordered');

  // Undo goes back step by step; redo replays.
  await page.keyboard.press('Control+z');
  await expect.poll(order).toEqual([b, a, c]);
  await page.keyboard.press('Control+z');
  await expect.poll(order).toEqual([b, c, a]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(order).toEqual([b, a, c]);
  await expect(rows.first()).toHaveAttribute('data-evidence-row', b!);
});
