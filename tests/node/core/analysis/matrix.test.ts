import { describe, expect, it } from 'vitest';
import type { Matrix, MatrixSpec } from '@common/api/schemas/analysis';
import { dispatch } from '../../../../src-main/core/dispatch';
import type { Project, Session } from '../../../../src-main/core/session';
import { richSession, sampleSession } from './fixtures';

async function matrix(s: Session, spec: Partial<MatrixSpec> & Pick<MatrixSpec, 'rows' | 'cols'>): Promise<Matrix> {
  const r = await dispatch(s, 'analysis.matrix', { spec });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function cell(s: Session, spec: Partial<MatrixSpec> & Pick<MatrixSpec, 'rows' | 'cols'>, row: string | null, col: string | null) {
  const r = await dispatch(s, 'analysis.cell', { spec, row, col, limit: 10_000 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A theme and every theme below it, by SQL. */
const SUBTREE = `WITH RECURSIVE sub(id) AS (SELECT id FROM themes WHERE uid = @theme UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)`;

/** The passages of one themes × outlets cell, counted by SQL one cell at a time. */
function cellUids(p: Project, theme: string, outlet: string, own = false): string[] {
  const themes = own ? 'SELECT id FROM themes WHERE uid = @theme' : 'SELECT id FROM sub';
  return p.db
    .prepare(
      `${SUBTREE} SELECT DISTINCT a.uid FROM annotations a JOIN documents d ON d.id = a.document_id JOIN outlets o ON o.id = d.outlet_id
       JOIN annotation_themes at ON at.annotation_id = a.id WHERE o.uid = @outlet AND at.theme_id IN (${themes}) ORDER BY a.document_id, a.start, a.id`,
    )
    .pluck()
    .all({ theme, outlet }) as string[];
}

interface Passage {
  uid: string;
  document: number;
  start: number;
  exact: string;
  kind: string | null;
  published: string | null;
  themes: string[];
  /** The themes with their ancestors. */
  rolled: string[];
}

/** Every passage with what the axes read, straight from the tables. */
function passages(p: Project): Passage[] {
  const rows = p.db
    .prepare(
      `SELECT a.uid, a.document_id AS document, a.start, a.exact, o.kind, d.published,
        (SELECT json_group_array(t.uid) FROM annotation_themes at JOIN themes t ON t.id = at.theme_id WHERE at.annotation_id = a.id) AS themes
       FROM annotations a JOIN documents d ON d.id = a.document_id LEFT JOIN outlets o ON o.id = d.outlet_id ORDER BY a.id`,
    )
    .all() as (Omit<Passage, 'themes' | 'rolled'> & { themes: string })[];
  const parents = new Map(
    (p.db.prepare('SELECT t.uid, p.uid AS parent FROM themes t LEFT JOIN themes p ON p.id = t.parent_id').all() as { uid: string; parent: string | null }[]).map(
      (t) => [t.uid, t.parent],
    ),
  );
  const up = (uid: string): string[] => [uid, ...(parents.get(uid) ? up(parents.get(uid)!) : [])];
  return rows.map((r) => {
    const themes = JSON.parse(r.themes) as string[];
    return { ...r, themes, rolled: [...new Set(themes.flatMap(up))] };
  });
}

const words = (s: string): number => s.trim().split(/\s+/).length;

describe('analysis.matrix', () => {
  it('themes × outlets of the sample equals a count done by SQL, and each cell drills down to exactly its passages', async () => {
    const s = await sampleSession();
    const p = s.project;
    const spec = { rows: 'themes', cols: 'outlets' } as const;
    const m = await matrix(s, spec);
    const themeUids = p.db.prepare('SELECT uid FROM themes').pluck().all() as string[];
    const outletUids = p.db.prepare('SELECT uid FROM outlets ORDER BY name COLLATE NOCASE').pluck().all() as string[];
    expect(new Set(m.rows.map((r) => r.key))).toEqual(new Set(themeUids));
    expect(m.cols.map((c) => c.key)).toEqual(outletUids);
    expect(m.cells).toEqual(m.rows.map((r) => m.cols.map((c) => cellUids(p, r.key, c.key).length)));
    expect(m.cells.flat().reduce((a, b) => a + b)).toBeGreaterThan(8); // two passages carry two themes
    for (const [i, r] of m.rows.entries()) {
      for (const [j, c] of m.cols.entries()) {
        const listed = await cell(s, spec, r.key, c.key);
        expect(listed.items.map((a) => a.uid)).toEqual(cellUids(p, r.key, c.key));
        expect(listed.total).toBe(m.cells[i]![j]);
      }
    }
    // Totals count each passage once: 8 passages, though 10 theme tags.
    expect(m.total).toBe(8);
    expect(m.colTotals).toEqual(m.cols.map((c) => (c.label === 'Azernews' ? 8 : 0)));
    expect(m.rowTotals).toEqual(m.cells.map((row) => row.reduce((a, b) => a + b)));
  });

  it('rolls themes up the tree or counts them on their own', async () => {
    const s = await richSession();
    const p = s.project;
    for (const themeLevel of ['rollup', 'own'] as const) {
      const m = await matrix(s, { rows: 'themes', cols: 'outlets', themeLevel });
      expect(m.cells).toEqual(m.rows.map((r) => m.cols.map((c) => cellUids(p, r.key, c.key, themeLevel === 'own').length)));
      const security = m.rows.findIndex((r) => r.label === 'Security and defence');
      expect(m.rows[security + 1]).toMatchObject({ label: 'Border security', depth: 1 });
    }
    const rolled = await matrix(s, { rows: 'themes', cols: 'outlets' });
    const own = await matrix(s, { rows: 'themes', cols: 'outlets', themeLevel: 'own' });
    const sec = rolled.rows.findIndex((r) => r.label === 'Security and defence');
    // Trend's drone passage carries both Security and Border security: rolled up it counts once.
    expect(rolled.rowTotals[sec]).toBe(own.rowTotals[sec]! + 1);
    const all = passages(p).filter((x) => x.themes.length > 0);
    expect(rolled.total).toBe(all.length);
  });

  it('reads the copies theme tags carry (outlet, date, count) and keeps them in step with every write', async () => {
    const s = await richSession();
    const p = s.project;
    const ok = async <T,>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
      const x = await r;
      if (!x.ok) throw new Error(x.error.message);
      return x.value;
    };
    // The copies equal the rows they copy, and tags/is_first describe each passage's tags.
    const drift = (): unknown[] =>
      p.db
        .prepare(
          `SELECT at.annotation_id, at.theme_id FROM annotation_themes at JOIN annotations a ON a.id = at.annotation_id JOIN documents d ON d.id = a.document_id
           WHERE at.document_id IS NOT d.id OR at.outlet_id IS NOT d.outlet_id OR at.published IS NOT d.published
             OR at.tags <> (SELECT count(*) FROM annotation_themes x WHERE x.annotation_id = at.annotation_id)
             OR at.is_first <> (at.theme_id = (SELECT min(x.theme_id) FROM annotation_themes x WHERE x.annotation_id = at.annotation_id))`,
        )
        .all();
    const agrees = async (): Promise<void> => {
      expect(drift()).toEqual([]);
      for (const themeLevel of ['rollup', 'own'] as const) {
        const m = await matrix(s, { rows: 'themes', cols: 'outlets', themeLevel });
        expect(m.cells).toEqual(m.rows.map((r) => m.cols.map((c) => cellUids(p, r.key, c.key, themeLevel === 'own').length)));
        const t = await matrix(s, { cols: 'themes', rows: 'months', themeLevel });
        const byMonth = (month: string, theme: string): number =>
          passages(p).filter((x) => (x.published ?? '').slice(0, 7) === month && (themeLevel === 'own' ? x.themes : x.rolled).includes(theme)).length;
        expect(t.cells).toEqual(t.rows.map((r) => t.cols.map((c) => byMonth(r.key, c.key))));
      }
    };
    await agrees();
    const trend = (p.db.prepare("SELECT uid FROM documents WHERE title = 'Caspian transit grows'").pluck().get() as string);
    const doc = await ok(dispatch(s, 'documents.get', { uid: trend }));
    await ok(dispatch(s, 'documents.update', { uid: trend, patch: { title: doc.title, outlet: 'AZERTAC', published: '2024-02-10' } }));
    await agrees();
    const drone = p.db.prepare("SELECT uid FROM annotations WHERE exact LIKE 'Border guards%'").pluck().get() as string;
    const energy = p.db.prepare("SELECT uid FROM themes WHERE name = 'Energy'").pluck().get() as string;
    await ok(dispatch(s, 'annotations.update', { uid: drone, addThemes: [energy] }));
    await agrees();
    const security = p.db.prepare("SELECT uid FROM themes WHERE name = 'Security and defence'").pluck().get() as string;
    await ok(dispatch(s, 'annotations.update', { uid: drone, removeThemes: [security] }));
    await agrees();
    await ok(dispatch(s, 'annotations.delete', { uid: drone }));
    await agrees();
    const border = p.db.prepare("SELECT uid FROM themes WHERE name = 'Border security'").pluck().get() as string;
    await ok(dispatch(s, 'themes.delete', { uid: border }));
    await agrees();
  });

  it('counts documents and words, and every axis against a count of the rows', async () => {
    const s = await richSession();
    const all = passages(s.project);
    const docs = await matrix(s, { rows: 'themes', cols: 'kinds', measure: 'documents' });
    for (const [i, r] of docs.rows.entries()) {
      for (const [j, c] of docs.cols.entries()) {
        const inCell = all.filter((x) => x.rolled.includes(r.key) && (x.kind ?? '') === c.key);
        expect(docs.cells[i]![j], `${r.label} × ${c.label}`).toBe(new Set(inCell.map((x) => x.document)).size);
      }
    }
    const w = await matrix(s, { rows: 'months', cols: 'kinds', measure: 'words' });
    expect(w.rows.map((r) => r.key)).toEqual(['2025-10', '2025-11', '2026-01']);
    for (const [i, r] of w.rows.entries()) {
      for (const [j, c] of w.cols.entries()) {
        const inCell = all.filter((x) => x.published?.slice(0, 7) === r.key && (x.kind ?? '') === c.key);
        expect(w.cells[i]![j]).toBe(inCell.reduce((n, x) => n + words(x.exact), 0));
      }
    }
    // Without a themes axis every passage counts, tagged or not.
    const q = await matrix(s, { rows: 'quarters', cols: 'outlets' });
    expect(q.rows.map((r) => r.key)).toEqual(['2025-Q4', '2026-Q1']);
    expect(q.total).toBe(all.length);
    const years = await matrix(s, { rows: 'years', cols: 'documents' });
    expect(years.cols).toHaveLength(3);
    expect(years.cells.flat().reduce((a, b) => a + b)).toBe(all.length);
    const filtered = await matrix(s, { rows: 'themes', cols: 'months', filter: { kinds: ['state_media'] } });
    expect(filtered.total).toBe(all.filter((x) => x.kind === 'state_media' && x.themes.length > 0).length);
    expect(filtered.cols.map((c) => c.key)).toEqual(['2026-01']);
  });

  it('themes × themes counts co-occurrence on one passage, or paragraphs holding both', async () => {
    const s = await richSession();
    const p = s.project;
    const all = passages(p).filter((x) => x.themes.length > 0);
    const same = await matrix(s, { rows: 'themes', cols: 'themes', themeLevel: 'own' });
    for (const [i, r] of same.rows.entries()) {
      for (const [j, c] of same.cols.entries()) {
        expect(same.cells[i]![j]).toBe(all.filter((x) => x.themes.includes(r.key) && x.themes.includes(c.key)).length);
      }
      expect(same.rowTotals[i]).toBe(same.cells[i]![i]);
    }
    const energy = same.rows.find((r) => r.label === 'Energy')!.key;
    const corridors = same.rows.find((r) => r.label === 'Corridors and connectivity')!.key;
    const spec = { rows: 'themes', cols: 'themes', themeLevel: 'own', cooccurrence: 'paragraph' } as const;
    const para = await matrix(s, spec);
    const at = (m: Matrix, a: string, b: string): number => m.cells[m.rows.findIndex((r) => r.key === a)]![m.cols.findIndex((c) => c.key === b)]!;
    expect(at(same, energy, corridors)).toBe(1);
    // In Trend's second paragraph "Gas exports" (Energy) sits beside the transit passage
    // (Energy, Corridors): still one paragraph. In the sample article they are apart.
    expect(at(para, energy, corridors)).toBe(1);
    const listed = await cell(s, spec, energy, corridors);
    expect(listed.items.map((a) => a.exact)).toEqual([
      'Gas exports to Europe were steady.',
      'The transit of gas through Georgia remained the main route.',
    ]);
    const energyParagraphs = para.rowTotals[para.rows.findIndex((r) => r.key === energy)];
    expect(energyParagraphs).toBe(2);
  });

  it('refuses junk specs with a clear message and changes nothing', async () => {
    const s = await sampleSession();
    const before = s.project.db.prepare('SELECT total_changes()').pluck().get();
    for (const spec of [
      { rows: 'outlets', cols: 'outlets' },
      { rows: 'themes', cols: 'planets' },
      { rows: 'themes', cols: 'themes', cooccurrence: 'paragraph', measure: 'words' },
      { rows: 'themes', cols: 'outlets', filter: { from: 'last week' } },
    ]) {
      const r = await dispatch(s, 'analysis.matrix', { spec });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-input');
    }
    expect(s.project.db.prepare('SELECT total_changes()').pluck().get()).toBe(before);
  });
});
