import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../../src-main/core/export/collect';
import { DOSSIER_TERMS, toW3c, W3C_CONTEXT } from '../../../../src-main/core/interchange/w3c';
import { FIXTURES } from '../../../helpers/samples';
import { tempSession } from '../../../helpers/temp-project';
import { w3cFailures } from '../../../helpers/w3c-schemas';
import { buildSampleNotes } from './sample-notes';

// The W3C export against the web-annotation-tests schemas and a real JSON-LD processor
// (jsonld.js, offline: the anno.jsonld context is served from tests/fixtures).

const ANNO = JSON.parse(readFileSync(join(FIXTURES, 'w3c', 'anno.jsonld'), 'utf8')) as unknown;
const documentLoader = async (url: string) => {
  if (url !== W3C_CONTEXT) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: ANNO };
};

async function exported(): Promise<Record<string, unknown>> {
  const p = tempSession().project;
  await buildSampleNotes(p);
  return toW3c(collect(p, { kind: 'project' }));
}

type Node = Record<string, unknown[]>;
const T = (term: string): string => `${DOSSIER_TERMS}${term}`;

describe('W3C export in the tools that read it', () => {
  it('meets every "must" of the web-annotation-tests for the collection, its page and each annotation', async () => {
    const c = await exported();
    expect(w3cFailures('collections/collectionMusts.test', c)).toEqual([]);
    const page = { '@context': c['@context'], ...(c.first as Record<string, unknown>) };
    expect(w3cFailures('collections/pages/pageMusts.test', page)).toEqual([]);
    const items = (c.first as { items: Record<string, unknown>[] }).items;
    expect(items.length).toBe(6);
    for (const item of items) expect(w3cFailures('annotations/annotationMusts.test', { '@context': c['@context'], ...item })).toEqual([]);
    // The check the old shape failed: a non-empty collection without a first page.
    const { first: _, last: __, ...pageless } = c;
    expect(w3cFailures('collections/collectionMusts.test', { ...pageless, items })).toEqual([expect.stringContaining('5.1-collectionFirstValidated')]);
  });

  it('keeps notes, theme names, colours and parents through a JSON-LD expansion', async () => {
    const c = await exported();
    const [root] = (await jsonld.expand(c, { documentLoader })) as Node[];
    expect(root!['@type']).toEqual(['http://www.w3.org/ns/activitystreams#OrderedCollection']);
    const themes = root![T('themes')] as Node[];
    const name = (t: Node): unknown => (t['http://xmlns.com/foaf/0.1/name']?.[0] as { '@value': string })['@value'];
    expect(themes.map(name).sort()).toEqual(['Defence industry', 'Energy', 'Security', 'Türkiye–Azərbaycan corridors', 'UAVs']);
    const uavs = themes.find((t) => name(t) === 'UAVs')!;
    expect(uavs[T('color')]).toEqual([{ '@value': '#1c7ed6' }]);
    const security = themes.find((t) => name(t) === 'Security')!;
    expect(uavs[T('parent')]).toEqual([{ '@id': security['@id'] }]);
    const page = (root!['http://www.w3.org/ns/activitystreams#first'] as Node[])[0]!;
    const items = (page['http://www.w3.org/ns/activitystreams#items'] as { '@list': Node[] }[])[0]!['@list'];
    const bodies = items.flatMap((i) => (i['http://www.w3.org/ns/oa#hasBody'] ?? []) as Node[]);
    const rich = bodies.map((b) => b[T('note')]?.[0] as { '@type': string; '@value': { type: string; content: unknown[] } } | undefined).find(Boolean);
    expect(rich?.['@type']).toBe('@json');
    expect(JSON.stringify(rich?.['@value'])).toContain('42 percent');
    const sources = root![T('sources')] as Node[];
    expect(sources.map((s) => (s['http://purl.org/dc/terms/title']?.[0] as { '@value': string })['@value']).sort()).toEqual([
      'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World',
      'Zangezur corridor 🚆 talks resume',
    ].sort());
    expect((sources[0]![T('text')]?.[0] as { '@value': string })['@value'].length).toBeGreaterThan(100);
  });
});
