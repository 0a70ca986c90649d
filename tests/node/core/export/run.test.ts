import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS } from '@common/api/schemas/export';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session } from '../../../../src-main/core/session';
import { dump, tempDir } from '../../../helpers/temp-project';
import { makePdf } from '../../../helpers/make-pdf';
import { buildSampleNotes } from './sample-notes';

function session(dir: string, printPdf?: (html: string, out: string) => Promise<void>): { s: Session; events: { name: string; payload: unknown }[] } {
  const events: { name: string; payload: unknown }[] = [];
  const ports = { dataDir: dir, emit: (name: string, payload: unknown) => events.push({ name, payload }), printPdf };
  return { s: new Session(createProject(join(dir, 'p.dossier'), ports), ports), events };
}

describe('export.run', () => {
  it('writes every format for a scope, reports counts and progress, remembers the last choice', async () => {
    const dir = tempDir();
    const printed: string[] = [];
    // The printer is a port: a stand-in that records the page proves the PDF path goes through it.
    const { s, events } = session(dir, async (html, out) => {
      printed.push(html);
      writeFileSync(out, makePdf(['stand-in']));
    });
    try {
      const ids = await buildSampleNotes(s.project);
      // Counts are what each file holds: a bibliography holds sources only, W3C no claims,
      // REFI-QDA claims as notes linked to their passages.
      const holds: Record<string, { annotations: number; claims: number }> = {
        md: { annotations: 4, claims: 2 },
        html: { annotations: 4, claims: 2 },
        pdf: { annotations: 4, claims: 2 },
        docx: { annotations: 4, claims: 2 },
        csv: { annotations: 4, claims: 0 },
        w3c: { annotations: 4, claims: 0 },
        qdpx: { annotations: 4, claims: 2 },
        csl: { annotations: 0, claims: 0 },
        bibtex: { annotations: 0, claims: 0 },
        biblatex: { annotations: 0, claims: 0 },
      };
      for (const format of EXPORT_FORMATS) {
        const path = join(dir, 'out', `notes-${format}${EXPORT_EXTENSIONS[format]}`);
        const r = await dispatch(s, 'export.run', { format, path, scope: { kind: 'theme', theme: ids.themes.security }, jobId: `job-${format}` });
        expect(r, format).toMatchObject({ ok: true, value: { format, path, counts: { documents: 2, ...holds[format], arguments: 0 }, warnings: [] } });
        if (!r.ok) continue;
        expect(r.value.bytes).toBe(readFileSync(path).length);
        expect(r.value.carries.can.length).toBeGreaterThan(10);
        const missing = 2 - holds[format]!.claims;
        expect(r.value.omitted.filter((o) => o.startsWith(`${missing} claim`)), format).toHaveLength(missing ? 1 : 0);
        const mine = events.filter((e) => (e.payload as { jobId: string }).jobId === `job-${format}`);
        expect(mine.every((e) => e.name === 'export.progress')).toBe(true);
        expect(mine[0]!.payload).toEqual({ jobId: `job-${format}`, done: 0, total: 1 });
        expect(mine.at(-1)!.payload).toEqual({ jobId: `job-${format}`, done: 1, total: 1 });
      }
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('<!doctype html>');
      // No temporary files are left beside the exports.
      expect(readdirSync(join(dir, 'out')).filter((f) => f.includes('.partial'))).toEqual([]);
      const bib = readFileSync(join(dir, 'out', 'notes-bibtex.bib'), 'utf8');
      expect(bib).toContain('author = {Məmmədova, Leyla}');
      expect(bib).toMatch(/@misc\{mammadova2025zangezur,/);
      const csl = JSON.parse(readFileSync(join(dir, 'out', 'notes-csl.json'), 'utf8'));
      expect(csl.find((c: { author?: unknown }) => c.author)).toMatchObject({ author: [{ family: 'Məmmədova', given: 'Leyla' }], 'container-title': 'Trend' });
      const last = await dispatch(s, 'settings.get', { key: 'export.last' });
      expect(last.ok && JSON.parse(last.value!)).toMatchObject({ format: 'biblatex', scope: { kind: 'theme' } });
    } finally {
      s.close();
    }
  });

  it('never replaces an existing file unless asked, and then replaces it whole', async () => {
    const dir = tempDir();
    const { s } = session(dir);
    try {
      await buildSampleNotes(s.project);
      const path = join(dir, 'notes.csv');
      writeFileSync(path, 'my own spreadsheet');
      const refused = await dispatch(s, 'export.run', { format: 'csv', path });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: /notes\.csv exists already/ } });
      expect(readFileSync(path, 'utf8')).toBe('my own spreadsheet');
      expect(await dispatch(s, 'export.run', { format: 'csv', csv: 'claims', path, overwrite: true })).toMatchObject({ ok: true });
      expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFclaim,statement/);
    } finally {
      s.close();
    }
  });

  it('writes CSV of claims when asked', async () => {
    const dir = tempDir();
    const { s } = session(dir);
    try {
      await buildSampleNotes(s.project);
      const path = join(dir, 'claims.csv');
      await dispatch(s, 'export.run', { format: 'csv', csv: 'claims', path });
      expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFclaim,statement,status/);
    } finally {
      s.close();
    }
  });

  it('refuses bad requests with a clear error and writes nothing', async () => {
    const dir = tempDir();
    const { s } = session(dir, async () => {
      throw new Error('printer on fire');
    });
    try {
      await buildSampleNotes(s.project);
      const before = dump(s.project);
      const bad = [
        [{ format: 'odt', path: join(dir, 'x.odt') }, 'invalid-input'],
        [{ format: 'md' }, 'invalid-input'],
        [{ format: 'md', path: '   ' }, 'invalid-input'],
        [{ format: 'md', path: join(dir, 'x.md'), scope: { kind: 'refs', refs: [] } }, 'invalid-input'],
        [{ format: 'md', path: join(dir, 'x.md'), scope: { kind: 'document', uid: 'nope' } }, 'not-found'],
        [{ format: 'md', path: s.project.path }, 'invalid-input'],
        [{ format: 'md', path: dir }, 'invalid-input'],
        [{ format: 'pdf', path: join(dir, 'x.pdf') }, 'internal'],
      ] as const;
      for (const [input, code] of bad) {
        const r = await dispatch(s, 'export.run', input);
        expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
      }
      expect(readdirSync(dir).sort()).toEqual(['p.dossier', 'p.dossier-shm', 'p.dossier-wal']);
      expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
      expect(dump(s.project)).toEqual(before);
    } finally {
      s.close();
    }
  });

  it('says so when the host gave no PDF printer, and writes nothing', async () => {
    const dir = tempDir();
    const { s } = session(dir);
    try {
      const r = await dispatch(s, 'export.run', { format: 'pdf', path: join(dir, 'x.pdf') });
      expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'PDF export is not available here: this host has no PDF printer' } });
      expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    } finally {
      await s.close();
    }
  });
});
