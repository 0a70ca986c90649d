import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '@common/text/fold';
import { createClaim } from '../../../../src-main/core/claims/claims';
import { addEvidence } from '../../../../src-main/core/claims/evidence-edits';
import { linksOf } from '../../../../src-main/core/copies/copy-store';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { getDocument, listDocuments } from '../../../../src-main/core/library/documents';
import type { Project } from '../../../../src-main/core/session';
import { tempProject } from '../../../helpers/temp-project';
import { annotate } from '../claims/fixtures';

// Real regional articles (tests/fixtures/copies-real, URLs in tests/fixtures/README.md):
// agency texts carried by several outlets (whole, with changed verb endings, or a shared
// closing paragraph) and independent reports of the same events. The truth is computed here
// with a plain longest-common-run over folded words, independent of the detector.

const DIR = join(process.cwd(), 'tests/fixtures/copies-real');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

const wordsOf = (text: string): string[] => fold(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);

/** The longest run of words two texts share, by dynamic programming over all word pairs. */
function longestRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Int32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best) best = cur[j]!;
      }
    }
    prev = cur;
  }
  return best;
}

async function importAll(p: Project): Promise<Map<number, string>> {
  const sum = await importFiles(p, { items: FILES.map((f) => ({ kind: 'path' as const, path: join(DIR, f) })), overrides: {} });
  expect(sum.imported).toBe(FILES.length);
  const docs = listDocuments(p, { sort: 'created', direction: 'asc', limit: 1000 });
  const ids = p.db.prepare('SELECT id, uid FROM documents').all() as { id: number; uid: string }[];
  return new Map(ids.map((r) => [r.id, docs.find((d) => d.uid === r.uid)!.uid]));
}

describe('copies on real regional articles', () => {
  it('finds the pairs that share a 30-word run, and reports few that share no 12-word run', async () => {
    const p = tempProject();
    const uids = await importAll(p);
    const words = new Map([...uids].map(([id, uid]) => [id, wordsOf(getDocument(p, uid).text)]));
    const outletOf = new Map([...uids].map(([id, uid]) => [id, getDocument(p, uid).outlet]));
    const reported = new Set(linksOf(p).map((l) => `${l.a}:${l.b}`));
    const ids = [...uids.keys()].sort((x, y) => x - y);
    const shouldFind: string[] = [];
    const found: string[] = [];
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1)) {
        if (outletOf.get(a) === outletOf.get(b)) continue;
        if (longestRun(words.get(a)!, words.get(b)!) >= 30) {
          shouldFind.push(`${a}:${b}`);
          if (reported.has(`${a}:${b}`)) found.push(`${a}:${b}`);
        }
      }
    }
    const noRun = [...reported].filter((k) => {
      const [a, b] = k.split(':').map(Number) as [number, number];
      return longestRun(words.get(a)!, words.get(b)!) < 12;
    });
    // Three pairs share a 30-word run (Klitschko, the Baku Declaration, the OSCE conference);
    // the Azerbaijani reprints with changed verb endings share 21 and 27, the translated
    // declaration 24, the two independent condolence reports 14 (the officials' titles).
    expect(shouldFind.length).toBeGreaterThanOrEqual(3);
    expect(found.length / shouldFind.length).toBeGreaterThanOrEqual(0.9);
    expect(reported.size).toBeGreaterThan(0);
    expect(noRun.length / reported.size).toBeLessThanOrEqual(0.1);
  });

  it('counts one text carried by two outlets as one origin, and an independent report of the event as a second', async () => {
    const p = tempProject();
    const text = readFileSync(join(DIR, 'aa-matviyenko.txt'), 'utf8');
    const body = text.slice(text.indexOf('\n\n') + 2);
    const imp = async (outlet: string, published: string, t = body): Promise<string> => {
      const r = (await importFiles(p, { items: [{ kind: 'text', text: t, name: `${outlet}.txt` }], overrides: { outlet, published } })).results[0]!;
      expect(r.status).toBe('imported');
      return r.uid!;
    };
    const aa = await imp('Anadolu Agency', '2025-03-17');
    // The same body in Daily Sabah: a reprint, not a duplicate.
    const sabah = await imp('Daily Sabah', '2025-03-18');
    const quote = 'Russian investigative bodies are investigating the issue';
    const claim = createClaim(p, {
      statement: 'Matviyenko said Russian investigators are looking into the AZAL crash',
      eventDate: '2025-03-17',
      status: 'open',
      credibility: 3,
      notes: '',
      evidence: [
        { annotation: annotate(p, aa, quote), stance: 'supports', note: '' },
        { annotation: annotate(p, sabah, quote), stance: 'supports', note: '' },
      ],
    });
    expect(claim.corroboration.supporting.outlets).toHaveLength(2);
    expect(claim.corroboration.supporting.independentOrigins).toBe(1);
    expect(claim.corroboration.singleSource).toBe(true);
    const newsText = readFileSync(join(DIR, 'newsaz-matviyenko.txt'), 'utf8');
    const news = await imp('News.az', '2025-03-17', newsText.slice(newsText.indexOf('\n\n') + 2));
    const after = addEvidence(p, {
      claim: claim.uid,
      annotation: annotate(p, news, 'the incident is being investigated by Russian authorities'),
      stance: 'supports',
      note: '',
    });
    expect(after.corroboration.supporting.independentOrigins).toBe(2);
    expect(after.corroboration.singleSource).toBe(false);
  });
});
