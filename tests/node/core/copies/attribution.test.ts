import { describe, expect, it } from 'vitest';
import { statedSources } from '../../../../src-main/core/copies/attribution';
import { upstreamOf, setManualUpstream } from '../../../../src-main/core/copies/upstreams';
import { setUpstream } from '../../../../src-main/core/copies/views';
import { documentRow, getDocument } from '../../../../src-main/core/library/documents';
import { createOutlet, findOutletByName, mergeOutlets, statedOutlet } from '../../../../src-main/core/library/outlets';
import { rebuildCopies } from '../../../../src-main/core/copies/analyse';
import { tempProject } from '../../../helpers/temp-project';
import type { Project } from '../../../../src-main/core/session';

const createOutletNamed = (p: Project, name: string): string => createOutlet(p, { name }).uid;
import { importArticle } from '../claims/fixtures';

const stated = (text: string): string[] => statedSources(text).map(({ variants }) => variants[0]!);

describe('stated sources', () => {
  it.each([
    ['Day.Az reports, citing AZERTAC, that the talks went on.', 'AZERTAC'],
    ['The figure rose, according to Anadolu Agency.', 'Anadolu Agency'],
    ['The sides hailed the ties, Azertag reported.', 'Azertag'],
    ['Ilham Aliyev received the governor, APA reports.', 'APA'],
    ['Prezident çıxış edib. AZƏRTAC-a istinadən məlumat verilib.', 'AZƏRTAC'],
    ['Görüş Bakıda keçirilib. Bu barədə Report xəbər verir.', 'Report'],
    ['Об этом говорится в сообщении, со ссылкой на АЗЕРТАДЖ.', 'АЗЕРТАДЖ'],
    ['Переговоры прошли в Баку, сообщает Trend.', 'Trend'],
    ['Кездесу Астанада өтті, деп Kazinform хабарлайды.', 'Kazinform'],
    ['Görüşme Ankara’da yapıldı. Anadolu Ajansının haberine göre toplantı sürüyor.', 'Anadolu Ajansının'],
  ])('%s', (text, name) => {
    expect(stated(text)).toContain(name);
  });

  it('leaves datelines to the import (one recogniser)', () => {
    expect(stated('Baku, October 7, AZERTAC. President Ilham Aliyev received the governor.')).toEqual([]);
  });

  it('maps names and aliases to one outlet, and refuses names that are no outlet', () => {
    const p = tempProject();
    const trend = statedOutlet(p, 'Trend');
    expect(trend?.name).toBe('Trend News Agency');
    expect(statedOutlet(p, 'Trend.az')?.id).toBe(trend!.id);
    expect(statedOutlet(p, 'AZƏRTAC')?.name).toBe('AZERTAC');
    expect(statedOutlet(p, 'АЗЕРТАГ')?.name).toBe('AZERTAC');
    expect(statedOutlet(p, 'Anadolu Ajansı')?.name).toBe('Anadolu Agency');
    expect(statedOutlet(p, 'Репорт')?.name).toBe('Report.az');
    expect(statedOutlet(p, '1news')?.name).toBe('1news.az');
    expect(findOutletByName(p, 'AZERTAC')?.kind).toBe('state_media');
    expect(statedOutlet(p, 'Hikmat Hajiyev')).toBeNull();
    expect(findOutletByName(p, 'Hikmat Hajiyev')).toBeUndefined();
  });
});

describe('document upstream', () => {
  it('stores the stated outlet at import, ignores the outlet naming itself, and keeps a manual choice through a rebuild', async () => {
    const p = tempProject();
    const day = await importArticle(p, {
      text: 'Talks in Baku\nThe ministers met on Tuesday, Day.Az reports citing AZERTAC. Trade grew by 42 percent.',
      outlet: { name: 'Day.Az', kind: 'private_media', grade: 'C' },
    });
    const own = await importArticle(p, {
      text: 'Baku, October 7, Trend. The ministers met on Tuesday and discussed transit tariffs.',
      outlet: { name: 'Trend', kind: 'news_agency', grade: 'C' },
    });
    const plain = await importArticle(p, { text: 'According to Hikmat Hajiyev, the talks went well.' });
    const id = (uid: string): number => documentRow(p, uid).id;
    expect(upstreamOf(p, id(day))).toMatchObject({ name: 'AZERTAC', source: 'pattern', evidence: 'citing AZERTAC' });
    expect(upstreamOf(p, id(own))).toBeUndefined();
    expect(upstreamOf(p, id(plain))).toBeUndefined();
    setManualUpstream(p, id(day), null);
    await rebuildCopies(p);
    expect(upstreamOf(p, id(day))).toMatchObject({ name: null, source: 'manual' });
  });

  it("takes the import's dateline as the one upstream record, follows outlet merges, and comes back when the analyst hands over to detection", async () => {
    const p = tempProject();
    const uid = await importArticle(p, {
      text: 'Talks in Gabala\n\nGabala, October 7, AZERTAC. The ministers met on Tuesday, citing Report, and discussed transit tariffs.',
      outlet: { name: 'Caspian Post', kind: 'private_media', grade: 'C' },
      published: '2025-10-07',
    });
    const id = documentRow(p, uid).id;
    // The dateline outranks the phrase in the text; the text no longer holds the dateline.
    expect(upstreamOf(p, id)).toMatchObject({ name: 'AZERTAC', source: 'dateline', evidence: 'Gabala, October 7, AZERTAC' });
    expect(getDocument(p, uid).dateline).toMatchObject({ place: 'Gabala', outlet: 'AZERTAC' });
    setUpstream(p, uid, { kind: 'independent' });
    expect(upstreamOf(p, id)).toMatchObject({ source: 'manual', outlet_id: null });
    setUpstream(p, uid, { kind: 'detected' });
    expect(upstreamOf(p, id)).toMatchObject({ name: 'AZERTAC', source: 'dateline' });
    const agency = findOutletByName(p, 'AZERTAC')!;
    const merged = createOutletNamed(p, 'Azertac State Agency');
    mergeOutlets(p, agency.uid, merged);
    expect(upstreamOf(p, id)).toMatchObject({ outlet_id: findOutletByName(p, 'Azertac State Agency')!.id, source: 'dateline' });
    expect(getDocument(p, uid).dateline).toMatchObject({ outlet: 'Azertac State Agency' });
  });
});
