import { AnnotationCreate } from '@common/api/schemas/annotations';
import { NewClaim } from '@common/api/schemas/claims';
import { NewOutlet } from '@common/api/schemas/outlets';
import { createAnnotation } from '../../../../src-main/core/annotate/annotations';
import { createArgument, updateArgument } from '../../../../src-main/core/arguments/arguments';
import { createClaim } from '../../../../src-main/core/claims/claims';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { createOutlet } from '../../../../src-main/core/library/outlets';
import type { Project } from '../../../../src-main/core/session';
import { buildSampleNotes, type SampleNotes } from './sample-notes';

// The sample notes plus what broke exports in the tools people open them with: a source cited
// again and again (Word footnotes), organisation authors ("International Crisis Group",
// "Organization for Security and Co-operation in Europe", "Azernews analysis desk"), URLs with
// underscores, an outlet of kind Other and a document with no outlet (BibTeX), a passage that
// contradicts a claim and an "@word" never linked to a claim (argument exports).

export const AZERTAC_URL = 'https://azertac.az/en/view/gabala_summit_declaration_adopted-3712345';

interface Article {
  key: string;
  title: string;
  text: string;
  outlet?: string;
  author?: string;
  url?: string;
  published?: string;
}

const ARTICLES: Article[] = [
  {
    key: 'azertac',
    title: 'OTS Secretary General hails Gabala summit in Bakı',
    outlet: 'AZERTAC',
    url: AZERTAC_URL,
    published: '2025-10-07',
    text: 'The Gabala Declaration was adopted by the heads of state on Tuesday.\n\nThe OTS Secretary General called the summit a milestone for Turkic cooperation.',
  },
  {
    key: 'crisis',
    title: 'Bridges over the Caspian: the Middle Corridor after Gabala',
    outlet: 'International Crisis Group',
    author: 'International Crisis Group',
    url: 'https://www.crisisgroup.org/europe-central-asia/middle_corridor_after_gabala',
    published: '2025-11',
    text: 'Freight volumes on the Middle Corridor doubled in 2024, but port capacity in Aktau remains the bottleneck.',
  },
  {
    key: 'osce',
    title: 'Border management in Central Asia: a brief',
    author: 'Organization for Security and Co-operation in Europe',
    url: 'https://www.osce.org/files/border_management_brief_2025.pdf',
    published: '2025',
    text: 'Video surveillance covers parts of the Uzbek border, far less than official figures claim.',
  },
  {
    key: 'desk',
    title: 'Why the Zangezur route matters',
    outlet: 'Caspian Notes',
    author: 'Azernews analysis desk',
    url: 'https://caspian-notes.example/zangezur_route',
    published: '2025-10-20',
    text: 'Analysts expect the Zangezur route to open by 2028, shortening rail links across the South Caucasus.',
  },
];

export interface RepeatedSources extends SampleNotes {
  extra: Record<string, string>;
  /** The claims the argument cites: A (four passages, one contradicting), B (the AZERTAC source again). */
  claimA: string;
  claimB: string;
  repeated: string;
}

export async function buildRepeatedSources(p: Project): Promise<RepeatedSources> {
  createOutlet(p, NewOutlet.parse({ name: 'AZERTAC', kind: 'state_media', grade: 'B' }));
  createOutlet(p, NewOutlet.parse({ name: 'International Crisis Group', kind: 'think_tank', grade: 'A' }));
  createOutlet(p, NewOutlet.parse({ name: 'Caspian Notes', kind: 'other', grade: 'F' }));
  const sample = await buildSampleNotes(p);
  const extra: Record<string, string> = {};
  for (const a of ARTICLES) {
    const overrides = Object.fromEntries(Object.entries({ title: a.title, outlet: a.outlet, author: a.author, url: a.url, published: a.published }).filter(([, v]) => v));
    const r = await importFiles(p, { items: [{ kind: 'text', text: a.text, name: `${a.key}.txt` }], overrides });
    extra[a.key] = r.results[0]!.uid!;
  }
  const passage = (doc: string, quote: string): string => createAnnotation(p, AnnotationCreate.parse({ document: doc, quote })).uid;
  const declaration = passage(extra.azertac!, 'The Gabala Declaration was adopted');
  const milestone = passage(extra.azertac!, 'called the summit a milestone');
  const freight = passage(extra.crisis!, 'Freight volumes on the Middle Corridor doubled');
  const surveillance = passage(extra.osce!, 'far less than official figures claim');
  const zangezur = passage(extra.desk!, 'expect the Zangezur route to open by 2028');
  const claimA = createClaim(
    p,
    NewClaim.parse({
      statement: '42% of Uzbekistan’s border is under video surveillance',
      credibility: 3,
      evidence: [
        { annotation: declaration, stance: 'context' },
        { annotation: surveillance, stance: 'contradicts' },
        { annotation: freight, stance: 'supports' },
        { annotation: milestone, stance: 'supports' },
      ],
    }),
  ).uid;
  const claimB = createClaim(p, NewClaim.parse({ statement: 'The Gabala Declaration was adopted at the OTS summit', status: 'corroborated', credibility: 2, evidence: [{ annotation: declaration }, { annotation: zangezur, stance: 'context' }] })).uid;
  const repeated = createArgument(p, { title: 'Corridors after Gabala', thesis: 'The summit changed little on the ground.' }).uid;
  const text = (t: string): unknown => ({ type: 'text', text: t });
  const ref = (claimUid: string, stance: string): unknown => ({ type: 'claimRef', attrs: { claimUid, stance } });
  const body = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [text('The summit produced a declaration '), ref(claimB, 'supports'), text(' but border claims '), ref(claimA, 'contradicts'), text(' remain doubtful.')] },
      { type: 'paragraph', content: [text('Compare @gabala and again '), ref(claimB, 'supports'), text('; write to desk@azernews.az.')] },
    ],
  };
  updateArgument(p, repeated, { body: JSON.stringify(body) });
  return { ...sample, extra, claimA, claimB, repeated };
}
