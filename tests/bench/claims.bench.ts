import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { CLAIM_REF_NODE } from '@common/api/schemas/arguments';
import { createArgument, getArgument, updateArgument } from '../../src-main/core/arguments/arguments';
import { listClaims, claimTimeline } from '../../src-main/core/claims/claim-list';
import { getClaim } from '../../src-main/core/claims/claims';
import { createProject, type Project } from '../../src-main/core/session';
import { report, timed, type Row } from './harness';

// The claims table and the argument view on a large project: every claim listed with its
// corroboration (what the virtualised table loads), filtered, the timeline, one claim page,
// and an argument citing 100 claims. Baseline in the same run: the raw SQL reads of the same
// rows (claims, and evidence joined to outlets) with no DTO building.

const CLAIMS = Number(process.env.CLAIMS_BENCH_COUNT ?? 10_000);
const EVIDENCE_PER_CLAIM = 3;
const DOCS = 1_000;
const OUTLETS = 40;
const RUNS = 15;
const KINDS = ['news_agency', 'state_media', 'private_media', 'think_tank', 'government', 'ngo', 'other'];

/** Rows written straight with SQL: seeding is not what is measured. */
function seed(p: Project): { themeUid: string; claimUids: string[] } {
  const now = new Date().toISOString();
  const db = p.db;
  const claimUids: string[] = [];
  db.transaction(() => {
    for (let o = 0; o < OUTLETS; o++) {
      db.prepare('INSERT INTO outlets (uid, name, kind, grade, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        `o${o}`, `Outlet ${o}`, KINDS[o % KINDS.length], 'ABCDEF'[o % 6], now, now);
    }
    db.prepare("INSERT INTO themes (uid, name, created_at, updated_at) VALUES ('t0', 'Security', ?, ?)").run(now, now);
    const doc = db.prepare('INSERT INTO documents (uid, title, outlet_id, published, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const ver = db.prepare("INSERT INTO document_versions (document_id, version, text, content_hash, origin, imported_at) VALUES (?, 1, ?, ?, 'b', ?)");
    const ann = db.prepare('INSERT INTO annotations (uid, document_id, version, start, "end", exact, created_at, updated_at) VALUES (?, ?, 1, 0, 10, ?, ?, ?)');
    const tag = db.prepare('INSERT INTO annotation_themes (annotation_id, theme_id) VALUES (?, 1)');
    const claim = db.prepare('INSERT INTO claims (uid, statement, event_date, status, credibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const ev = db.prepare('INSERT INTO claim_evidence (claim_id, annotation_id, stance, position) VALUES (?, ?, ?, ?)');
    for (let d = 1; d <= DOCS; d++) {
      doc.run(`d${d}`, `Document ${d}`, 1 + (d % OUTLETS), `2025-${String(1 + (d % 12)).padStart(2, '0')}`, 'b', now, now);
      ver.run(d, `Text of document ${d}`, `h${d}`, now);
    }
    let a = 0;
    for (let c = 1; c <= CLAIMS; c++) {
      const uid = `c${String(c).padStart(6, '0')}`;
      claimUids.push(uid);
      claim.run(uid, `Claim ${c} about corridor ${c % 97}`, c % 5 ? `202${c % 6}-${String(1 + (c % 12)).padStart(2, '0')}` : null,
        ['open', 'corroborated', 'disputed', 'refuted'][c % 4], 1 + (c % 6), now, now);
      for (let e = 0; e < EVIDENCE_PER_CLAIM; e++) {
        a++;
        ann.run(`a${a}`, 1 + ((c * 7 + e * 13) % DOCS), `Text of do`, now, now);
        if (a % 4 === 0) tag.run(a);
        ev.run(c, a, e === 2 ? 'contradicts' : 'supports', e);
      }
    }
  })();
  return { themeUid: 't0', claimUids };
}

const time = (fn: () => unknown): { p50: number; p95: number } => timed(fn, RUNS);

describe('claims', () => {
  it(`lists ${CLAIMS} claims with corroboration and renders an argument`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-claims-'));
    const p = createProject(join(dir, 'claims.dossier'));
    try {
      const { themeUid, claimUids } = seed(p);
      const baseline = time(() => {
        p.db.prepare('SELECT * FROM claims').all();
        p.db.prepare(`SELECT e.claim_id, e.stance, a.document_id, o.uid, o.name, o.kind, o.grade FROM claim_evidence e
          JOIN annotations a ON a.id = e.annotation_id JOIN documents d ON d.id = a.document_id LEFT JOIN outlets o ON o.id = d.outlet_id`).all();
      });
      const all = { sort: 'updated' as const, direction: 'desc' as const, limit: 100_000 };
      const rows: Row[] = [];
      const add = (what: string, t: { p50: number; p95: number }): void => {
        rows.push({ what, 'p50 ms': t.p50, 'p95 ms': t.p95, 'x baseline p50': t.p50 / baseline.p50 });
      };
      add('baseline: raw SQL reads of claims + evidence sources', baseline);
      add('claims.list (all, by update)', time(() => listClaims(p, all)));
      add('claims.list (all, by grade)', time(() => listClaims(p, { ...all, sort: 'grade' })));
      add('claims.list theme filter', time(() => listClaims(p, { ...all, theme: themeUid })));
      add('claims.list folded text filter', time(() => listClaims(p, { ...all, text: 'corridor 42' })));
      add('claims.timeline', time(() => claimTimeline(p, {})));
      add('claims.get (one claim page)', time(() => getClaim(p, claimUids[CLAIMS >> 1]!)));
      const arg = createArgument(p, { title: 'Bench', thesis: '' });
      const cited = claimUids.slice(0, 100);
      const body = JSON.stringify({
        type: 'doc',
        content: cited.map((uid, i) => ({
          type: 'paragraph',
          content: [{ type: 'text', text: `Point ${i} ` }, { type: CLAIM_REF_NODE, attrs: { claimUid: uid, stance: i % 3 ? 'supports' : 'contradicts' } }],
        })),
      });
      add('arguments.update (100 claim refs)', time(() => updateArgument(p, arg.uid, { body })));
      add('arguments.get (100 cited claims)', time(() => getArgument(p, arg.uid)));
      report('claims', rows, { claims: CLAIMS, evidencePerClaim: EVIDENCE_PER_CLAIM, documents: DOCS, outlets: OUTLETS, runs: RUNS });
    } finally {
      p.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
