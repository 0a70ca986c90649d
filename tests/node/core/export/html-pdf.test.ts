import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { collect } from '../../../../src-main/core/export/collect';
import { toHtml } from '../../../../src-main/core/export/html';
import { chromiumPrinter } from '../../../../src-main/core/export/pdf';
import { createProject, Session } from '../../../../src-main/core/session';
import { buildSample } from '../../../../src-main/core/sample/build-sample';
import { tempDir, tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

describe('HTML export', () => {
  it('is one self-contained page: inline CSS, no scripts or external resources, project text escaped', async () => {
    const p = tempSession().project;
    await buildSampleNotes(p);
    const html = toHtml(collect(p, { kind: 'project' }));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    // The note's markup arrives as text, never as markup.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html).toContain('<strong>42 percent</strong>');
    // Links only to the sources themselves; every href is http(s) or an in-page footnote.
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:|#)/);
    expect(html).toContain('Security › UAVs');
    expect(html).toMatch(/<li id="fn-\d+">Leyla Məmmədova, “Zangezur corridor 🚆 talks resume,” <i>Trend<\/i>/);
  });
});

describe('PDF export', () => {
  it('prints the sample project notes with headless Chromium; pages rendered to PNG for a person to look at', async () => {
    const dir = tempDir();
    const path = join(dir, 'Sample.dossier');
    await buildSample(path);
    const events: unknown[] = [];
    const ports = { dataDir: dir, emit: (name: string, payload: unknown) => events.push({ name, payload }), printPdf: chromiumPrinter('/usr/bin/chromium') };
    const s = new Session(createProject(path, ports), ports);
    try {
      const pdf = join(dir, 'sample-notes.pdf');
      const r = await dispatch(s, 'export.run', { format: 'pdf', path: pdf, jobId: 'pdf-1' });
      expect(r).toMatchObject({ ok: true, value: { format: 'pdf', path: pdf } });
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(events.at(-1)).toEqual({ name: 'export.progress', payload: { jobId: 'pdf-1', done: 1, total: 1 } });
      const shots = join(process.cwd(), 'screenshots');
      mkdirSync(shots, { recursive: true });
      for (const f of readdirSync(shots).filter((f) => f.startsWith('export-pdf-'))) rmSync(join(shots, f));
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', pdf, join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort();
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) renameSync(join(dir, page), join(shots, `export-pdf-${page.replace('page-', '')}`));
      expect(existsSync(join(shots, `export-pdf-${pages[0]!.replace('page-', '')}`))).toBe(true);
    } finally {
      s.close();
    }
  });
});
