import { fold } from './fold';

/**
 * The comparison key of an outlet name: case, diacritics, spaces and punctuation ignored, so
 * "Trend.az", "TREND AZ" and "trend-az" are one name, and "AZƏRTAC" folds like "Azartac".
 */
export const outletKey = (name: string): string => fold(name.normalize('NFC').trim()).replace(/[\s\p{P}\p{S}]+/gu, '');

/** The host of a URL or a bare domain, lower case and without "www."; undefined for anything else. */
export function hostOf(urlOrDomain: string): string | undefined {
  const s = urlOrDomain.trim().toLowerCase();
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+)/.exec(s)?.[1] ?? (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s) ? s : undefined);
  return host?.replace(/^www\d?\./, '');
}

/** A host and its parent domains down to two labels: en.trend.az, trend.az. */
export function domainsOf(host: string): string[] {
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}
