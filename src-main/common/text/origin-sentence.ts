import type { SideCount } from '../api/schemas/claims';
import { plural } from './plural';

/** "Trend and Report", "Trend, Report and APA". */
export function listAnd(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What a side's sources come to, in words: "3 outlets, 1 independent origin: AZERTAC (Trend and Report reprinted it)". */
export function originSentence(side: SideCount): string {
  if (side.evidence === 0) return 'No sources';
  const sources = [plural(side.outlets.length, 'outlet'), ...(side.unattributed ? [plural(side.unattributed, 'document') + ' without outlet'] : [])];
  const origins = side.origins.map((o) => (o.reprintedBy.length ? `${o.name} (${listAnd(o.reprintedBy)} reprinted it)` : o.name));
  const count = `${side.independentOrigins} independent origin${side.independentOrigins === 1 ? '' : 's'}`;
  return `${listAnd(sources)}, ${count}: ${origins.join('; ')}`;
}
