import { afterAll, beforeAll, describe, it } from 'vitest';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { answerTimes, answerTimesDuring } from '../helpers/answer-times';
import { privateBuild, spawnWebHost, type RunningWebHost } from '../helpers/built-app';
import { hostileImportItems, largeTextItem } from '../helpers/hostile-files';
import { tempDir } from '../helpers/temp-project';
import { percentile, report, type Row } from './harness';

// `npm run bench -- responsiveness`: how fast the built browser host answers project.info
// while long work runs (a hostile HTML import, an 8 MB text import, exports and a backup of that
// project, each in a worker thread), against the same call with
// nothing running, measured in the same run. Target (issue 13): every answer within 100 ms, and
// the hostile import over within 10 s.

let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('bench-responsiveness')), 300_000);
afterAll(() => build?.remove());

const info = (host: RunningWebHost) => () => host.call('project.info');
const stats = (times: number[]): Row => ({
  calls: times.length,
  p50_ms: percentile(times, 50),
  p95_ms: percentile(times, 95),
  max_ms: Math.max(...times),
  within_100ms: `${times.filter((t) => t <= 100).length}/${times.length}`,
});

describe('responsiveness bench', () => {
  it('project.info while an import runs, against idle', async () => {
    const dir = tempDir();
    const host = await spawnWebHost(build!.web, join(dir, 'p.dossier'), dir);
    const rows: Row[] = [];
    try {
      await answerTimes(info(host), 20);
      const idle = await answerTimes(info(host), 200);
      rows.push({ case: 'idle (baseline)', ...stats(idle), work_ms: '', outcome: '' });
      const idleP95 = percentile(idle, 95);

      const during = async (name: string, start: () => Promise<{ body: { value?: unknown } }>, outcome: (v: unknown) => string): Promise<void> => {
        const t = performance.now();
        const { result, times } = await answerTimesDuring(start(), info(host));
        rows.push({ case: name, ...stats(times), p95_vs_idle: percentile(times, 95) / idleP95, work_ms: performance.now() - t, outcome: outcome(result.body.value) });
      };
      const statuses = (v: unknown): string => (v as { results: { status: string }[] }).results.map((r) => r.status).join(' ');
      await during('hostile HTML import (2,000 / 190 / 150 nested divs)', () => host.call('documents.import', { items: hostileImportItems(), overrides: {} }), statuses);
      await during('8 MB text import (60,000 paragraphs)', () => host.call('documents.import', { items: [largeTextItem(60_000)], overrides: {} }), statuses);
      const written = (v: unknown): string => `${(v as { bytes?: number }).bytes ?? '?'} bytes`;
      for (const format of ['html', 'docx', 'qdpx'] as const) {
        await during(`${format} export of that project`, () => host.call('export.run', { format, scope: { kind: 'project' }, path: join(dir, `big-${format}.${format}`) }), written);
      }
      await during('backup of that project', () => host.call('project.backup', { path: join(dir, 'big-backup.dossier') }), (v) => `${(v as { sizeBytes?: number }).sizeBytes ?? '?'} bytes`);
    } finally {
      await host.stop();
    }
    report('responsiveness', rows, { host: 'built browser host (web.js), calls over HTTP from this process', gapMs: 20, target: 'every project.info within 100 ms; hostile import within 10 s' });
  });
});
