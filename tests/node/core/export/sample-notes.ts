import { readFileSync } from 'node:fs';
import { AnnotationCreate } from '@common/api/schemas/annotations';
import { NewClaim } from '@common/api/schemas/claims';
import { createAnnotation } from '../../../../src-main/core/annotate/annotations';
import { createArgument, updateArgument } from '../../../../src-main/core/arguments/arguments';
import { createClaim } from '../../../../src-main/core/claims/claims';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { createOutlet } from '../../../../src-main/core/library/outlets';
import type { Project } from '../../../../src-main/core/session';
import { createTheme } from '../../../../src-main/core/themes/themes';
import { SAMPLE } from '../../../helpers/samples';

// The sample project the export tests share, built with the real core functions: the
// shared sample article, a second article with characters outside the BMP before its
// passages, a theme tree with non-ASCII names, notes with rich text and formula-like
// text, claims with evidence and an argument citing them.

export const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');

export const EMOJI_ARTICLE = `Title: Zangezur corridor 🚆 talks resume
Outlet: Trend
Author: Leyla Məmmədova
URL: https://en.trend.az/azerbaijan/politics/zangezur_corridor?id=1&x=2
Published: 2025-10-07

Officials 😀🇦🇿 met in 𝒜lmaty on Monday 🤝 to discuss the route.

The Zangezur corridor would shorten the rail link between Azerbaijan and Nakhchivan by 340 km.

=SUM(A1:A2) is how one analyst summarised the costs, while -5 percent growth was forecast.

Ərdoğan's visit to İğdır is planned for November.`;

export interface SampleNotes {
  docs: { sample: string; emoji: string };
  themes: { security: string; uavs: string; defence: string; energy: string; corridors: string };
  annotations: string[];
  claims: string[];
  argument: string;
}

const paragraph = (...content: unknown[]): unknown => ({ type: 'paragraph', content });
const text = (t: string, marks: string[] = []): unknown => ({ type: 'text', text: t, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });

export async function buildSampleNotes(p: Project): Promise<SampleNotes> {
  const imported = await importFiles(p, {
    items: [{ kind: 'text', text: SAMPLE_TEXT, name: 'turkiye-turkic-world.txt' }],
    overrides: { outlet: 'Azernews', url: 'https://www.azernews.az/analysis/turkic-world.html', published: '2025-11-02' },
  });
  // The analyst's own outlet "Trend" of kind Other, made before the import so that the article
  // lands on it rather than on the shipped directory's Trend News Agency: exports of an outlet
  // of kind Other are what these tests check.
  createOutlet(p, { name: 'Trend' });
  const second = await importFiles(p, { items: [{ kind: 'text', text: EMOJI_ARTICLE, name: 'zangezur.txt' }], overrides: {} });
  const docs = { sample: imported.results[0]!.uid!, emoji: second.results[0]!.uid! };
  const security = createTheme(p, { name: 'Security' }).uid;
  const themes = {
    security,
    uavs: createTheme(p, { name: 'UAVs', parent: security, color: '#1c7ed6' }).uid,
    defence: createTheme(p, { name: 'Defence industry', parent: security }).uid,
    energy: createTheme(p, { name: 'Energy' }).uid,
    corridors: createTheme(p, { name: 'Türkiye–Azərbaycan corridors', description: 'Transport links' }).uid,
  };
  const annotate = (input: Record<string, unknown>): string => createAnnotation(p, AnnotationCreate.parse(input)).uid;
  const richNote = JSON.stringify({
    type: 'doc',
    content: [paragraph(text('Key figure: '), text('42 percent', ['bold']), text(' of the border, per '), text('Azernews', ['italic'])), paragraph(text('<script>alert(1)</script> & more'))],
  });
  const annotations = [
    annotate({ document: docs.sample, quote: 'defense-industrial footprint', themes: [themes.defence], note: richNote }),
    annotate({ document: docs.sample, quote: 'Organization of Turkic States (OTS)', occurrence: 1, themes: [themes.security, themes.corridors], noteText: 'The OTS routinizes coordination.' }),
    annotate({ document: docs.emoji, quote: 'The Zangezur corridor would shorten the rail link', themes: [themes.corridors], noteText: '=HYPERLINK("http://evil.example","click")' }),
    annotate({ document: docs.emoji, quote: '𝒜lmaty on Monday 🤝', themes: [themes.uavs], noteText: '@mention +1 -2' }),
    annotate({ document: docs.emoji, quote: '-5 percent growth', themes: [themes.energy, themes.uavs], noteText: 'Plain note.' }),
    annotate({ document: docs.emoji, quote: 'Ərdoğan\'s visit to İğdır', themes: [], noteText: '' }),
  ];
  const claim = (input: Record<string, unknown>): string => createClaim(p, NewClaim.parse(input)).uid;
  const claims = [
    claim({
      statement: 'The Zangezur corridor shortens the Azerbaijan–Nakhchivan rail link by 340 km',
      status: 'corroborated',
      credibility: 2,
      eventDate: '2025-10',
      evidence: [{ annotation: annotations[2], stance: 'supports', note: 'Trend report' }, { annotation: annotations[1], stance: 'context' }],
    }),
    claim({ statement: 'Türkiye has a growing defence-industrial footprint', credibility: 3, evidence: [{ annotation: annotations[0] }] }),
  ];
  const argument = createArgument(p, { title: 'Connectivity as security', thesis: 'Corridors bind the Turkic world.' }).uid;
  const body = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Why corridors matter')] },
      paragraph(text('First, '), { type: 'claimRef', attrs: { claimUid: claims[0], stance: 'supports' } }, text('. Second, ', ['italic']), { type: 'claimRef', attrs: { claimUid: claims[1], stance: 'supports' } }, text('.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('rail', ['bold']))] }, { type: 'listItem', content: [paragraph(text('roads'))] }] },
      paragraph(text('Again: '), { type: 'claimRef', attrs: { claimUid: claims[0], stance: 'contradicts' } }),
    ],
  };
  updateArgument(p, argument, { body: JSON.stringify(body) });
  return { docs, themes, annotations, claims, argument };
}
