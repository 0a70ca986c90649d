import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { protectCase, toBib } from '../../../../src-main/core/export/bibtex';
import { collect } from '../../../../src-main/core/export/collect';
import { cslItems } from '../../../../src-main/core/export/csl';
import { FIXTURES } from '../../../helpers/samples';
import { tempSession } from '../../../helpers/temp-project';
import { AZERTAC_URL, buildRepeatedSources } from './repeated-sources';

// BibTeX, BibLaTeX and CSL-JSON of the sample plus organisation authors, underscore URLs, an
// outlet of kind Other and a source with no outlet. The LaTeX builds (pdflatex + bibtex with
// plain and alpha, biber with biblatex) run in `npm run interop`.

const entries = (bib: string): { type: string; key: string; body: string }[] =>
  [...bib.matchAll(/^@(\w+)\{([^,]+),\n([\s\S]*?)\n\}$/gm)].map((m) => ({ type: m[1]!, key: m[2]!, body: m[3]! }));

async function bundle() {
  const p = tempSession().project;
  await buildRepeatedSources(p);
  return collect(p, { kind: 'project' });
}

describe('bibliographies', () => {
  it('BibTeX: the outlet on every entry, month macro and day, organisations braced, URLs in url, ASCII keys', async () => {
    const b = await bundle();
    const bib = toBib(b, 'bibtex');
    const list = entries(bib);
    expect(list).toHaveLength(b.documents.length);
    for (const e of list) {
      expect(e.key, e.key).toMatch(/^[a-z0-9]+$/);
      expect(e.body, e.key).toMatch(/^ {2}(journal|organization) = \{.+\}/m);
      expect(e.body).not.toMatch(/howpublished = \{https?:/);
      expect(e.body).not.toMatch(/month = \{/);
      // "need author or key": every entry without an author has a key.
      if (!/^ {2}author = /m.test(e.body)) expect(e.body, e.key).toMatch(/^ {2}key = \{.+\}/m);
    }
    expect(new Set(list.map((e) => e.key)).size).toBe(list.length);
    // Keys are stable: the same project exports the same keys.
    expect(entries(toBib(b, 'bibtex')).map((e) => e.key)).toEqual(list.map((e) => e.key));
    const azertac = list.find((e) => e.body.includes(AZERTAC_URL))!;
    expect(azertac.type).toBe('misc');
    expect(azertac.body).toContain('title = {{OTS} {Secretary} {General} hails {Gabala} summit in {Bakı}}');
    expect(azertac.body).toContain('journal = {AZERTAC}');
    expect(azertac.body).toContain('howpublished = {AZERTAC}');
    expect(azertac.body).toContain('year = {2025},\n  month = oct,\n  day = {7}');
    expect(azertac.body).toContain(`url = {${AZERTAC_URL}}`);
    expect(bib).toContain('author = {{International Crisis Group}}');
    expect(bib).toContain('author = {{Organization for Security and Co-operation in Europe}}');
    expect(bib).toContain('author = {{Azernews analysis desk}}');
    expect(bib).toContain('organization = {osce.org}');
    expect(bib).toContain('organization = {Caspian Notes}');
    // Trend was created by the import with kind Other: a web page, its outlet as the organisation.
    expect(bib).toContain('@misc{mammadova2025zangezur,\n  author = {Məmmədova, Leyla},\n  title = {Zangezur corridor 🚆 talks resume},\n  organization = {Trend},\n  howpublished = {Trend},');
    expect(bib).toContain('title = {Bridges over the {Caspian}: the {Middle} {Corridor} after {Gabala}},\n  organization = {International Crisis Group}');
  });

  it('BibTeX parses with a BibTeX parser (citation-js) and every entry names its outlet', async () => {
    const b = await bundle();
    const parsed = new Cite(toBib(b, 'bibtex')).data as { 'container-title'?: string; publisher?: string; author?: { family?: string; given?: string }[]; URL?: string }[];
    expect(parsed).toHaveLength(b.documents.length);
    for (const item of parsed) expect(item['container-title'] ?? item.publisher ?? '', JSON.stringify(item)).not.toBe('');
    expect(parsed.map((i) => i.URL)).toContain(AZERTAC_URL);
    // A braced organisation is one name, never split into given and family names.
    expect(parsed.flatMap((i) => i.author ?? []).filter((a) => !a.given).map((a) => a.family)).toEqual(
      expect.arrayContaining(['International Crisis Group', 'Organization for Security and Co-operation in Europe', 'Azernews analysis desk']),
    );
  });

  it('BibLaTeX: ISO dates, journaltitle or organization, urldate', async () => {
    const bib = toBib(await bundle(), 'biblatex');
    expect(bib).toContain('journaltitle = {AZERTAC},\n  date = {2025-10-07}');
    expect(bib).toContain('date = {2025-11}');
    expect(bib).toContain('@online{internationalcrisisg2025bridges,\n  author = {{International Crisis Group}},');
    expect(bib).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    expect(bib).not.toMatch(/month|year =/);
  });

  it('protects capitalised words whole, escapes LaTeX specials', () => {
    // The title's first letter is never lower-cased by a style: only later capitals need braces.
    expect(protectCase('Bakı and İğdır: OTS in Ərdoğan’s plan')).toBe('Bakı and {İğdır}: {OTS} in {Ərdoğan’s} plan');
    expect(protectCase('OSCE  report')).toBe('{OSCE} report');
    expect(protectCase('Rates up 5% & costs_down #1 {x}')).toBe('Rates up 5\\% \\& costs\\_down \\#1 \\textbraceleft{}x\\textbraceright{}');
  });

  it('CSL-JSON validates against the CSL schema; organisations are literal names', async () => {
    const schema = JSON.parse(readFileSync(join(FIXTURES, 'csl', 'csl-data.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore' });
    const items = cslItems(await bundle());
    expect(ajv.validate(schema, items) ? [] : ajv.errors).toEqual([]);
    expect(items.flatMap((i) => i.author ?? [])).toContainEqual({ literal: 'International Crisis Group' });
    for (const i of items) expect(i['container-title'] ?? i.publisher, i.title).toBeTruthy();
  });
});
