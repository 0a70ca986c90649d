import type { APIRequestContext } from '@playwright/test';
import { RICH_NOTE } from '../fixtures/rich-note';
import { expect, shot, test, type WebHostProcess } from './fixtures';
import { dragOver, openSampleArticle } from './reader-helpers';

// Notes as an analyst writes them in the browser host (issue 13: nothing lost): text typed with
// a pause at the autosave moment, rich notes opened and left, Ctrl+Z inside a note.

interface StoredAnnotation {
  uid: string;
  exact: string;
  note: string;
  noteText: string;
  updatedAt: string;
}

async function call<T>(request: APIRequestContext, host: WebHostProcess, name: string, input: object): Promise<T> {
  const r = await request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
  const body = (await r.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

const SENTENCES = [
  'The objective is not to erase sovereignty, but to harmonize procedures.',
  'The OTS has become the principal political container for Türkiye’s regional agenda.',
  'Cultural affinity can open doors; it rarely closes deals.',
  'Türkiye-Azerbaijan relations are a showcase for the wider Turkic world.',
  'Türkiye does not need to control every segment.',
];
const PAUSES = [450, 560, 600, 700, 900];
const FIRST = 'Key claim; ';
const rest = (i: number): string => `note ${i + 1} on ${SENTENCES[i]!.split(' ').slice(1, 4).join(' ')}, checked against the Azernews text.`;

test('"Key claim; ", a pause at the autosave moment, the rest: five notes stored exactly as typed', async ({ page, host, request }) => {
  await call(request, host, 'project.openSample', {});
  await page.goto(host.url);
  await openSampleArticle(page);
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  for (let i = 0; i < SENTENCES.length; i++) {
    // Select the passage, tag it, type the note with a pause after "Key claim; ".
    await dragOver(page, SENTENCES[i]!);
    const bubble = page.getByRole('dialog', { name: 'Tag selection' });
    await bubble.getByRole('combobox', { name: 'Theme for the selection' }).fill('Institutions');
    await bubble.getByRole('option', { name: 'Institutions' }).click();
    await expect(detail).toContainText(SENTENCES[i]!);
    await detail.getByRole('textbox', { name: 'Annotation note' }).click();
    await page.keyboard.type(FIRST, { delay: 60 });
    await page.waitForTimeout(PAUSES[i]!);
    await page.keyboard.type(rest(i), { delay: 60 });
    // The next passage is selected straight away; this note saves on leaving.
  }
  await expect(detail.getByRole('status', { name: 'Note save state' })).toHaveText('Saved');
  await page.getByRole('button', { name: 'Close annotation' }).click();
  await expect
    .poll(async () => {
      const { items } = await call<{ items: StoredAnnotation[] }>(request, host, 'annotations.list', { limit: 1000 });
      return SENTENCES.map((s) => items.filter((a) => a.exact === s).map((a) => a.noteText));
    })
    .toEqual(SENTENCES.map((_, i) => [FIRST + rest(i)]));
  await shot(page, 'notes-after-pauses');
});

test('a rich note (link, heading, lists, code, claim reference) is shown whole and left byte-identical; the argument editor shows such a body too', async ({
  page,
  host,
  request,
}) => {
  await call(request, host, 'project.openSample', {});
  const docs = await call<{ uid: string }[]>(request, host, 'documents.list', {});
  const created = await call<StoredAnnotation>(request, host, 'annotations.create', {
    document: docs[0]!.uid,
    quote: SENTENCES[2],
    note: JSON.stringify(RICH_NOTE),
  });
  const arg = await call<{ uid: string }>(request, host, 'arguments.create', { title: 'Rich body' });
  const argBefore = await call<{ body: string; updatedAt: string }>(request, host, 'arguments.update', {
    uid: arg.uid,
    patch: { body: JSON.stringify(RICH_NOTE) },
  });

  await page.goto(host.url);
  await openSampleArticle(page);
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  const note = detail.getByRole('textbox', { name: 'Annotation note' });
  for (let round = 0; round < 2; round++) {
    await page.getByRole('button', { name: `Annotation: ${SENTENCES[2]}` }).click();
    await expect(note.getByRole('heading', { level: 2 })).toHaveText('Border figures');
    await expect(note.getByRole('link', { name: 'Azernews' })).toHaveAttribute('href', 'https://www.azernews.az/region/250000.html');
    await expect(note.locator('pre code')).toHaveText('SELECT 42;\n-- ```` fence');
    await expect(note.getByRole('listitem')).toHaveText(['Ministry data', 'Third point']);
    await expect(note.locator('blockquote')).toHaveText('A quoted line');
    if (round === 0) await shot(page, 'notes-rich-note');
    await page.getByRole('button', { name: 'Close annotation' }).click();
    await expect(detail).toHaveCount(0);
  }
  // Give any save a leave might have started time to land before reading the row.
  await page.waitForTimeout(1500);
  const after = await call<StoredAnnotation>(request, host, 'annotations.get', { uid: created.uid });
  expect(after.note).toBe(created.note);
  expect(after.updatedAt).toBe(created.updatedAt);

  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Open argument Rich body' }).click();
  const body = page.getByRole('textbox', { name: 'Argument body' });
  await expect(body.getByRole('heading', { level: 2 })).toHaveText('Border figures');
  await expect(body.locator('pre code')).toHaveText('SELECT 42;\n-- ```` fence');
  await expect(body.getByRole('link', { name: 'Azernews' })).toBeVisible();
  await shot(page, 'notes-rich-argument');
  await page.keyboard.press('Alt+1');
  await page.waitForTimeout(1500);
  const argAfter = await call<{ body: string; updatedAt: string }>(request, host, 'arguments.get', { uid: arg.uid });
  expect(argAfter.body).toBe(argBefore.body);
  expect(argAfter.updatedAt).toBe(argBefore.updatedAt);
});

test('Ctrl+Z inside a note undoes typing, not an annotation change', async ({ page, host, request }) => {
  await call(request, host, 'project.openSample', {});
  await page.goto(host.url);
  await openSampleArticle(page);
  await dragOver(page, SENTENCES[0]!);
  const bubble = page.getByRole('dialog', { name: 'Tag selection' });
  await bubble.getByRole('combobox', { name: 'Theme for the selection' }).fill('Institutions');
  await bubble.getByRole('option', { name: 'Institutions' }).click();
  const detail = page.getByRole('region', { name: 'Selected annotation' });
  const note = detail.getByRole('textbox', { name: 'Annotation note' });
  const state = detail.getByRole('status', { name: 'Note save state' });
  await note.click();
  await page.keyboard.type('Kept part.', { delay: 40 });
  await expect(state).toHaveText('Saved');
  await page.keyboard.type(' Regretted part.', { delay: 40 });
  await expect(state).toHaveText('Saved');
  await page.keyboard.press('Control+z');
  await expect(note).toHaveText('Kept part.');
  await expect(state).toHaveText('Saved');
  // The annotation is still there with its theme: the annotation undo stack was not touched.
  await expect(detail.getByLabel('Annotation themes')).toContainText('Institutions');
  const { items } = await call<{ items: StoredAnnotation[] }>(request, host, 'annotations.list', { limit: 1000 });
  expect(items.filter((a) => a.exact === SENTENCES[0]).map((a) => a.noteText)).toEqual(['Kept part.']);
});
