import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../../../src-main/core/sample/build-sample';
import { cli } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-project';

describe('dossier search --tag', () => {
  it('tags every hit and prints the count; a second run finds them tagged', async () => {
    const db = join(tempDir(), 'Sample.dossier');
    await buildSample(db);
    expect((await cli('--db', db, 'themes', 'add', 'UAVs')).code).toBe(0);
    const r = await cli('--db', db, 'search', 'drone*', '--tag', 'UAVs', '--json');
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { tagged: number; annotations: string[] };
    expect(out.tagged).toBeGreaterThanOrEqual(3);
    expect(out.annotations).toHaveLength(out.tagged);
    const listed = JSON.parse((await cli('--db', db, 'themes', '--json')).out) as { name: string; annotationCount: number }[];
    expect(listed.find((t) => t.name === 'UAVs')!.annotationCount).toBe(out.tagged);
    const again = await cli('--db', db, 'search', 'drone*', '--tag', 'UAVs');
    expect(again.out).toBe(`0 passages tagged UAVs (${out.tagged} had it already)`);
    const bad = await cli('--db', db, 'search', 'drone*', '--tag', 'UAVs', '--spread', 'chapter');
    expect(bad.code).toBe(2);
    const unknown = await cli('--db', db, 'search', 'drone*', '--tag', 'Nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no theme named "Nope"/);
  });
});
