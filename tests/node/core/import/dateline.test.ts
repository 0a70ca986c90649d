import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../../src-main/core/import/dateline';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { getDocument } from '../../../../src-main/core/library/documents';
import { listOutlets } from '../../../../src-main/core/library/outlets';
import { PAGES } from '../../../helpers/samples';
import { tempSession } from '../../../helpers/temp-project';

describe('parseDateline', () => {
  const cases: [string, { place: string; date: string | null; outlet: string | null }, string][] = [
    ['Gabala, October 7, AZERTAC', { place: 'Gabala', date: '2025-10-07', outlet: 'AZERTAC' }, ''],
    ['Bakı, 7 oktyabr, AZƏRTAC', { place: 'Bakı', date: '2025-10-07', outlet: 'AZƏRTAC' }, ''],
    ['Баку, 7 октября, АЗЕРТАДЖ', { place: 'Баку', date: '2025-10-07', outlet: 'АЗЕРТАДЖ' }, ''],
    ['Астана, 7 қазан, Kazinform', { place: 'Астана', date: '2025-10-07', outlet: 'Kazinform' }, ''],
    ['Ankara, 7 Ekim (AA)', { place: 'Ankara', date: '2025-10-07', outlet: 'AA' }, ''],
    ['İSTANBUL, 7 Ekim 2024 (AA) - Türk Devletleri Teşkilatı zirvesi başladı.', { place: 'İstanbul', date: '2024-10-07', outlet: 'AA' }, 'Türk Devletleri Teşkilatı zirvesi başladı.'],
    ['BAKU, Azerbaijan, October 7. We are not merely observing.', { place: 'Baku', date: '2025-10-07', outlet: null }, 'We are not merely observing.'],
    ['ANKARA, Oct 7 (Reuters) - Turkey said on Tuesday.', { place: 'Ankara', date: '2025-10-07', outlet: 'Reuters' }, 'Turkey said on Tuesday.'],
    ['ASTANA. KAZINFORM – President Tokayev arrived.', { place: 'Astana', date: null, outlet: 'KAZINFORM' }, 'President Tokayev arrived.'],
    ['Tashkent, December 30, UzA', { place: 'Tashkent', date: '2024-12-30', outlet: 'UzA' }, ''],
  ];
  it.each(cases)('%s', (line, expected, rest) => {
    // The document is dated 2025-10-07; a December dateline in a January document would be the year before.
    const published = line.startsWith('Tashkent') ? '2025-01-02' : '2025-10-07';
    const got = parseDateline(line, published);
    expect(got?.dateline).toMatchObject(expected);
    expect(got?.rest).toBe(rest);
  });

  it('is not fooled by sentences and headings that open like a dateline', () => {
    for (const s of [
      'Baku, October 7, the president said that the summit was a success.',
      'Aliyev: The OTS Is Becoming a Major Geopolitical Center',
      'May 5, 2024',
      'Gabala, Qabala and Sheki are the region’s resorts.',
      'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World',
    ]) expect(parseDateline(s, '2025-10-07')).toBeNull();
  });

  it('leaves the date empty when neither the dateline nor the document gives a year', () => {
    expect(parseDateline('Gabala, October 7, AZERTAC', null)?.dateline).toMatchObject({ place: 'Gabala', date: null });
  });
});

describe('datelines on import', () => {
  it('an AZERTAC item: the dateline becomes metadata (place, date, upstream AZERTAC), the repeated title and dateline go', async () => {
    const s = tempSession();
    const sum = await importFiles(s.project, {
      items: [{ kind: 'path', path: join(PAGES, 'azertac-omuraliyev-gabala.txt') }],
      overrides: { published: '2025-10-07' },
    });
    const doc = getDocument(s.project, sum.results[0]!.uid!);
    const title = 'Kubanychbek Omuraliyev: Critical outcomes were achieved at the Summit held in Gabala';
    expect(doc.title).toBe(title);
    expect(doc.text.split(title)).toHaveLength(2);
    expect(doc.text).not.toContain('AZERTAC');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(doc.dateline).toMatchObject({ text: 'Gabala, October 7, AZERTAC', place: 'Gabala', date: '2025-10-07', outlet: 'AZERTAC' });
    const azertac = listOutlets(s.project).find((o) => o.name === 'AZERTAC')!;
    expect(azertac).toMatchObject({ kind: 'state_media', documentCount: 0 });
    expect(doc.dateline!.outletUid).toBe(azertac.uid);
  });

  it('a Trend article with "Outlet: Trend" lands on the shipped Trend outlet and keeps its lead without the dateline', async () => {
    const s = tempSession();
    const sum = await importFiles(s.project, { items: [{ kind: 'path', path: join(PAGES, 'trend-erdogan-gabala.txt') }], overrides: {} });
    const doc = getDocument(s.project, sum.results[0]!.uid!);
    expect(doc.outlet).toBe('Trend News Agency');
    expect(listOutlets(s.project).map((o) => [o.name, o.kind, o.grade, o.documentCount])).toEqual([['Trend News Agency', 'news_agency', 'C', 1]]);
    expect(doc.dateline).toMatchObject({ place: 'Baku', date: '2025-10-07', outlet: null });
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => doc.text.slice(b.start, b.end));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^We are not merely observing/);
  });

  it('a dateline with a full date dates an undated document; an ordinary first paragraph is left alone', async () => {
    const s = tempSession();
    const a = await importFiles(s.project, { items: [{ kind: 'text', text: 'Summit opens\n\nАстана, 7 қазан 2025, Kazinform\n\nThe summit opened.' }], overrides: {} });
    expect(getDocument(s.project, a.results[0]!.uid!)).toMatchObject({ published: '2025-10-07', dateline: { place: 'Астана', outlet: 'Kazinform' } });
    const b = await importFiles(s.project, { items: [{ kind: 'text', text: readFileSync(join(PAGES, 'timesca-leaders-turkic-states.txt'), 'utf8') }], overrides: {} });
    expect(getDocument(s.project, b.results[0]!.uid!).dateline).toBeNull();
  });
});
