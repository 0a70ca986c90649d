import { describe, expect, it } from 'vitest';
import { statedSources } from '../../../../src-main/core/copies/attribution';
import { resolveOutletName } from '../../../../src-main/core/copies/outlet-resolver';
import { upstreamOf, setManualUpstream } from '../../../../src-main/core/copies/upstreams';
import { documentRow } from '../../../../src-main/core/library/documents';
import { findOutletByName } from '../../../../src-main/core/library/outlets';
import { rebuildCopies } from '../../../../src-main/core/copies/analyse';
import { tempProject } from '../../../helpers/temp-project';
import { importArticle } from '../claims/fixtures';

const stated = (text: string): { name: string; source: string }[] =>
  statedSources(text).map(({ variants, source }) => ({ name: variants[0]!, source }));

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
    expect(stated(text)).toContainEqual({ name, source: 'pattern' });
  });

  it('reads a dateline at the start', () => {
    expect(stated('Baku, October 7, AZERTAC. President Ilham Aliyev received…')[0]).toEqual({ name: 'AZERTAC', source: 'dateline' });
    expect(stated('Title line\nBAKU, 7 October (AZERTAC) – The talks…')[0]).toEqual({ name: 'AZERTAC', source: 'dateline' });
  });

  it('maps names and aliases to one outlet, and refuses names that are no outlet', () => {
    const p = tempProject();
    const trend = resolveOutletName(p, 'Trend News Agency');
    expect(trend?.name).toBe('Trend');
    expect(resolveOutletName(p, 'Trend.az')?.id).toBe(trend!.id);
    expect(resolveOutletName(p, 'AZƏRTAC')?.name).toBe('AZERTAC');
    expect(resolveOutletName(p, 'АЗЕРТАДЖ')?.name).toBe('AZERTAC');
    expect(resolveOutletName(p, 'Anadolu Ajansı')?.name).toBe('Anadolu Agency');
    expect(findOutletByName(p, 'AZERTAC')?.kind).toBe('state_media');
    expect(resolveOutletName(p, 'Hikmat Hajiyev')).toBeNull();
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
});
