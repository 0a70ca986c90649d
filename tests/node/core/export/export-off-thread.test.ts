import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS } from '@common/api/schemas/export';
import { dispatch } from '../../../../src-main/core/dispatch';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { createProject, Session, type SessionPorts } from '../../../../src-main/core/session';
import { answerTimesDuring } from '../../../helpers/answer-times';
import { comparableExport } from '../../../helpers/comparable-export';
import { privateBuild } from '../../../helpers/built-app';
import { largeTextItem } from '../../../helpers/hostile-files';
import { makePdf } from '../../../helpers/make-pdf';
import { dump, tempDir } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

// Exports and backups run in a worker thread (the built job-worker.js): the same files as when
// they run in place, progress and the PDF printer passed across, Cancel leaving nothing behind.

let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('export-off-thread')), 300_000);
afterAll(() => build?.remove());

const NOW = new Date('2026-03-01T10:00:00.000Z');
const printPdf = async (html: string, out: string): Promise<void> => writeFileSync(out, makePdf([`stand-in ${html.length}`]));

function open(path: string, workerDir?: string): { s: Session; events: string[] } {
  const events: string[] = [];
  const ports: SessionPorts = { dataDir: tempDir(), now: () => NOW, printPdf, workerDir, emit: (name) => events.push(name) };
  return { s: new Session(createProject(path, ports), ports), events };
}

/** A zip's entries by name, or the file, as comparable text. */
function contents(format: string, bytes: Buffer): unknown {
  if (format !== 'docx' && format !== 'qdpx') return comparableExport(bytes.toString('utf8'));
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, comparableExport(Buffer.from(data).toString('utf8'))]));
}

/** A session with workers on a project holding one 20,000-paragraph document, closed after `fn`. */
async function withLargeProject(fn: (s: Session, dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  const { s } = open(join(dir, 'p.dossier'), build!.dir);
  try {
    await importFiles(s.project, { items: [largeTextItem(20_000)], overrides: {} });
    await fn(s, dir);
  } finally {
    await s.close();
  }
}

describe('exports and backups in a worker thread', () => {
  it('write the same files as in place, for every format, with progress', async () => {
    const dir = tempDir();
    // Two copies of one project under the same name (exports carry the project's name).
    mkdirSync(join(dir, 'here'));
    mkdirSync(join(dir, 'there'));
    const first = open(join(dir, 'here', 'p.dossier'));
    await buildSampleNotes(first.s.project);
    await first.s.close();
    copyFileSync(join(dir, 'here', 'p.dossier'), join(dir, 'there', 'p.dossier'));
    const inPlace = open(join(dir, 'here', 'p.dossier'));
    const offThread = open(join(dir, 'there', 'p.dossier'), build!.dir);
    try {
      for (const format of EXPORT_FORMATS) {
        const req = { format, scope: { kind: 'project' as const }, csv: 'annotations' as const, overwrite: false };
        const a = await dispatch(inPlace.s, 'export.run', { ...req, path: join(dir, `here-${format}${EXPORT_EXTENSIONS[format]}`) });
        const b = await dispatch(offThread.s, 'export.run', { ...req, path: join(dir, `there-${format}${EXPORT_EXTENSIONS[format]}`) });
        expect(a.ok && b.ok, JSON.stringify(b)).toBe(true);
        if (!a.ok || !b.ok) continue;
        // A zip's size varies with the time stamps of its entries; what they hold is compared below.
        const zip = format === 'docx' || format === 'qdpx';
        expect({ ...b.value, path: '', jobId: '', bytes: zip || b.value.bytes }).toEqual({ ...a.value, path: '', jobId: '', bytes: zip || a.value.bytes });
        expect(contents(format, readFileSync(b.value.path))).toEqual(contents(format, readFileSync(a.value.path)));
      }
      expect(offThread.events).toContain('export.progress');

      const backups = await Promise.all(
        [inPlace, offThread].map((x, i) => dispatch(x.s, 'project.backup', { path: join(dir, `backup-${i}.dossier`) })),
      );
      expect(backups.map((r) => r.ok)).toEqual([true, true]);
      const [one, two] = [0, 1].map((i) => createProject(join(dir, `backup-${i}.dossier`)));
      try {
        // The settings hold each export's own path (export.last); the rest is the same.
        expect({ ...dump(two!), settings: [] }).toEqual({ ...dump(one!), settings: [] });
      } finally {
        one!.close();
        two!.close();
      }
    } finally {
      await inPlace.s.close();
      await offThread.s.close();
    }
  }, 120_000);

  it('Cancel ends the export: an error that says so, no file at the target, no temporary file left', async () => {
    await withLargeProject(async (s, dir) => {
      const path = join(dir, 'out', 'long.docx');
      const running = dispatch(s, 'export.run', { format: 'docx', scope: { kind: 'project' }, csv: 'annotations', overwrite: false, path, jobId: 'long-export' });
      await new Promise((r) => setTimeout(r, 300));
      expect(await dispatch(s, 'export.cancel', { jobId: 'long-export' })).toEqual({ ok: true, value: { ok: true } });
      const r = await running;
      expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(existsSync(path)).toBe(false);
      expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
      // Not cancelled, the same export is written whole.
      const again = await dispatch(s, 'export.run', { format: 'docx', scope: { kind: 'project' }, csv: 'annotations', overwrite: false, path });
      expect(again).toMatchObject({ ok: true, value: { path } });
      expect(readdirSync(join(dir, 'out'))).toEqual(['long.docx']);
    });
  }, 120_000);

  it('the project answers while a large export runs', async () => {
    await withLargeProject(async (s, dir) => {
      const work = dispatch(s, 'export.run', { format: 'html', scope: { kind: 'project' }, csv: 'annotations', overwrite: false, path: join(dir, 'big.html') });
      const { result, times } = await answerTimesDuring(work, () => dispatch(s, 'project.info', {}), (a) => expect(a).toMatchObject({ ok: true, value: { counts: { documents: 1, blocks: 20_000 } } }));
      expect(result).toMatchObject({ ok: true, value: { counts: { documents: 1 } } });
      expect(times.length).toBeGreaterThan(1);
    });
  }, 120_000);
});
