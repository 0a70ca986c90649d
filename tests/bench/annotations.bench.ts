import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { AnnotationCreate, AnnotationQuery } from '@common/api/schemas/annotations';
import { reanchor, quoteSelector } from '../../src-main/core/annotate/anchoring';
import { listAnnotations } from '../../src-main/core/annotate/annotation-rows';
import { createAnnotation } from '../../src-main/core/annotate/annotations';
import { importFiles } from '../../src-main/core/import/import-files';
import { createProject, type Project } from '../../src-main/core/session';
import { mulberry32 } from '../helpers/seeded-random';
import { ms, percentile, report, type Row } from './harness';

// Annotations on a 20,000-word document (the editor bench's size): re-importing a changed
// version with 500 overlapping annotations against the same import with none (baseline in
// the same run), the pure re-anchoring cost per kind of change, the reader's list call
// against the raw SQL read of the same rows, and creating one annotation.

const WORDS = 20_000;
const ANNOTATIONS = 500;
const RUNS = 5;

const SAMPLE = readFileSync(join(process.cwd(), 'resources', 'sample', 'turkiye-turkic-world.txt'), 'utf8');
const SENTENCES = (SAMPLE.match(/[^.!?\n]+[.!?]/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 40);

function longDocument(seed: number): string {
  const r = mulberry32(seed);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < WORDS) {
    const sentences = Array.from({ length: 3 + Math.floor(r() * 4) }, () =>
      SENTENCES[Math.floor(r() * SENTENCES.length)]!.replace(/\d+/g, () => String(2 + Math.floor(r() * 900))),
    );
    const p = sentences.join(' ');
    words += p.split(/\s+/).length;
    paragraphs.push(p);
  }
  return paragraphs.join('\n\n');
}

/** A new version: a sentence inserted every 8 paragraphs, 1 in 20 sentences reworded, 1 in 50 removed. */
function changed(text: string, seed: number): string {
  const r = mulberry32(seed);
  return text
    .split('\n\n')
    .map((p, i) => {
      const sentences = (p.match(/[^.!?]+[.!?]/g) ?? [p]).map((s) => {
        const x = r();
        if (x < 0.02) return '';
        if (x < 0.07) return s.replace(/\b(the|and|of)\b/, 'a').replace(/,/, '');
        return s;
      });
      return (i % 8 === 0 ? 'An inserted sentence shifts everything after it. ' : '') + sentences.join('').trim();
    })
    .join('\n\n');
}

function annotate(p: Project, uid: string, text: string, seed: number): void {
  const r = mulberry32(seed);
  p.db.transaction(() => {
    for (let i = 0; i < ANNOTATIONS; i++) {
      const start = Math.floor(r() * (text.length - 400));
      const end = start + 20 + Math.floor(r() * 300);
      createAnnotation(p, AnnotationCreate.parse({ document: uid, start, end }));
    }
  })();
}

async function reimport(withAnnotations: boolean, v1: string, v2: string): Promise<{ ms: number; counts: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const p = createProject(join(dir, 'b.dossier'));
  try {
    const first = await importFiles(p, { items: [{ kind: 'text', text: v1, name: 'long.txt' }], overrides: {} });
    const uid = first.results[0]!.uid!;
    if (withAnnotations) annotate(p, uid, (p.db.prepare('SELECT text FROM document_versions').get() as { text: string }).text, 7);
    const t = process.hrtime.bigint();
    await importFiles(p, { items: [{ kind: 'text', text: v2, name: 'long-v2.txt' }], overrides: { versionOf: uid } });
    const took = ms(t);
    const counts = p.db.prepare('SELECT anchor_status AS s, count(*) AS n FROM annotations GROUP BY 1 ORDER BY 1').all() as { s: string; n: number }[];
    return { ms: took, counts: counts.map((c) => `${c.s} ${c.n}`).join(', ') };
  } finally {
    p.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('annotations bench', () => {
  it('measures re-anchoring, listing and creating', async () => {
    const v1 = longDocument(1);
    const v2 = changed(v1, 2);
    const rows: Row[] = [];

    const base: number[] = [];
    const withAnn: number[] = [];
    let counts = '';
    for (let i = 0; i < RUNS; i++) {
      base.push((await reimport(false, v1, v2)).ms);
      const r = await reimport(true, v1, v2);
      withAnn.push(r.ms);
      counts = r.counts;
    }
    const b = percentile(base, 50);
    rows.push({ case: 'import new version, no annotations (baseline)', ms_p50: b, ratio: 1, detail: `${WORDS} words` });
    rows.push({ case: `import new version, ${ANNOTATIONS} annotations`, ms_p50: percentile(withAnn, 50), ratio: percentile(withAnn, 50) / b, detail: counts });

    // Pure re-anchoring, per annotation, by kind of change.
    const r = mulberry32(9);
    const anchors = Array.from({ length: 200 }, () => {
      const start = Math.floor(r() * (v1.length - 400));
      return { start, end: start + 120, ...quoteSelector(v1, start, start + 120) };
    });
    const perKind = (label: string, text: string) => {
      const t = process.hrtime.bigint();
      for (const a of anchors) reanchor(text, a);
      rows.push({ case: `reanchor() ${label}`, ms_p50: ms(t) / anchors.length, ratio: '', detail: 'ms per annotation' });
    };
    perKind('unchanged text', v1);
    perKind('text shifted by an insertion at the top', `Inserted first sentence. ${v1}`);
    perKind('"the" changed to "a" everywhere (fuzzy search)', v1.replace(/ the /g, ' a '));
    const shifted = rows.find((x) => String(x.case).includes('unchanged'))!.ms_p50 as number;
    for (const row of rows.slice(-3)) row.ratio = (row.ms_p50 as number) / shifted;

    // The reader's list call against the raw SQL read of the same rows.
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    const p = createProject(join(dir, 'l.dossier'));
    try {
      const uid = (await importFiles(p, { items: [{ kind: 'text', text: v1, name: 'long.txt' }], overrides: {} })).results[0]!.uid!;
      const text = (p.db.prepare('SELECT text FROM document_versions').get() as { text: string }).text;
      annotate(p, uid, text, 11);
      const raw: number[] = [];
      const api: number[] = [];
      for (let i = 0; i < 20; i++) {
        let t = process.hrtime.bigint();
        p.db.prepare('SELECT * FROM annotations WHERE document_id = 1 ORDER BY start').all();
        raw.push(ms(t));
        t = process.hrtime.bigint();
        listAnnotations(p, AnnotationQuery.parse({ document: uid }));
        api.push(ms(t));
      }
      const rawP50 = percentile(raw, 50);
      rows.push({ case: `raw SELECT of ${ANNOTATIONS} annotations (baseline)`, ms_p50: rawP50, ratio: 1, detail: '' });
      rows.push({ case: 'annotations.list of one document', ms_p50: percentile(api, 50), ratio: percentile(api, 50) / rawP50, detail: 'with themes, outlet, evidence counts' });
      const create: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = process.hrtime.bigint();
        createAnnotation(p, AnnotationCreate.parse({ document: uid, start: i * 300, end: i * 300 + 80, themeNames: ['Bench'] }));
        create.push(ms(t));
      }
      rows.push({ case: 'annotations.create (one transaction each)', ms_p50: percentile(create, 50), ratio: '', detail: `p95 ${percentile(create, 95).toFixed(2)} ms` });
    } finally {
      p.close();
      rmSync(dir, { recursive: true, force: true });
    }
    report('annotations', rows, { words: WORDS, annotations: ANNOTATIONS, runs: RUNS });
  });
});
