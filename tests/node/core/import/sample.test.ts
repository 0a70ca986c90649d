import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { getDocument, listDocuments } from '../../../../src-main/core/library/documents';
import { listOutlets } from '../../../../src-main/core/library/outlets';
import { check } from '../../../../src-main/core/project/stats';
import { sampleManifest } from '../../../../src-main/core/sample/build-sample';
import { listThemes } from '../../../../src-main/core/themes/themes';
import { tempSession } from '../../../helpers/temp-project';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';

describe('project.openSample', () => {
  it('builds the sample project with the import code and switches the session to it', async () => {
    const s = tempSession();
    const r = await dispatch(s, 'project.openSample', {});
    if (!r.ok) throw new Error(r.error.message);
    const path = join(s.ports.dataDir, 'Sample.dossier');
    expect(r.value).toMatchObject({ name: 'Sample', path, counts: { documents: 1, outlets: 5, themes: 7, annotations: 8, claims: 4 } });
    expect(s.project.path).toBe(path);
    expect(existsSync(`${path}.building`)).toBe(false);
    const p = s.project;

    const [doc] = listDocuments(p, { sort: 'created', direction: 'asc', limit: 10 });
    expect(doc).toMatchObject({ title: TITLE, outlet: 'Azernews', published: '2025-10-14', language: 'en', annotationCount: 8 });
    expect(doc!.url).toMatch(/^https:\/\/www\.azernews\.az\//);
    const detail = getDocument(p, doc!.uid);
    expect(detail.text.split(TITLE)).toHaveLength(2);
    const captions = detail.blocks.filter((b) => b.kind === 'caption').map((b) => b.credit);
    expect(captions).toEqual(['Azernews', 'Anadolu Agency', 'AZERTAC', "Azerbaijan's Defense Ministry", 'Wikimedia Commons']);
    expect(detail.text).not.toContain('Related news');
    expect(detail.text).not.toMatch(/\.\.\.$/);

    expect(listOutlets(p).map((o) => [o.name, o.kind, o.grade])).toEqual([
      ['Anadolu Agency', 'state_media', 'B'],
      ['Azernews', 'private_media', 'B'],
      ['AZERTAC', 'state_media', 'B'],
      ['Eurasianet', 'private_media', 'B'],
      ['Trend News Agency', 'news_agency', 'C'],
    ]);
    const themes = listThemes(p);
    expect(themes.map((t) => t.name)).toEqual(sampleManifest().themes.map((t) => t.name));
    expect(themes.find((t) => t.name === 'Security and defence')).toMatchObject({ color: '#e03131', annotationCount: 3 });

    // Every manifest quote is anchored exactly where the text says it.
    const anns = p.db.prepare('SELECT exact, start, "end", anchor_status FROM annotations ORDER BY id').all() as {
      exact: string; start: number; end: number; anchor_status: string;
    }[];
    expect(anns.map((a) => a.exact)).toEqual(sampleManifest().annotations.map((a) => a.quote));
    for (const a of anns) {
      expect(detail.text.slice(a.start, a.end)).toBe(a.exact);
      expect(a.anchor_status).toBe('exact');
    }
    const border = p.db
      .prepare('SELECT c.statement, c.credibility FROM claims c JOIN claim_evidence e ON e.claim_id = c.id JOIN annotations a ON a.id = e.annotation_id WHERE a.exact LIKE ?')
      .get('%42 percent%');
    expect(border).toEqual({ statement: "42% of Uzbekistan's border is under video surveillance.", credibility: 3 });
    expect(check(p).ok).toBe(true);
  });

  it('opens an existing sample instead of building it again', async () => {
    const s = tempSession();
    const first = await dispatch(s, 'project.openSample', {});
    expect(first.ok).toBe(true);
    await dispatch(s, 'themes.create', { name: 'Added by the analyst' });
    const again = await dispatch(s, 'project.openSample', {});
    expect(again).toMatchObject({ ok: true, value: { counts: { themes: 8, documents: 1 } } });
  });
});
