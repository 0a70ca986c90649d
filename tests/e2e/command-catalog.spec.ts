import type { Page } from '@playwright/test';
import { COMMANDS, type CommandId, type CommandSpec } from '@common/commands/catalog';
import { expect, test } from './fixtures';

// Every command the catalog shows (menu, shortcut sheet, palette) must do something in the
// browser host. Each one is run three ways where it is offered: its keys, its item in the
// menu drawn in the page, and the palette; after each, the check looks for its effect and puts
// the page back. A command added to the catalog without a check here fails to compile.

type Way = 'keys' | 'menu' | 'palette';
interface Check {
  /** Where the command means something: anywhere, or with the sample article open in the reader. */
  where: 'anywhere' | 'reader';
  /** Runs the command (run()) and sees its effect; leaves the page as it found it. */
  verify(page: Page, run: () => Promise<void>): Promise<void>;
}

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';
const dialog = (name: string): Check['verify'] => async (page, run) => {
  await run();
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name })).toHaveCount(0);
};
const heading = (name: string): Check['verify'] => async (page, run) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: name === 'Library' ? 'Themes' : 'Library' }).click();
  await run();
  await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
};
const scheme = (value: 'light' | 'dark'): Check['verify'] => async (page, run) => {
  await run();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', value);
};
const annotations = (page: Page) => page.getByRole('list', { name: 'Annotations in this document' }).getByRole('listitem');
const current = (page: Page) => page.getByRole('list', { name: 'Annotations in this document' }).locator('[aria-current="true"]');
const focusReader = (page: Page) => page.getByRole('article', { name: 'Reader' }).getByRole('heading', { level: 1 }).click();
/** Selects two words of the title with the keyboard alone: the bubble opens for them. */
async function selectByKeyboard(page: Page): Promise<void> {
  await focusReader(page);
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByRole('dialog', { name: 'Tag selection' })).toBeVisible();
}
/** Selects an annotation and deletes it with the Delete key: the change the undo commands act on. */
async function deleteOne(page: Page): Promise<number> {
  const before = await annotations(page).count();
  await focusReader(page);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(current(page)).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(annotations(page)).toHaveCount(before - 1);
  return before;
}

const CHECKS: Record<CommandId, Check> = {
  'project.new': { where: 'anywhere', verify: dialog('New Project') },
  'project.open': { where: 'anywhere', verify: dialog('Open Project') },
  'project.saveCopy': { where: 'anywhere', verify: dialog('Save a Copy') },
  'library.import': { where: 'anywhere', verify: dialog('Import') },
  'library.paste': {
    where: 'anywhere',
    verify: async (page, run) => {
      await run();
      await expect(page.getByRole('dialog', { name: 'Import' }).getByRole('tab', { name: /Paste/, selected: true })).toBeVisible();
      await page.keyboard.press('Escape');
    },
  },
  'project.export': { where: 'anywhere', verify: dialog('Export') },
  'project.backup': { where: 'anywhere', verify: dialog('Backups') },
  'project.restore': { where: 'anywhere', verify: dialog('Backups') },
  'search.aliases': { where: 'anywhere', verify: dialog('Alias groups') },
  'project.close': {
    where: 'anywhere',
    verify: async (page, run) => {
      await run();
      await expect(page.getByLabel('Project name')).toHaveText('Project: default');
      await openSample(page);
    },
  },
  'view.library': { where: 'anywhere', verify: heading('Library') },
  'view.themes': { where: 'anywhere', verify: heading('Themes') },
  'view.claims': { where: 'anywhere', verify: heading('Claims') },
  'view.arguments': { where: 'anywhere', verify: heading('Arguments') },
  'view.outlets': { where: 'anywhere', verify: heading('Outlets') },
  'view.analysis': { where: 'anywhere', verify: heading('Analysis') },
  'view.hypotheses': { where: 'anywhere', verify: heading('Competing hypotheses') },
  'view.search': {
    where: 'anywhere',
    verify: async (page, run) => {
      await run();
      await expect(page.getByRole('combobox', { name: 'Search everything' })).toBeFocused();
    },
  },
  'reader.find': {
    where: 'reader',
    verify: async (page, run) => {
      await run();
      await expect(page.getByRole('search', { name: 'Find bar' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('search', { name: 'Find bar' })).toHaveCount(0);
    },
  },
  'annotation.next': {
    where: 'reader',
    verify: async (page, run) => {
      await focusReader(page);
      await run();
      await expect(current(page)).toHaveCount(1);
    },
  },
  'annotation.previous': {
    where: 'reader',
    verify: async (page, run) => {
      await focusReader(page);
      await run();
      await expect(current(page)).toHaveCount(1);
    },
  },
  'annotation.delete': {
    where: 'reader',
    verify: async (page, run) => {
      const before = await annotations(page).count();
      await focusReader(page);
      await page.keyboard.press('Alt+ArrowDown');
      await expect(current(page)).toHaveCount(1);
      await run();
      await expect(annotations(page)).toHaveCount(before - 1);
      await page.keyboard.press('Control+z');
      await expect(annotations(page)).toHaveCount(before);
    },
  },
  'annotation.undo': {
    where: 'reader',
    verify: async (page, run) => {
      const before = await deleteOne(page);
      await run();
      await expect(annotations(page)).toHaveCount(before);
    },
  },
  'annotation.redo': {
    where: 'reader',
    verify: async (page, run) => {
      const before = await deleteOne(page);
      await page.keyboard.press('Control+z');
      await expect(annotations(page)).toHaveCount(before);
      await run();
      await expect(annotations(page)).toHaveCount(before - 1);
      await page.keyboard.press('Control+z');
      await expect(annotations(page)).toHaveCount(before);
    },
  },
  'annotation.tag': {
    where: 'reader',
    verify: async (page, run) => {
      await selectByKeyboard(page);
      await run();
      await expect(page.getByRole('combobox', { name: 'Theme for the selection' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Tag selection' })).toHaveCount(0);
    },
  },
  'annotation.makeClaim': {
    where: 'reader',
    verify: async (page, run) => {
      await selectByKeyboard(page);
      await run();
      await expect(page.getByRole('dialog', { name: 'Make claim' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Make claim' })).toHaveCount(0);
    },
  },
  'palette.open': { where: 'anywhere', verify: dialog('Command palette') },
  'theme.light': { where: 'anywhere', verify: scheme('light') },
  'theme.dark': { where: 'anywhere', verify: scheme('dark') },
  'theme.system': {
    where: 'anywhere',
    verify: async (page, run) => {
      await run();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('dossier.appearance'))).toBe('auto');
    },
  },
  'help.shortcuts': { where: 'anywhere', verify: dialog('Keyboard shortcuts') },
  'help.sample': {
    where: 'anywhere',
    verify: async (page, run) => {
      await run();
      await expect(page.getByLabel('Project name')).toHaveText('Project: Sample');
    },
  },
  'help.about': {
    where: 'anywhere',
    verify: async (page, run) => {
      const about = page.getByRole('alert').filter({ hasText: 'An offline research workbench' });
      const before = await about.count();
      await run();
      await expect(about).toHaveCount(before + 1);
    },
  },
};

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Help menu' }).click();
  await page.getByRole('menuitem', { name: 'Open Sample Project' }).click();
  await expect(page.getByLabel('Project name')).toHaveText('Project: Sample');
}

async function openReader(page: Page): Promise<void> {
  if (await page.getByRole('article', { name: 'Reader' }).isVisible()) return;
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Library' }).click();
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: TITLE }).click();
  await expect(annotations(page).first()).toBeVisible();
}

function runner(page: Page, id: CommandId, way: Way): () => Promise<void> {
  const spec: CommandSpec = COMMANDS.find((c) => c.id === id)!;
  if (way === 'keys') return () => page.keyboard.press(spec.keys!.replace('CmdOrCtrl', 'Control'));
  if (way === 'menu') {
    const place = { file: 'File', view: 'View', go: 'Go', help: 'Help', edit: 'Edit' }[spec.menu!];
    return async () => {
      await page.getByRole('button', { name: `${place} menu` }).click();
      await page.getByRole('menuitem', { name: spec.title, exact: true }).click();
    };
  }
  return async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('textbox', { name: 'Command or document' }).fill(spec.title);
    await palette.getByRole('option', { name: spec.title, exact: true }).first().click();
    // Choosing a command closes the palette (choosing "Command Palette" opens it again).
    if (id !== 'palette.open') await expect(palette).toHaveCount(0);
  };
}

test('every command of the catalog works in the browser host by its keys, its menu item and the palette', async ({ page, host }) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await openSample(page);
  const walked: string[] = [];
  for (const where of ['anywhere', 'reader'] as const) {
    for (const spec of COMMANDS) {
      const check = CHECKS[spec.id];
      if (check.where !== where) continue;
      const ways: Way[] = ['palette', ...('keys' in spec ? (['keys'] as const) : []), ...('menu' in spec ? (['menu'] as const) : [])];
      for (const way of ways) {
        if (where === 'reader') await openReader(page);
        await test.step(`${spec.id} by ${way}`, () => check.verify(page, runner(page, spec.id, way)));
        walked.push(`${spec.id}:${way}`);
      }
    }
  }
  // Each command was reached at least through the palette.
  expect(new Set(walked.map((w) => w.split(':')[0]))).toEqual(new Set(COMMANDS.map((c) => c.id)));
});
