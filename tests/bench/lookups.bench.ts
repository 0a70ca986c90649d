import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { AnnotationCreate } from '@common/api/schemas/annotations';
import { fold } from '@common/text/fold';
import { themeNameKey } from '@common/text/theme-name';
import { createAnnotation } from '../../src-main/core/annotate/annotations';
import { resolveRef } from '../../src-main/core/data/resolve';
import { createProject, type Project } from '../../src-main/core/session';
import { findThemeByName } from '../../src-main/core/themes/themes';
import { newUid } from '../../src-main/core/util/uid';
import { mulberry32 } from '../helpers/seeded-random';
import { ms, percentile, report, type Row } from './harness';

// The data layer's lookups against the code they replaced, measured side by side in one run
// on one project file: a document by uid prefix (the LIKE that scanned on every annotation
// create), a theme by name (every name folded in JavaScript), and annotations.create with its
// statements cached on the project against preparing them on every call.

const DOCUMENTS = 20_000;
const THEMES = 2_000;
const LOOKUPS = 2_000;
const CREATES = 500;

const OLD_DOCUMENT_SQL = "SELECT id, uid FROM documents WHERE uid = @ref OR uid LIKE @prefix || '%' LIMIT 2";
const OLD_THEME_SQL = 'SELECT id, name FROM themes ORDER BY name = ? DESC, parent_id IS NOT NULL, id';

function fill(p: Project): { docs: string[]; names: string[] } {
  const now = new Date().toISOString();
  const docs: string[] = [];
  const names: string[] = [];
  p.db.transaction(() => {
    const doc = p.db.prepare("INSERT INTO documents (uid, title, origin, created_at, updated_at) VALUES (?, ?, 'bench', ?, ?)");
    const version = p.db.prepare("INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, 'bench', ?)");
    const theme = p.db.prepare('INSERT INTO themes (uid, name, name_key, color, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < DOCUMENTS; i++) {
      const uid = newUid();
      const id = Number(doc.run(uid, `Document ${i}`, now, now).lastInsertRowid);
      version.run(id, `Ankara and Baku signed document ${i} on the Caspian pipeline, said the ministry.`, `hash-${i}`, now);
      docs.push(uid);
    }
    for (let i = 0; i < THEMES; i++) {
      const name = `Türkiye ${i} Əliyev`;
      theme.run(newUid(), name, themeNameKey(name), '#1c7ed6', i, now, now);
      names.push(name);
    }
  })();
  return { docs, names };
}

/** p50 and p95 in microseconds of `fn` over the inputs. */
function time(inputs: string[], fn: (x: string) => unknown): { p50: number; p95: number } {
  const t: number[] = [];
  for (const x of inputs) {
    const s = process.hrtime.bigint();
    fn(x);
    t.push(ms(s) * 1000);
  }
  return { p50: percentile(t, 50), p95: percentile(t, 95) };
}

describe('lookups bench', () => {
  it('measures reference and theme-name lookups and statement caching', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    const p = createProject(join(dir, 'lookups.dossier'));
    try {
      const { docs, names } = fill(p);
      const r = mulberry32(5);
      const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
      const prefixes = Array.from({ length: LOOKUPS }, () => pick(docs).slice(0, 8));
      const wanted = Array.from({ length: LOOKUPS }, () => pick(names).toUpperCase().replace('Ə', 'A').replace('Ü', 'U'));
      const rows: Row[] = [];
      const pair = (what: string, before: { p50: number; p95: number }, after: { p50: number; p95: number }): void => {
        rows.push({ case: `${what}: before (baseline)`, us_p50: before.p50, us_p95: before.p95, ratio_p50: 1 });
        rows.push({ case: `${what}: now`, us_p50: after.p50, us_p95: after.p95, ratio_p50: (after.p50 / before.p50).toPrecision(2) });
      };

      const old = p.db.prepare(OLD_DOCUMENT_SQL);
      pair(
        `document by 8-char uid prefix, ${DOCUMENTS} documents`,
        time(prefixes, (ref) => old.all({ ref, prefix: ref })),
        time(prefixes, (ref) => resolveRef(p, 'document', ref)),
      );
      const oldTheme = p.db.prepare(OLD_THEME_SQL);
      pair(
        `theme by name (folded), ${THEMES} themes`,
        time(wanted, (name) => {
          const key = fold(name.trim());
          return (oldTheme.all(name.trim()) as { name: string }[]).find((t) => fold(t.name) === key);
        }),
        time(wanted, (name) => findThemeByName(p, name)),
      );

      // annotations.create on one document: statements from the project's cache, against
      // preparing every statement again (the cache emptied before each call).
      const target = docs[0]!;
      const input = AnnotationCreate.parse({ document: target.slice(0, 8), quote: 'Caspian pipeline', themeNames: ['Türkiye 7 Əliyev'] });
      // Alternated, so both see the same growing table.
      const t = { uncached: [] as number[], cached: [] as number[] };
      for (let i = 0; i < 2 * CREATES; i++) {
        const clear = i % 2 === 0;
        if (clear) p.statements.clear();
        const s = process.hrtime.bigint();
        createAnnotation(p, input);
        (clear ? t.uncached : t.cached).push(ms(s) * 1000);
      }
      const stats = (v: number[]) => ({ p50: percentile(v, 50), p95: percentile(v, 95) });
      pair('annotations.create (prefix ref, theme by name)', stats(t.uncached), stats(t.cached));
      report('lookups', rows, { documents: DOCUMENTS, themes: THEMES, lookups: LOOKUPS, creates: CREATES });
    } finally {
      p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
