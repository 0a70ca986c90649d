import { existsSync, renameSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { AnnotationCreate } from '@common/api/schemas/annotations';
import { NewClaim } from '@common/api/schemas/claims';
import { NewOutlet } from '@common/api/schemas/outlets';
import { NewTheme } from '@common/api/schemas/themes';
import { createAnnotation } from '../annotate/annotations';
import { createClaim } from '../claims/claims';
import { DossierError } from '../errors';
import { importFiles } from '../import/import-files';
import { createOutlet } from '../library/outlets';
import { createProject, type ProjectPorts } from '../session';
import { createTheme } from '../themes/themes';
// Bundled as text (electron-vite and vitest both read ?raw), so no path lookup at run time.
import article from '../../../resources/sample/turkiye-turkic-world.txt?raw';
import manifestText from '../../../resources/sample/manifest.json?raw';

const Manifest = z
  .object({
    article: z.string().min(1),
    outlets: z.array(NewOutlet),
    themes: z.array(NewTheme.omit({ parent: true })),
    annotations: z.array(
      z.object({ id: z.string().min(1), quote: z.string().min(1), themes: z.array(z.string()), note: z.string().optional() }).strict(),
    ),
    claims: z.array(
      NewClaim.omit({ evidence: true }).extend({
        evidence: z.array(z.object({ annotation: z.string(), stance: z.enum(['supports', 'contradicts', 'context']) }).strict()),
      }),
    ),
  })
  .strict();
export type SampleManifest = z.output<typeof Manifest>;

export const sampleManifest = (): SampleManifest => Manifest.parse(JSON.parse(manifestText));
export const sampleArticle = (): string => article;

/**
 * Builds the sample project at `path` with the same code an analyst's actions run: the article
 * goes through importFiles, the codebook through createTheme, passages and claims through the
 * annotation and claim functions, each defined by an exact quote in the manifest. It is built
 * under a temporary name and renamed at the end, so a half-built sample never appears.
 */
export async function buildSample(path: string, ports: Pick<ProjectPorts, 'now' | 'nativeBinding'> = {}): Promise<void> {
  if (existsSync(path)) throw new DossierError('conflict', `${path} exists already`);
  const m = sampleManifest();
  const tmp = `${path}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const p = createProject(tmp, ports);
  try {
    for (const outlet of m.outlets) createOutlet(p, outlet);
    const themes = new Map(m.themes.map((t) => [t.name, createTheme(p, t).uid]));
    const summary = await importFiles(p, { items: [{ kind: 'text', name: m.article, text: article }], overrides: {} });
    const doc = summary.results[0];
    if (doc?.status !== 'imported') throw new Error(`the sample article did not import: ${doc?.reason ?? doc?.status}`);
    const annotations = new Map<string, string>();
    for (const a of m.annotations) {
      const themeUids = a.themes.map((name) => themes.get(name) ?? fail(`unknown theme "${name}" in the sample manifest`));
      const input = AnnotationCreate.parse({ document: doc.uid, quote: a.quote, snap: false, themes: themeUids, noteText: a.note });
      annotations.set(a.id, createAnnotation(p, input).uid);
    }
    for (const c of m.claims) {
      const evidence = c.evidence.map((e) => ({ ...e, note: '', annotation: annotations.get(e.annotation) ?? fail(`unknown annotation "${e.annotation}"`) }));
      createClaim(p, NewClaim.parse({ ...c, evidence }));
    }
  } catch (err) {
    p.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    throw err;
  }
  p.close();
  renameSync(tmp, path);
}

function fail(message: string): never {
  throw new Error(message);
}
