import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, shot, startHost, stopHost, test } from './fixtures';

// The search index's rebuild after an update, seen from the status bar: progress with Cancel
// while it runs, Resume once cancelled, searches that say the index is incomplete meanwhile,
// and every document found once it has finished. The project is made by the built CLI and
// filled with raw rows (thousands of documents in a second), then marked as a migration does.

// Enough that a quiet machine is still rebuilding when the page has loaded.
const DOCS = 30_000;

function projectNeedingRebuild(dir: string): string {
  const path = join(dir, 'rebuild.dossier');
  const made = spawnSync(process.execPath, ['out/main/cli.js', '--db', path, 'stats'], { env: { ...process.env, DOSSIER_HOME: dir } });
  expect(made.status, made.stderr?.toString()).toBe(0);
  const db = new Database(path);
  const now = '2025-01-01T00:00:00.000Z';
  const doc = db.prepare("INSERT INTO documents (uid, title, language, origin, created_at, updated_at) VALUES (?, ?, 'az', 'e2e', ?, ?)");
  const ver = db.prepare("INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, 'e2e', ?)");
  const blk = db.prepare("INSERT INTO blocks (version_id, position, kind, start, \"end\") VALUES (?, ?, 'paragraph', ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < DOCS; i++) {
      const paras = [`Qəbələ rayonunda görüş ${i}.`, 'Yollar və dəmir yolu haqqında danışıldı.', 'Tərəflər əməkdaşlığı davam etdirməyə razılaşdılar.'];
      const id = Number(doc.run(`d${String(i).padStart(6, '0')}-e2e-rebuild`, `Report ${i}`, now, now).lastInsertRowid);
      const vid = Number(ver.run(id, paras.join('\n\n'), `h${i}`, now).lastInsertRowid);
      let at = 0;
      paras.forEach((p, k) => {
        blk.run(vid, k, at, at + p.length);
        at += p.length + 2;
      });
    }
    db.exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('search.rebuild', '1')");
  })();
  db.close();
  return path;
}

test('the rebuild shows its progress, pauses on Cancel, resumes, and search is complete after', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-rebuild-'));
  const path = projectNeedingRebuild(dir);
  const host = await startHost({ home: dir, db: path });
  try {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    const bar = page.getByRole('group', { name: 'Search index rebuild' });
    await expect(bar.getByText(/Rebuilding the search index: \d+%/)).toBeVisible();
    await expect(bar.getByRole('progressbar', { name: 'Search index rebuild progress' })).toBeVisible();
    await shot(page, 'search-rebuild-running-1024');
    await bar.getByRole('button', { name: 'Cancel the search index rebuild' }).click();
    await expect(bar.getByText(/Search index \d+% rebuilt/)).toBeVisible();
    const resume = bar.getByRole('button', { name: 'Resume the search index rebuild' });
    await expect(resume).toBeVisible();
    await shot(page, 'search-rebuild-paused-1024');

    // Meanwhile search answers from the indexed part and says so.
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('combobox', { name: 'Search everything' });
    await box.fill('Gabala');
    await expect(page.getByText(/search index is \d+% rebuilt/)).toBeVisible();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot(page, 'search-rebuild-paused-search-1920');

    await resume.click();
    await expect(bar).toBeHidden({ timeout: 200_000 });
    await box.fill('Gabala rayonunda');
    await expect(page.getByText(/search index is/)).toBeHidden();
    const status = await fetch(new URL('/api/search.rebuildStatus', host.url), { method: 'POST', headers: { Authorization: `Bearer ${host.token}` }, body: '{}' });
    expect((await status.json()).value).toEqual({ state: 'done', done: DOCS, total: DOCS });
  } finally {
    await stopHost(host);
    rmSync(dir, { recursive: true, force: true });
  }
});
