import { z } from 'zod';
import { OutletKind, Grade } from '@common/api/schemas/outlets';
import { domainsOf, hostOf, outletKey } from '@common/text/outlet-key';
import directoryText from '../../../resources/outlets/directory.json?raw';

// The shipped directory of the region's outlets (resources/outlets/directory.json): names,
// aliases, domains, country, language, kind and a suggested grade. A project holds only the
// outlets it uses: an import that names a directory outlet creates it from this entry, and
// the analyst can change everything afterwards.

const DirectoryEntry = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)),
    country: z.string().length(2),
    language: z.string().min(2).max(3),
    kind: OutletKind,
    grade: Grade,
  })
  .strict();
export type DirectoryOutlet = z.infer<typeof DirectoryEntry>;

interface Index {
  all: DirectoryOutlet[];
  byKey: Map<string, DirectoryOutlet>;
  byDomain: Map<string, DirectoryOutlet>;
}

let index: Index | undefined;

function load(): Index {
  const all = z.array(DirectoryEntry).parse(JSON.parse(directoryText));
  const byKey = new Map<string, DirectoryOutlet>();
  const byDomain = new Map<string, DirectoryOutlet>();
  for (const entry of all) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = outletKey(name);
      const other = byKey.get(key);
      if (other && other !== entry) throw new Error(`outlet directory: "${name}" names both ${other.name} and ${entry.name}`);
      byKey.set(key, entry);
    }
    for (const d of entry.domains) byDomain.set(d, entry);
  }
  return { all, byKey, byDomain };
}

const directory = (): Index => (index ??= load());

export const directoryOutlets = (): readonly DirectoryOutlet[] => directory().all;

/** The directory outlet a name or alias (folded) means. */
export const directoryByName = (name: string): DirectoryOutlet | undefined => directory().byKey.get(outletKey(name));

/** The directory outlet whose domain serves this URL (or bare domain), subdomains included. */
export function directoryByDomain(urlOrDomain: string): DirectoryOutlet | undefined {
  const host = hostOf(urlOrDomain);
  if (!host) return undefined;
  for (const d of domainsOf(host)) {
    const found = directory().byDomain.get(d);
    if (found) return found;
  }
  return undefined;
}
