import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { authorNames, guessAuthorKind } from '@common/text/author-names';
import { cslForDocument } from '../../../../src-main/core/citations/csl';
import { notesCitation } from '../../../../src-main/core/citations/notes-style';
import { importFiles } from '../../../../src-main/core/import/import-files';
import { createOutlet } from '../../../../src-main/core/library/outlets';
import { createProject, Session } from '../../../../src-main/core/session';
import { dump, tempDir } from '../../../helpers/temp-project';
import { annotate, AZERNEWS, importArticle } from './fixtures';
import { SAMPLE } from '../../../helpers/samples';

const TITLE = 'Security, Corridors, and Cooperation: Türkiye’s Expanding Role in the Turkic World';
const URL = 'https://www.azernews.az/analysis/246001.html';

/** The sample article imported on 25 November 2026, by Leyla Məmmədova, dated October 2025 only. */
async function sampleProject() {
  const dir = tempDir();
  const ports = { dataDir: dir, now: () => new Date('2026-11-25T09:30:00Z') };
  const s = new Session(createProject(join(dir, 'c.dossier'), ports), ports);
  createOutlet(s.project, AZERNEWS);
  const summary = await importFiles(s.project, {
    items: [{ kind: 'path', path: SAMPLE }],
    overrides: { outlet: 'Azernews', author: 'Leyla Məmmədova', published: '2025-10', url: URL },
  });
  const uid = summary.results[0]!.uid!;
  const annotation = annotate(s.project, uid, '42 percent of Uzbekistan’s border');
  return { s, uid, annotation };
}

describe('citations', () => {
  it('cites an article with a partial date and a non-ASCII author in notes style, APA and CSL-JSON', async () => {
    const { s, uid, annotation } = await sampleProject();
    try {
      const cite = async (style: 'notes' | 'apa' | 'mla' | 'chicago' | 'harvard' | 'csl-json') => {
        const r = await dispatch(s, 'citations.forAnnotation', { annotation, style });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const notes = await cite('notes');
      expect(notes.text).toBe(`Leyla Məmmədova, “${TITLE},” Azernews, October 2025, ${URL} (accessed 25 November 2026).`);
      expect(notes.html).toBe(`Leyla Məmmədova, “${TITLE},” <i>Azernews</i>, October 2025, ${URL} (accessed 25 November 2026).`);
      expect(notes).toMatchObject({ document: uid, annotation, quote: '42 percent of Uzbekistan’s border' });

      // The shipped CSL styles, rendered offline by citation-js.
      const apa = await cite('apa');
      expect(apa.text).toBe(`Məmmədova, L. (2025, October). ${TITLE}. Azernews. ${URL}`);
      expect(apa.html).toContain('<i>Azernews</i>');
      expect((await cite('mla')).text).toMatch(/^Məmmədova, Leyla\. “.*” Azernews, Oct\. 2025, /);
      expect((await cite('chicago')).text).toMatch(/^Məmmədova, Leyla\. “.*” Azernews, October 2025\. /);
      expect((await cite('harvard')).text).toMatch(/^Məmmədova, L\. \(2025\) “.*,” Azernews, October\. Available at: /);

      const csl = await cite('csl-json');
      const expected = {
        id: uid,
        type: 'article-newspaper',
        title: TITLE,
        author: [{ family: 'Məmmədova', given: 'Leyla' }],
        'container-title': 'Azernews',
        issued: { 'date-parts': [[2025, 10]] },
        accessed: { 'date-parts': [[2026, 11, 25]] },
        URL,
      };
      expect(csl.csl).toEqual(expected);
      expect(JSON.parse(csl.text)).toEqual(expected);
      expect(csl.text).toContain('Məmmədova');
      const id = (s.project.db.prepare('SELECT id FROM documents WHERE uid = ?').get(uid) as { id: number }).id;
      expect(cslForDocument(s.project, id)).toEqual(expected);

      const byDoc = await dispatch(s, 'citations.forDocument', { document: uid.slice(0, 8) });
      expect(byDoc).toMatchObject({ ok: true, value: { style: 'notes', quote: null, annotation: null, text: notes.text } });
    } finally {
      s.close();
    }
  });

  it('reads author names as written: "Family, Given", several authors, organisations', () => {
    expect(authorNames('Məmmədova, Leyla')).toEqual([{ family: 'Məmmədova', given: 'Leyla' }]);
    expect(authorNames('Leyla Məmmədova and Ərdoğan İlqar Əliyev; Ludwig van Beethoven')).toEqual([
      { family: 'Məmmədova', given: 'Leyla' },
      { family: 'Əliyev', given: 'Ərdoğan İlqar' },
      { family: 'van Beethoven', given: 'Ludwig' },
    ]);
    expect(authorNames('AZERTAC')).toEqual([{ literal: 'AZERTAC' }]);
    expect(authorNames('Trend')).toEqual([{ literal: 'Trend' }]);
    expect(authorNames('  ')).toEqual([]);
  });

  it('writes organisations as one literal name, guessed from institution words in the region’s languages', () => {
    for (const org of [
      'International Crisis Group',
      'Azernews analysis desk',
      'Organization for Security and Co-operation in Europe',
      'OSCE Secretariat',
      'Anadolu Ajansı',
      'Azərbaycan Respublikası Xarici İşlər Nazirliyi',
      'Министерство иностранных дел',
      'Қазақстан Республикасы Сыртқы істер министрлігі',
      'TRT World',
    ]) {
      expect([org, guessAuthorKind(org)]).toEqual([org, 'organization']);
      expect(authorNames(org)).toEqual([{ literal: org }]);
    }
    for (const person of ['Leyla Məmmədova', 'Thomas de Waal', 'Ərdoğan İlqar Əliyev', 'J. R. Smith', 'Айгерим Сейтқали']) {
      expect([person, guessAuthorKind(person)]).toEqual([person, 'person']);
    }
    // The analyst's choice wins over the guess, both ways.
    expect(authorNames('Thomas de Waal', 'organization')).toEqual([{ literal: 'Thomas de Waal' }]);
    expect(authorNames('Crisis Group', 'person')).toEqual([{ family: 'Group', given: 'Crisis' }]);
  });

  it('leaves out what is unknown and keeps the title’s own punctuation', () => {
    const base = { uid: 'x', authorKind: 'person' as const, author: null, published: null, url: null, retrievedAt: null, language: null, outlet: null };
    expect(notesCitation({ ...base, title: 'Is the corridor open?' }).text).toBe('“Is the corridor open?”');
    expect(notesCitation({ ...base, title: 'Plain title.' }).text).toBe('“Plain title.”');
    expect(
      notesCitation({ ...base, title: 'T', author: 'A One & B Two & C Three', published: '2025', outlet: { name: 'Trend', kind: 'private_media' } }).text,
    ).toBe('A One, B Two, and C Three, “T,” Trend, 2025.');
    expect(notesCitation({ ...base, title: '<b>', outlet: { name: 'A & B', kind: 'other' } }).html).toBe('“&lt;b&gt;,” <i>A &amp; B</i>.');
  });

  it('a think tank publishes a report; unknown references are refused and change nothing', async () => {
    const { s } = await sampleProject();
    try {
      const doc = await importArticle(s.project, {
        text: 'A policy brief on corridors.',
        outlet: { name: 'Topchubashov Center', kind: 'think_tank', grade: 'B' },
        published: '2024-03-05',
      });
      const r = await dispatch(s, 'citations.forDocument', { document: doc, style: 'csl-json' });
      expect(r).toMatchObject({ ok: true, value: { csl: { type: 'report', publisher: 'Topchubashov Center', issued: { 'date-parts': [[2024, 3, 5]] } } } });
      expect(r.ok && r.value.csl['container-title']).toBe(undefined);
      const before = dump(s.project);
      for (const input of [{ document: 'missing' }, { document: doc, style: 'vancouver' }, { annotation: 'missing' }]) {
        const name = 'document' in input ? 'citations.forDocument' : 'citations.forAnnotation';
        expect((await dispatch(s, name, input)).ok).toBe(false);
      }
      expect(dump(s.project)).toEqual(before);
    } finally {
      s.close();
    }
  });
});
