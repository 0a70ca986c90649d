import { describe, expect, it } from 'vitest';
import { tempProject } from '../../../helpers/temp-project';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { importArticle } from '../claims/fixtures';
import { documentRow, getDocument } from '../../../../src-main/core/library/documents';
import { linksOf } from '../../../../src-main/core/copies/copy-store';
import { rebuildCopies } from '../../../../src-main/core/copies/analyse';
import { upstreamOf } from '../../../../src-main/core/copies/upstreams';
import { AZERTAC_ITEM, INDEPENDENT_REPORT, TREND_REPRINT } from './texts';

const AZERTAC = { name: 'AZERTAC', kind: 'state_media', grade: 'C' } as const;
const TREND = { name: 'Trend', kind: 'news_agency', grade: 'C' } as const;
const BAKU_POST = { name: 'Baku Post', kind: 'private_media', grade: 'B' } as const;

describe('copy detection at import', () => {
  it('links a reprint in another outlet through a changed number, with the shared spans in both texts', async () => {
    const p = tempProject();
    const a = await importArticle(p, { text: AZERTAC_ITEM, outlet: AZERTAC, published: '2025-10-07' });
    const b = await importArticle(p, { text: TREND_REPRINT, outlet: TREND, published: '2025-10-08' });
    const [link, ...rest] = linksOf(p);
    expect(rest).toEqual([]);
    const idA = documentRow(p, a).id;
    const idB = documentRow(p, b).id;
    expect([link!.a, link!.b]).toEqual([idA, idB]);
    // One passage across the changed number: 42 vs 45 is a gap inside it, not a break.
    expect(link!.spans).toHaveLength(1);
    expect(link!.sharedWords).toBeGreaterThan(70);
    const span = link!.spans[0]!;
    const textA = getDocument(p, a).text.slice(span.aStart, span.aEnd);
    const textB = getDocument(p, b).text.slice(span.bStart, span.bEnd);
    expect(textA.startsWith('President Ilham Aliyev received')).toBe(true);
    expect(textB.startsWith('President Ilham Aliyev received')).toBe(true);
    expect(textA).toContain('42 percent');
    expect(textB).toContain('45 percent');
    expect(textA.endsWith('would deepen further')).toBe(true);
    // The later text repeats the earlier outlet.
    expect(upstreamOf(p, idB)).toMatchObject({ source: 'copy', name: 'AZERTAC', upstream_document_id: idA });
    expect(upstreamOf(p, idA)).toBeUndefined();
  });

  it('does not link an independent report on the same meeting, nor two texts of one outlet', async () => {
    const p = tempProject();
    await importArticle(p, { text: AZERTAC_ITEM, outlet: AZERTAC });
    await importArticle(p, { text: INDEPENDENT_REPORT, outlet: BAKU_POST });
    await importArticle(p, { text: TREND_REPRINT, outlet: AZERTAC });
    expect(linksOf(p)).toEqual([]);
  });

  it("keeps one document's postings in step with its current text: a new version replaces them, a deleted document takes them along", async () => {
    const p = tempProject();
    const a = await importArticle(p, { text: AZERTAC_ITEM, outlet: AZERTAC });
    const b = await importArticle(p, { text: INDEPENDENT_REPORT, outlet: BAKU_POST });
    const [idA, idB] = [documentRow(p, a).id, documentRow(p, b).id];
    const postings = (id: number): number =>
      (p.db.prepare('SELECT count(*) AS n FROM copy_postings WHERE key & 4294967295 = ?').get(id) as { n: number }).n;
    const listed = (id: number): number[] =>
      JSON.parse((p.db.prepare('SELECT fingerprints FROM copy_documents WHERE document_id = ?').get(id) as { fingerprints: string }).fingerprints) as number[];
    expect(postings(idA)).toBe(listed(idA).length);
    expect(postings(idA)).toBeGreaterThan(3);
    // B's text becomes Trend's reprint of A: its postings are the new text's, and the link appears.
    await importFiles(p, { items: [{ kind: 'text', text: TREND_REPRINT, name: 'v2.txt' }], overrides: { versionOf: b } });
    expect(postings(idB)).toBe(listed(idB).length);
    expect(linksOf(p).map((l) => [l.a, l.b])).toEqual([[idA, idB]]);
    p.db.prepare('DELETE FROM documents WHERE id = ?').run(idA);
    expect(postings(idA)).toBe(0);
    expect(p.db.prepare('SELECT count(*) AS n FROM copy_postings').get()).toEqual({ n: listed(idB).length });
  });

  it('rebuild finds the same links again for an existing project', async () => {
    const p = tempProject();
    await importArticle(p, { text: AZERTAC_ITEM, outlet: AZERTAC });
    await importArticle(p, { text: TREND_REPRINT, outlet: TREND });
    await importArticle(p, { text: INDEPENDENT_REPORT, outlet: BAKU_POST });
    const before = linksOf(p).map(({ a, b, sharedWords, spans }) => ({ a, b, sharedWords, spans }));
    p.db.exec('DELETE FROM copy_links; DELETE FROM copy_postings; DELETE FROM copy_documents');
    expect(await rebuildCopies(p)).toEqual({ documents: 3, links: 1 });
    expect(linksOf(p).map(({ a, b, sharedWords, spans }) => ({ a, b, sharedWords, spans }))).toEqual(before);
  });

  it('folds text before comparing: case, diacritics and Azerbaijani letters do not break a run', async () => {
    const p = tempProject();
    const az = 'Prezident İlham Əliyev Özbəkistanın xarici işlər nazirinin başçılıq etdiyi nümayəndə heyətini qəbul edib. Görüşdə ikitərəfli əlaqələrin siyasi, iqtisadi və humanitar sahələrdə inkişafı müzakirə olunub, ticarət dövriyyəsinin artdığı qeyd edilib.';
    await importArticle(p, { text: az, outlet: AZERTAC });
    await importArticle(p, { text: az.replace(/ə/g, 'a').replace(/İ/g, 'I').toUpperCase(), outlet: TREND });
    expect(linksOf(p)).toHaveLength(1);
  });
});
