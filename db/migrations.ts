// Bundled at build time (electron-vite and vitest both understand import.meta.glob), so no
// runtime path lookups inside an asar archive.
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(source: Record<string, string> = files): Migration[] {
  const list = Object.entries(source)
    .map(([path, sql]) => {
      const m = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(path);
      if (!m) throw new Error(`migration file name is not NNNN_name.sql: ${path}`);
      return { version: Number(m[1]), name: `${m[1]}_${m[2]}`, sql };
    })
    .sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations are not contiguous: expected ${i + 1}, found ${m.name}`);
  });
  return list;
}

export const MIGRATIONS = loadMigrations();
export const LATEST_VERSION = MIGRATIONS.length;
