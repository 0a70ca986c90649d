import { domainsOf, hostOf, outletKey } from '@common/text/outlet-key';
import { DossierError } from '../errors';
import type { Project } from '../session';
import { prepared } from '../data/statements';

// The other names (aliases) and web domains of a project's outlets, and the one lookup every
// caller uses to turn a name, an alias or a URL into an outlet: imports, datelines ("Gabala,
// October 7, AZERTAC"), and attributions inside a text ("citing AZERTAC").

export interface OutletRef {
  id: number;
  uid: string;
  name: string;
}

const BY_NAME = 'SELECT id, uid, name FROM outlets WHERE name = ? COLLATE NOCASE';
const BY_ALIAS = 'SELECT o.id, o.uid, o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id WHERE a.folded = ?';
const BY_DOMAIN = 'SELECT o.id, o.uid, o.name FROM outlet_domains d JOIN outlets o ON o.id = d.outlet_id WHERE d.domain = ?';

/** The project's outlet with this URL's domain (or a parent domain of it). */
export function outletByDomain(p: Project, urlOrDomain: string): OutletRef | undefined {
  const host = hostOf(urlOrDomain);
  if (!host) return undefined;
  for (const d of domainsOf(host)) {
    const found = prepared(p, BY_DOMAIN).get(d) as OutletRef | undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The project's outlet a name, alias or URL/domain refers to: its name (case-insensitive),
 * one of its aliases or its name compared folded ("AZƏRTAC", "Trend.az"), or one of its
 * domains. Undefined when none does; the shipped directory is not consulted (see ensureOutlet).
 */
export function resolveOutlet(p: Project, ref: string): OutletRef | undefined {
  const name = ref.trim();
  return outletByName(p, name) ?? (/[./]/.test(name) ? outletByDomain(p, name) : undefined);
}

/** The project's outlet with this name or alias (case-insensitive, then folded). */
export function outletByName(p: Project, ref: string): OutletRef | undefined {
  const name = ref.trim();
  if (!name) return undefined;
  const exact = prepared(p, BY_NAME).get(name) as OutletRef | undefined;
  if (exact) return exact;
  const key = outletKey(name);
  if (key) {
    const alias = prepared(p, BY_ALIAS).get(key) as OutletRef | undefined;
    if (alias) return alias;
    // Names are few: folding them here keeps no second copy of each name to keep in step.
    for (const row of prepared(p, 'SELECT id, uid, name FROM outlets').iterate() as IterableIterator<OutletRef>) {
      if (outletKey(row.name) === key) return row;
    }
  }
  return undefined;
}

export interface OutletNames {
  aliases: string[];
  domains: string[];
}

export function outletNames(p: Project, outletId: number): OutletNames {
  return {
    aliases: (prepared(p, 'SELECT alias FROM outlet_aliases WHERE outlet_id = ? ORDER BY id').all(outletId) as { alias: string }[]).map((r) => r.alias),
    domains: (prepared(p, 'SELECT domain FROM outlet_domains WHERE outlet_id = ? ORDER BY domain').all(outletId) as { domain: string }[]).map((r) => r.domain),
  };
}

/**
 * Adds aliases to an outlet. An alias that folds to the outlet's own name is not stored; one
 * that already names another outlet is refused when `strict` (an analyst's edit) and skipped
 * otherwise (a merge or the directory: the name keeps pointing where it did).
 */
export function addAliases(p: Project, outlet: OutletRef, aliases: readonly string[], strict: boolean): void {
  const own = outletKey(outlet.name);
  for (const raw of aliases) {
    const alias = raw.trim().normalize('NFC');
    const key = outletKey(alias);
    if (!key || key === own) continue;
    const holder = prepared(p, BY_ALIAS).get(key) as OutletRef | undefined;
    const named = (prepared(p, BY_NAME).get(alias) as OutletRef | undefined) ?? holder;
    if (named && named.id !== outlet.id) {
      if (strict) throw new DossierError('conflict', `"${alias}" already names the outlet ${named.name}`);
      continue;
    }
    if (!holder) prepared(p, 'INSERT INTO outlet_aliases (outlet_id, alias, folded) VALUES (?, ?, ?)').run(outlet.id, alias, key);
  }
}

/** Replaces an outlet's aliases with these (an analyst's edit: a name of another outlet is refused). */
export function setAliases(p: Project, outlet: OutletRef, aliases: readonly string[]): void {
  prepared(p, 'DELETE FROM outlet_aliases WHERE outlet_id = ?').run(outlet.id);
  addAliases(p, outlet, aliases, true);
}

/** Adds domains (URLs or bare domains); one served by another outlet is refused when `strict`, else skipped. */
export function addDomains(p: Project, outlet: OutletRef, domains: readonly string[], strict: boolean): void {
  for (const raw of domains) {
    const domain = hostOf(raw);
    if (!domain) {
      if (strict) throw new DossierError('invalid-input', `"${raw}" is not a web domain`);
      continue;
    }
    const holder = prepared(p, BY_DOMAIN).get(domain) as OutletRef | undefined;
    if (holder && holder.id !== outlet.id && strict) throw new DossierError('conflict', `${domain} is already the domain of ${holder.name}`);
    if (!holder) prepared(p, 'INSERT INTO outlet_domains (outlet_id, domain) VALUES (?, ?)').run(outlet.id, domain);
  }
}

export function setDomains(p: Project, outlet: OutletRef, domains: readonly string[]): void {
  prepared(p, 'DELETE FROM outlet_domains WHERE outlet_id = ?').run(outlet.id);
  addDomains(p, outlet, domains, true);
}
