import { expect, shot, test } from './fixtures';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';
const STATEMENT = 'The State Security Service says video surveillance now covers 42 percent of Uzbekistan’s border.';

test('make a claim from a passage, attach a second, grade it, cite it in an argument with @, and find it all after a reload', async ({
  page,
  host,
  request,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  const opened = await request.post(`${host.origin}/api/project.openSample`, { headers: { Authorization: `Bearer ${host.token}` }, data: {} });
  expect((await opened.json()).ok).toBe(true);
  await page.goto(host.url);

  // 1. In the reader, the sample's annotation of the 42 percent passage becomes a claim.
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE }).click();
  const panel = page.getByRole('complementary', { name: 'Annotations' });
  await panel.getByRole('button', { name: /^Annotation: Chairman of the State Security Service/ }).click();
  const selected = panel.getByRole('region', { name: 'Selected annotation' });
  await selected.getByRole('button', { name: 'Make claim' }).click();
  const make = page.getByRole('dialog', { name: 'Make claim' });
  const statement = make.getByRole('textbox', { name: 'Statement' });
  await expect(statement).toHaveValue(/42 percent of Uzbekistan’s border is now covered/);
  await statement.fill(STATEMENT);
  await make.getByRole('textbox', { name: 'Event date' }).fill('2025-13');
  await expect(make.getByText('a date is YYYY, YYYY-MM or YYYY-MM-DD')).toBeVisible();
  await expect(make.getByRole('button', { name: 'Create claim' })).toBeDisabled();
  await make.getByRole('textbox', { name: 'Event date' }).fill('2025-10');
  await make.getByRole('combobox', { name: 'Credibility' }).click();
  await page.getByRole('option', { name: '2 · probably true' }).click();
  await shot(page, 'claims-make-claim');
  await make.getByRole('button', { name: 'Create claim' }).click();
  await expect(make).toBeHidden();

  // 2. A second passage is attached to it as context, found by folded fuzzy words.
  await panel.getByRole('button', { name: /^Annotation: Kurbanov also confirmed/ }).click();
  await selected.getByRole('button', { name: 'Attach to claim…' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach to claim' });
  await attach.getByRole('textbox', { name: 'Find a claim' }).fill('state securty uzbekistan');
  await attach.getByRole('option', { name: STATEMENT }).click();
  await expect(attach.getByRole('option', { name: STATEMENT })).toHaveAttribute('aria-selected', 'true');
  await attach.getByText('Context').click();
  await attach.getByRole('textbox', { name: 'Evidence note' }).fill('Same briefing, same speaker.');
  await shot(page, 'claims-attach');
  await attach.getByRole('button', { name: 'Attach' }).click();
  await expect(attach).toBeHidden();
  await expect(selected).toContainText('Evidence for 2 claims'); // the sample's Bayraktar claim and ours

  // 3. The claims view lists it with its grade; its page shows both passages.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Claims' }).click();
  const grid = page.getByRole('grid', { name: 'Claims' });
  const row = grid.getByRole('row', { name: STATEMENT });
  await expect(row).toContainText('B2');
  await expect(row).toContainText('2025-10');
  await page.getByRole('textbox', { name: 'Filter by statement' }).fill('surveillance');
  await expect(grid.getByRole('row')).toHaveCount(3); // header, the sample's claim, ours
  await shot(page, 'claims-table');
  await row.click();
  const drawer = page.getByRole('dialog', { name: 'Claim' });
  const glance = drawer.getByRole('region', { name: 'Corroboration at a glance' });
  await expect(glance.getByLabel('Grade B2')).toBeVisible();
  await expect(glance.getByLabel('1 supporting outlet')).toBeVisible();
  await expect(glance.getByLabel('Single source')).toBeVisible();
  await expect(glance).toContainText('Azernews (B)');
  const evidence = drawer.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
  await expect(evidence).toHaveCount(2);
  const second = evidence.filter({ hasText: 'Kurbanov also confirmed' });
  await expect(second.getByRole('combobox', { name: 'Evidence stance' })).toHaveValue('Context');
  await expect(second.getByRole('textbox', { name: 'Evidence note' })).toHaveValue('Same briefing, same speaker.');

  // Set the stance and the credibility: the grade follows.
  await second.getByRole('combobox', { name: 'Evidence stance' }).click();
  await page.getByRole('option', { name: 'Supports' }).click();
  await expect(second.getByRole('combobox', { name: 'Evidence stance' })).toHaveValue('Supports');
  await drawer.getByRole('combobox', { name: 'Credibility' }).click();
  await page.getByRole('option', { name: '3 · possibly true' }).click();
  await expect(glance.getByLabel('Grade B3')).toBeVisible();
  await expect(glance.getByLabel('1 supporting outlet')).toBeVisible();
  await second.getByRole('button', { name: 'Copy citation' }).click();
  await page.getByRole('menuitem', { name: 'APA' }).click();
  await expect(page.getByText('APA citation copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Azernews');
  await shot(page, 'claims-claim-page');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'Claims timeline' })).toContainText('October 2025');
  await expect(page.getByRole('button', { name: `Open claim: ${STATEMENT}` })).toBeVisible();
  await shot(page, 'claims-timeline');

  // 4. An argument cites the claim with "@".
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'New argument' }).click();
  await page.getByRole('dialog', { name: 'New argument' }).getByRole('textbox', { name: 'Title' }).fill('Uzbekistan hardens its borders');
  await page.getByRole('button', { name: 'Create' }).click();
  const body = page.getByRole('textbox', { name: 'Argument body' });
  await body.click();
  await page.keyboard.type('Border security is being digitised ');
  await page.keyboard.type('@video surv');
  const picker = page.getByRole('listbox', { name: 'Cite a claim' });
  await expect(picker.getByRole('option', { name: STATEMENT })).toBeVisible();
  await shot(page, 'claims-argument-picker');
  // The editor keeps the focus: arrows move through the matches, Enter picks.
  const ours = picker.getByRole('option', { name: STATEMENT });
  for (let i = 0; i < 5 && (await ours.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(ours).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await page.keyboard.type('and drones patrol it.');
  const chip = body.getByRole('button', { name: /^Claim: The State Security Service says/ });
  await expect(chip).toContainText('[1]');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(page.getByRole('region', { name: 'Citations' })).toContainText(`[1] ${STATEMENT}`);
  await expect(page.getByRole('region', { name: 'Supporting' })).toContainText(STATEMENT);
  await shot(page, 'claims-argument');

  // The chip's menu changes the stance: the claim moves to the opposing side.
  await chip.click();
  await page.getByRole('menuitem', { name: 'Stance: Contradicts' }).click();
  await expect(page.getByRole('region', { name: 'Opposing' })).toContainText(STATEMENT);
  await expect(page.getByRole('region', { name: 'Supporting' })).not.toContainText(STATEMENT);
  await shot(page, 'claims-argument-opposing');
  // Undo and redo are tiptap's history.
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More.');
  await expect(body).toContainText('patrol it. More.');
  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('More.');
  await page.keyboard.press('Control+Shift+z');
  await expect(body).toContainText('patrol it. More.');
  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('More.');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  // 5. Reload: the claim, its evidence and the argument with its chip are all still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Open argument Uzbekistan hardens its borders' }).click();
  const again = page.getByRole('textbox', { name: 'Argument body' });
  await expect(again).toContainText('Border security is being digitised');
  await expect(again).toContainText('and drones patrol it.');
  await expect(again.getByRole('button', { name: /^Claim: The State Security Service says/ })).toContainText('[1]');
  // Renamed from the list, the open editor shows the new title.
  await page.getByRole('button', { name: 'Actions for Uzbekistan hardens its borders' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await page.getByRole('dialog', { name: 'Rename argument' }).getByRole('textbox', { name: 'Title' }).fill('Uzbek border security');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('textbox', { name: 'Argument title' })).toHaveValue('Uzbek border security');
  await page.keyboard.press('Alt+3');
  await page.getByRole('grid', { name: 'Claims' }).getByRole('row', { name: STATEMENT }).click();
  const reopened = page.getByRole('dialog', { name: 'Claim' });
  await expect(reopened.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(2);
  await expect(reopened.getByRole('combobox', { name: 'Credibility' })).toHaveValue('3 · possibly true');
  await expect(reopened.getByRole('textbox', { name: 'Event date' })).toHaveValue('2025-10');
  await expect(reopened.getByText('Uzbek border security')).toBeVisible();
  await shot(page, 'claims-after-reload');

  // 6. The passage link jumps to the reader.
  await reopened
    .getByRole('list', { name: 'Evidence' })
    .getByRole('listitem')
    .filter({ hasText: 'Chairman of the State Security Service' })
    .getByRole('button', { name: `Show passage in ${TITLE}` })
    .click();
  await expect(page.getByRole('article', { name: 'Reader' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toContainText('42 percent of Uzbekistan’s border');
});

test('deleting a cited claim asks first, names the argument, leaves a visibly broken reference, and can be undone', async ({ page, host, request }) => {
  const call = async <T,>(name: string, input: unknown): Promise<T> => {
    const res = await request.post(`${host.origin}/api/${name}`, { headers: { Authorization: `Bearer ${host.token}` }, data: input });
    const out = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!out.ok) throw new Error(out.error?.message);
    return out.value;
  };
  await call('project.openSample', {});
  const claims = await call<{ uid: string; statement: string }[]>('claims.list', { text: 'Bayraktar' });
  const claim = claims[0]!;
  const arg = await call<{ uid: string }>('arguments.create', { title: 'Drones' });
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'See ' }, { type: 'claimRef', attrs: { claimUid: claim.uid, stance: 'contradicts' } }] }] };
  await call('arguments.update', { uid: arg.uid, patch: { body: JSON.stringify(body) } });

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible(); // the keys work once the shell is up
  await page.keyboard.press('Alt+3');
  const grid = page.getByRole('grid', { name: 'Claims' });
  await expect(grid.getByRole('row')).toHaveCount(5); // header + the sample's four claims
  // Filters: the theme of the evidence, then a credibility range (the sample's Gabala claim is a 2).
  await page.getByRole('combobox', { name: 'Filter by theme' }).click();
  await page.getByRole('option', { name: 'Institutions' }).click();
  await expect(grid.getByRole('row')).toHaveCount(3);
  await page.getByRole('slider', { name: 'Maximum credibility' }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1)).toHaveAccessibleName(/Gabala/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(grid.getByRole('row')).toHaveCount(5);
  await grid.getByRole('row', { name: claim.statement }).click();
  await page.getByRole('button', { name: 'Delete claim…' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Delete claim' });
  await expect(ask.getByRole('list', { name: 'Arguments citing the claim' })).toContainText('Drones (1 reference)');
  await shot(page, 'claims-delete-ask');
  await ask.getByRole('button', { name: 'Delete claim' }).click();
  await expect(page.getByRole('grid', { name: 'Claims' }).getByRole('row', { name: claim.statement })).toHaveCount(0);

  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Open argument Drones' }).click();
  await expect(page.getByRole('textbox', { name: 'Argument body' }).getByRole('button', { name: /^Deleted claim/ })).toContainText('⚠ deleted claim');
  await expect(page.getByRole('region', { name: 'Citations' })).toContainText('[1] ⚠ deleted claim');
  await expect(page.getByRole('region', { name: 'Opposing' })).toContainText('deleted claim');
  await shot(page, 'claims-broken-reference');

  // Undo in the notification brings the claim back under its uid: the reference is whole again.
  await page.getByRole('button', { name: 'Undo claim delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Claim restored' })).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('grid', { name: 'Claims' }).getByRole('row', { name: claim.statement })).toHaveCount(1);
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Open argument Drones' }).click();
  await expect(page.getByRole('region', { name: 'Citations' })).not.toContainText('deleted claim');
});
