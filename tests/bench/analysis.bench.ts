import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startHost, stopHost } from '../e2e/fixtures';
import { call } from '../helpers/annotated-article';
import { MatrixSpec } from '@common/api/schemas/analysis';
import { cellPassages } from '../../src-main/core/analysis/cell-passages';
import { computeMatrix } from '../../src-main/core/analysis/matrix';
import { hitPassages } from '../../src-main/core/coding/hit-passages';
import { tagHits, untagHits } from '../../src-main/core/coding/tag-hits';
import { importFiles } from '../../src-main/core/import/import-files';
import { createProject, type Project } from '../../src-main/core/session';
import { createTheme } from '../../src-main/core/themes/themes';
import { cpuMs, ms, percentile, report, timed, type Row } from './harness';

// Matrices over a large project: 100,000 documents from 200 outlets over three years and
// 500,000 coded passages (one theme each, every fifth with a second one) on a codebook of 8
// top-level themes with 4 sub-themes each. Baseline in the same run: the plainest SQL that
// reads the same rows, counting theme tags per outlet with no roll-up and no headers.
// Then the view in Chromium through the browser host: Alt+6 → the heat map painted (the
// matrix computed, sent and drawn), against the analysis.matrix call alone over HTTP.

const DOCS = Number(process.env.ANALYSIS_BENCH_DOCS ?? 100_000);
const ANNOTATIONS = Number(process.env.ANALYSIS_BENCH_ANNOTATIONS ?? 500_000);
const OUTLETS = 200;
const TOP_THEMES = 8;
const SUB_THEMES = 4;
const RUNS = 7;
const KINDS = ['news_agency', 'state_media', 'private_media', 'think_tank', 'government', 'ngo', 'other'];

function seed(p: Project): void {
  const now = new Date().toISOString();
  const db = p.db;
  db.transaction(() => {
    const outlet = db.prepare('INSERT INTO outlets (uid, name, kind, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (let o = 1; o <= OUTLETS; o++) outlet.run(`o${o}`, `Outlet ${o}`, KINDS[o % KINDS.length], ['AZ', 'TR', 'KZ', 'UZ'][o % 4], now, now);
    const theme = db.prepare('INSERT INTO themes (uid, name, parent_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    let themeCount = 0;
    for (let t = 0; t < TOP_THEMES; t++) {
      const parent = Number(theme.run(`t${t}`, `Theme ${t}`, null, t, now, now).lastInsertRowid);
      themeCount++;
      for (let s = 0; s < SUB_THEMES; s++) {
        theme.run(`t${t}.${s}`, `Theme ${t}.${s}`, parent, s, now, now);
        themeCount++;
      }
    }
    const doc = db.prepare('INSERT INTO documents (uid, title, outlet_id, published, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let d = 1; d <= DOCS; d++) {
      const month = String(1 + (d % 12)).padStart(2, '0');
      doc.run(`d${d}`, `Document ${d}`, 1 + (d % OUTLETS), `${2023 + (d % 3)}-${month}-0${1 + (d % 9)}`, 'bench', now, now);
    }
    const ann = db.prepare('INSERT INTO annotations (uid, document_id, version, start, "end", exact, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)');
    const tag = db.prepare('INSERT OR IGNORE INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)');
    for (let a = 1; a <= ANNOTATIONS; a++) {
      const id = Number(ann.run(`a${a}`, 1 + ((a * 7919) % DOCS), a % 50, (a % 50) + 40, 'the corridor passage of some eight words here', now, now).lastInsertRowid);
      tag.run(id, 1 + ((a * 31) % themeCount));
      if (a % 5 === 0) tag.run(id, 1 + ((a * 17) % themeCount));
    }
  })();
}

const time = (fn: () => unknown): ReturnType<typeof timed> => timed(fn, RUNS);

/** In the page: the time from pressing `key` until `selector` exists and a frame has been painted. */
const paintAfterKey = async (page: Page, key: string, selector: string): Promise<number> => {
  await page.evaluate((sel) => {
    const w = window as unknown as { painted: Promise<number> };
    w.painted = new Promise<number>((done, fail) => {
      let t0 = 0;
      window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
      const start = performance.now();
      const poll = (): void => {
        if (t0 && document.querySelector(sel)) {
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => done(performance.now() - t0);
            ch.port2.postMessage(0);
          });
        } else if (performance.now() - start > 60_000) fail(new Error(`not painted after 60 s: ${sel}`));
        else requestAnimationFrame(poll);
      };
      poll();
    });
  }, selector);
  const painted = page.evaluate(() => (window as unknown as { painted: Promise<number> }).painted);
  await page.keyboard.press(key);
  return painted;
};

const MATRIX_PAINTED = 'table[aria-label="Matrix of passages"] tbody tr td button';

/** Alt+6 → the themes × outlets heat map painted: cold (the page reloaded, nothing cached) and again (the answer cached). */
async function paintTimes(path: string, dir: string): Promise<Row[]> {
  const host = await startHost({ home: dir });
  if (host.projectPath !== path) throw new Error(`the host opened ${host.projectPath}, not ${path}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.setDefaultTimeout(120_000);
    const cold: number[] = [];
    const warm: number[] = [];
    const http: number[] = [];
    const spec = MatrixSpec.parse({ rows: 'themes', cols: 'outlets' });
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await call(host, 'analysis.matrix', { spec });
      http.push(performance.now() - t);
    }
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
    // Warm the bundle once.
    await paintAfterKey(page, 'Alt+6', MATRIX_PAINTED);
    for (let i = 0; i < 5; i++) {
      await page.reload();
      await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      cold.push(await paintAfterKey(page, 'Alt+6', MATRIX_PAINTED));
      await page.keyboard.press('Alt+1');
      await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
      warm.push(await paintAfterKey(page, 'Alt+6', MATRIX_PAINTED));
    }
    const p50 = (xs: number[]): number => percentile(xs, 50);
    return [
      { what: 'baseline: analysis.matrix over HTTP (compute + send)', 'p50 ms': p50(http), 'p95 ms': percentile(http, 95), 'x baseline p50': 1 },
      { what: 'view: Alt+6 → heat map painted, cold (target ≤ 300 ms)', 'p50 ms': p50(cold), 'p95 ms': percentile(cold, 95), 'x baseline p50': p50(cold) / p50(http) },
      { what: 'view: Alt+6 → heat map painted, answer cached', 'p50 ms': p50(warm), 'p95 ms': percentile(warm, 95), 'x baseline p50': p50(warm) / p50(http) },
    ];
  } finally {
    await browser.close();
    await stopHost(host, true);
  }
}

describe('analysis', () => {
  it(`themes × outlets over ${DOCS} documents and ${ANNOTATIONS} passages`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-analysis-'));
    // Where the browser host looks in its data folder, so the view bench opens the same file.
    const path = join(dir, 'e2e.dossier');
    const p = createProject(path);
    let closed = false;
    try {
      const t0 = process.hrtime.bigint();
      seed(p);
      p.db.exec('ANALYZE');
      const seedMs = ms(t0);
      const spec = (s: Partial<MatrixSpec> & Pick<MatrixSpec, 'rows' | 'cols'>): MatrixSpec => MatrixSpec.parse(s);
      const baseline = time(() =>
        p.db
          .prepare(`SELECT at.theme_id, d.outlet_id, count(*) FROM annotation_themes at JOIN annotations a ON a.id = at.annotation_id
            JOIN documents d ON d.id = a.document_id GROUP BY 1, 2`)
          .all(),
      );
      const rows: Row[] = [];
      const add = (what: string, t: ReturnType<typeof timed>): void => {
        rows.push({ what, 'p50 ms': t.p50, 'p95 ms': t.p95, 'cpu p50 ms': t.cpu50, 'x baseline p50': t.p50 / baseline.p50 });
      };
      add('baseline: SQL count of theme tags per outlet', baseline);
      add('themes × outlets, rolled up (target ≤ 200 ms)', time(() => computeMatrix(p, spec({ rows: 'themes', cols: 'outlets' }))));
      add('themes × outlets, own level', time(() => computeMatrix(p, spec({ rows: 'themes', cols: 'outlets', themeLevel: 'own' }))));
      add('themes × outlets, documents', time(() => computeMatrix(p, spec({ rows: 'themes', cols: 'outlets', measure: 'documents' }))));
      add('themes × months', time(() => computeMatrix(p, spec({ rows: 'themes', cols: 'months' }))));
      add('themes × months, state media only', time(() => computeMatrix(p, spec({ rows: 'themes', cols: 'months', filter: { kinds: ['state_media'] } }))));
      add('outlets × years, words', time(() => computeMatrix(p, spec({ rows: 'outlets', cols: 'years', measure: 'words' }))));
      add('themes × themes (same passage)', time(() => computeMatrix(p, spec({ rows: 'themes', cols: 'themes' }))));
      add('drill-down: one cell, first 200 passages', time(() => cellPassages(p, { spec: spec({ rows: 'themes', cols: 'outlets' }), row: 't3', col: 'o17', limit: 200, offset: 0 })));
      const load = { loadavg: loadavg() };
      report('analysis', rows, { documents: DOCS, annotations: ANNOTATIONS, outlets: OUTLETS, themes: TOP_THEMES * (1 + SUB_THEMES), runs: RUNS, seedMs, ...load });
      p.close();
      closed = true;
      report('analysis-view', await paintTimes(path, dir), { documents: DOCS, annotations: ANNOTATIONS, viewport: '1920x1080', runs: 5, ...load });
    } finally {
      if (!closed) p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tags all 1,000 passages of a search and undoes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-tag-'));
    const p = createProject(join(dir, 'tag.dossier'));
    try {
      // 200 articles of 5 paragraphs, each paragraph with one sentence naming the corridor: 1,000 hits.
      const items = Array.from({ length: 200 }, (_, d) => ({
        kind: 'text' as const,
        name: `a${d}.txt`,
        text: `Article ${d}\n\n${Array.from({ length: 5 }, (_, k) => `Paragraph ${k} of ${d} opens here. Freight on the Middle Corridor rose by ${d + k} percent. It closes with ${k * d}.`).join('\n\n')}`,
      }));
      await importFiles(p, { items, overrides: {} });
      const theme = createTheme(p, { name: 'Corridor' });
      const req = { search: { query: 'corridor' }, theme: theme.uid, spread: 'sentence' as const };
      const measure = <T>(fn: () => T): { value: T; wall: number; cpu: number } => {
        const c = process.cpuUsage();
        const t = process.hrtime.bigint();
        const value = fn();
        return { value, wall: ms(t), cpu: cpuMs(c) };
      };
      const find = measure(() => hitPassages(p, req.search, 'sentence').passages.length);
      const tag = measure(() => tagHits(p, req).created);
      const undo = measure(() => untagHits(p, tag.value).removed);
      const row = (what: string, passages: number, m: { wall: number; cpu: number }): Row => ({
        what, passages, ms: m.wall, 'cpu ms': m.cpu, 'x baseline': m.wall / find.wall,
      });
      report('analysis-tagging', [
        row('baseline: find the 1,000 hit sentences (search pages + widening)', find.value, find),
        row('tag all hits (target ≤ 2,000 ms)', tag.value.length, tag),
        row('undo: delete exactly those annotations', undo.value, undo),
      ], { documents: 200, paragraphsPerDocument: 5 });
    } finally {
      p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
