import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { tempSession } from '../../../helpers/temp-project';
import { buildSampleNotes } from './sample-notes';

describe('export.read', () => {
  it('returns a file this session exported, and refuses any other path', async () => {
    const s = tempSession();
    await buildSampleNotes(s.project);
    const dir = join(s.project.path, '..');
    const out = join(dir, 'exports', 'notes.md');
    expect(await dispatch(s, 'export.run', { format: 'md', path: out })).toMatchObject({ ok: true });

    const r = await dispatch(s, 'export.read', { path: out });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe('notes.md');
    expect(Buffer.from(r.value.base64, 'base64').equals(readFileSync(out))).toBe(true);

    // A file the session did not export (even one in the same folder), and the project itself.
    const other = join(dir, 'exports', 'secret.txt');
    writeFileSync(other, 'not an export');
    for (const path of [other, s.project.path, '/etc/passwd', join(dir, 'exports', '..', 'exports', 'x.md')]) {
      const refused = await dispatch(s, 'export.read', { path });
      expect(refused, path).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('accepts the same file named through a relative path segment', async () => {
    const s = tempSession();
    const dir = join(s.project.path, '..');
    const out = join(dir, 'e', 'sources.bib');
    expect(await dispatch(s, 'export.run', { format: 'bibtex', path: out })).toMatchObject({ ok: true });
    const r = await dispatch(s, 'export.read', { path: join(dir, 'e', '..', 'e', 'sources.bib') });
    expect(r).toMatchObject({ ok: true, value: { name: 'sources.bib' } });
  });
});
