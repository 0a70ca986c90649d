import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { verifyPdf, verifyZip } from '../../../../src-main/core/export/verify-written';
import { createProject, Session } from '../../../../src-main/core/session';
import { privateBuild } from '../../../helpers/built-app';
import { makePdf } from '../../../helpers/make-pdf';
import { tempDir } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('verified-write')), 300_000);
afterAll(() => build?.remove());

const canMountTmpfs = spawnSync('unshare', ['-rm', 'true']).status === 0;

const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.partial'));

describe('an export is read back before it replaces anything', () => {
  it('a PDF printer that stops half-way (a full disk) fails the export and leaves the old file in place', async () => {
    const dir = tempDir();
    const full = makePdf(['A whole page of text', 'and a second line']);
    let cut = full.length;
    const ports = { dataDir: dir, printPdf: async (_html: string, out: string) => writeFileSync(out, full.subarray(0, cut)) };
    const s = new Session(createProject(join(dir, 'p.dossier')), ports);
    try {
      await buildSampleNotes(s.project);
      const target = join(dir, 'notes.pdf');
      const request = { format: 'pdf', scope: { kind: 'project' }, path: target, overwrite: true } as const;
      expect((await dispatch(s, 'export.run', request)).ok).toBe(true);
      const good = readFileSync(target);
      for (const at of [0.2, 0.5, 0.9, 0.99].map((f) => Math.floor(full.length * f))) {
        cut = at;
        const r = await dispatch(s, 'export.run', request);
        expect(r, `cut at ${at}`).toMatchObject({ ok: false, error: { message: /PDF written is incomplete.*nothing was replaced/ } });
        expect(readFileSync(target).equals(good)).toBe(true);
        expect(leftovers(dir)).toEqual([]);
      }
    } finally {
      await s.close();
    }
  });

  it('refuses truncated or damaged zips and PDFs, accepts whole ones', async () => {
    const pdf = makePdf(['x']);
    expect(() => verifyPdf(pdf)).not.toThrow();
    expect(() => verifyPdf(Buffer.concat([pdf.subarray(0, pdf.indexOf('xref')), Buffer.from('startxref\n9\n%%EOF\n')]))).toThrow(/cross-reference/);
    expect(() => verifyPdf(Buffer.from(pdf.toString('latin1').replace('/Root 1 0 R', '/Size 7'), 'latin1'))).toThrow(/trailer/);
    const dir = tempDir();
    const s = new Session(createProject(join(dir, 'p.dossier')), { dataDir: dir });
    try {
      await buildSampleNotes(s.project);
      for (const format of ['docx', 'qdpx'] as const) {
        const path = join(dir, `x.${format}`);
        expect((await dispatch(s, 'export.run', { format, scope: { kind: 'project' }, path, overwrite: false })).ok).toBe(true);
        const zip = readFileSync(path);
        expect(() => verifyZip(zip, format)).not.toThrow();
        for (const f of [0.3, 0.7, 0.95]) expect(() => verifyZip(zip.subarray(0, Math.floor(zip.length * f)), format)).toThrow(/incomplete/);
        const flipped = Buffer.from(zip);
        flipped.writeUInt32LE(0x12345678, zip.length - 22 + 16); // the end record's offset of the central directory
        expect(() => verifyZip(flipped, format)).toThrow(/incomplete/);
      }
    } finally {
      await s.close();
    }
  });

  it.skipIf(!canMountTmpfs)('a full disk (a small tmpfs) makes the CLI export fail with ENOSPC and keeps the old file, PDF included', async () => {
    const dir = tempDir();
    const db = join(dir, 'p.dossier');
    const p = createProject(db);
    await buildSampleNotes(p);
    p.close();
    const env = { ...process.env, DOSSIER_HOME: dir };
    for (const format of ['pdf', 'docx', 'html'] as const) {
      const probe = join(dir, `probe.${format}`);
      const measured = spawnSync(process.execPath, [build!.cli, '--db', db, 'export', '--format', format, '--out', probe], { encoding: 'utf8', env });
      expect(measured.status, measured.stderr).toBe(0);
      // Room for one export and a half: the first fits, the second (its temporary file beside it) cannot.
      const kb = Math.ceil((statSync(probe).size * 1.5) / 4096) * 4;
      const disk = join(dir, `disk-${format}`);
      const saved = join(dir, `saved.${format}`);
      const script = [
        'set -e',
        `mkdir -p "${disk}"`,
        `mount -t tmpfs -o size=${kb}k tmpfs "${disk}"`,
        `"$0" "${build!.cli}" --db "${db}" export --format ${format} --out "${disk}/notes.${format}"`,
        `cp "${disk}/notes.${format}" "${saved}"`,
        'set +e',
        `"$0" "${build!.cli}" --db "${db}" export --format ${format} --out "${disk}/notes.${format}" --force`,
        'echo "second-exit=$?"',
        `cmp -s "${disk}/notes.${format}" "${saved}" && echo same-file`,
        `ls -A "${disk}"`,
      ].join('\n');
      const r = spawnSync('unshare', ['-rm', 'bash', '-c', script, process.execPath], { encoding: 'utf8', env });
      expect(r.stdout, r.stderr).toMatch(/second-exit=1/);
      expect(r.stderr).toMatch(/dossier: .*(ENOSPC|no space|incomplete|could not print)/i);
      expect(r.stdout).toMatch(/same-file/);
      // Only the old file is on the disk: no temporary file left behind.
      expect(r.stdout.trim().split('\n').slice(-1)).toEqual([`notes.${format}`]);
    }
  }, 180_000);
});
