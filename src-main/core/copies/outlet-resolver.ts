import { fold } from '@common/text/fold';
import type { OutletKind } from '@common/api/schemas/outlets';
import type { Project } from '../session';
import { prepared } from '../data/statements';
import { ensureOutlet } from '../library/outlets';

// Name → outlet, for stated sources. One small interface: when the shipped outlet directory
// with aliases lands, it answers here and this list goes.

interface Known {
  name: string;
  kind: OutletKind;
  aliases: string[];
}

const KNOWN: Known[] = [
  { name: 'AZERTAC', kind: 'state_media', aliases: ['AZƏRTAC', 'Azertag', 'АЗЕРТАДЖ', 'АЗЕРТАГ', 'Azerbaijan State News Agency', 'azertag.az'] },
  { name: 'Trend', kind: 'news_agency', aliases: ['Trend News Agency', 'Trend.az', 'Trend İnformasiya Agentliyi', 'Тренд'] },
  { name: 'Report', kind: 'news_agency', aliases: ['Report.az', 'Report News Agency', 'Report İnformasiya Agentliyi', 'Репорт'] },
  { name: 'APA', kind: 'news_agency', aliases: ['APA.az', 'АПА', 'APA Information Agency'] },
  { name: 'Anadolu Agency', kind: 'state_media', aliases: ['Anadolu Ajansı', 'AA', 'aa.com.tr', 'Анадолу'] },
  { name: 'TASS', kind: 'state_media', aliases: ['ТАСС', 'tass.ru'] },
  { name: 'RIA Novosti', kind: 'state_media', aliases: ['РИА Новости', 'ria.ru'] },
  { name: 'Interfax', kind: 'news_agency', aliases: ['Интерфакс', 'interfax.ru'] },
  { name: 'Kazinform', kind: 'state_media', aliases: ['Казинформ', 'ҚазАқпарат', 'Kazinform.kz', 'inform.kz'] },
  { name: 'Xinhua', kind: 'state_media', aliases: ['Синьхуа', 'Xinhua News Agency'] },
  { name: 'Reuters', kind: 'news_agency', aliases: ['Рейтер', 'Reuters.com'] },
  { name: 'AFP', kind: 'news_agency', aliases: ['Agence France-Presse', 'France-Presse'] },
  { name: 'Sputnik', kind: 'state_media', aliases: ['Спутник', 'Sputnik Azerbaijan'] },
  { name: 'Day.Az', kind: 'private_media', aliases: ['Day.az', 'Дэй.Аз'] },
  { name: '1news.az', kind: 'private_media', aliases: ['1news', '1NEWS.AZ'] },
  { name: 'Azernews', kind: 'private_media', aliases: ['Azernews.az', 'AzerNews'] },
  { name: 'UzA', kind: 'state_media', aliases: ['UzA.uz', 'Uzbekistan National News Agency', 'УзА'] },
];

/** Folded letters and digits only: "AZƏRTAC" = "Azartac", "Trend.az" = "trendaz". */
export const nameKey = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]+/gu, '');

const KNOWN_BY_KEY = new Map<string, Known>();
for (const k of KNOWN) for (const n of [k.name, ...k.aliases]) KNOWN_BY_KEY.set(nameKey(n), k);

export interface ResolvedOutlet {
  id: number;
  name: string;
}

/** The project's outlet a stated name means (created from the known list), or null: no outlet. */
export function resolveOutletName(p: Project, name: string): ResolvedOutlet | null {
  const key = nameKey(name);
  if (key.length < 2) return null;
  const known = KNOWN_BY_KEY.get(key);
  const outlets = prepared(p, 'SELECT id, name FROM outlets').all() as { id: number; name: string }[];
  const keys = new Set(known ? [known.name, ...known.aliases].map(nameKey) : [key]);
  const own = outlets.find((o) => keys.has(nameKey(o.name)));
  if (own) return own;
  if (!known) return null;
  const id = ensureOutlet(p, known.name);
  if (id === null) return null;
  prepared(p, "UPDATE outlets SET kind = ? WHERE id = ? AND kind = 'other'").run(known.kind, id);
  return { id, name: known.name };
}
