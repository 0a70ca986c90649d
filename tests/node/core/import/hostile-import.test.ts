import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { answerTimesDuring } from '../../../helpers/answer-times';
import { privateBuild, spawnWebHost } from '../../../helpers/built-app';
import { hostileImportItems, largeTextItem } from '../../../helpers/hostile-files';
import { tempDir } from '../../../helpers/temp-project';

// The browser host keeps answering while an import runs: the files are read and stored in the
// import's worker thread. How fast it answers is measured by `npm run bench -- responsiveness`.

let build: ReturnType<typeof privateBuild> | undefined;
beforeAll(() => void (build = privateBuild('hostile-import')), 300_000);
afterAll(() => build?.remove());

interface Info {
  counts: { documents: number; blocks: number };
}

describe('a hostile import in the browser host', () => {
  it('2,000 nested divs: the import ends with a clear refusal while project.info keeps answering', async () => {
    const dir = tempDir();
    const host = await spawnWebHost(build!.web, join(dir, 'p.dossier'), dir);
    try {
      // Pages just under the limits take seconds in jsdom: they are read in the worker, off the thread that answers.
      const { result, times } = await answerTimesDuring(host.call('documents.import', { items: hostileImportItems(), overrides: {} }), () => host.call('project.info'), (a) =>
        expect(a.body.ok).toBe(true),
      );
      const results = (result.body.value as { results: { status: string; reason?: string }[] }).results;
      expect(results[0]).toMatchObject({ status: 'failed', reason: /nests its elements 2000 levels deep/ });
      for (const x of results.slice(1)) expect(['imported', 'failed']).toContain(x.status);
      expect(times.length).toBeGreaterThan(0);
    } finally {
      await host.stop();
    }
  }, 180_000);

  it('a 60,000-paragraph text: project.info answers meanwhile and never sees half the document', async () => {
    const dir = tempDir();
    const host = await spawnWebHost(build!.web, join(dir, 'p.dossier'), dir);
    try {
      const item = largeTextItem(60_000);
      const seen = new Set<string>();
      const { result, times } = await answerTimesDuring(host.call('documents.import', { items: [item], overrides: {} }), () => host.call('project.info'), (a) => {
        expect(a.body.ok).toBe(true);
        const { documents, blocks } = (a.body.value as Info).counts;
        seen.add(`${documents}/${blocks}`);
      });
      expect(result.body.value).toMatchObject({ imported: 1, results: [{ status: 'imported', passages: 60_000 }] });
      // The document is stored in one transaction of the worker's connection: absent, then whole.
      for (const s of seen) expect(['0/0', '1/60000']).toContain(s);
      expect(times.length).toBeGreaterThan(1);
      expect(((await host.call('project.info')).body.value as Info).counts).toMatchObject({ documents: 1, blocks: 60_000 });
    } finally {
      await host.stop();
    }
  }, 180_000);
});
