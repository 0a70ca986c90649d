import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser, HtmlRenderer } from 'commonmark';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/core/dispatch';
import { collect } from '../../src-main/core/export/collect';
import type { ExportBundle } from '../../src-main/core/export/model';
import type { Session } from '../../src-main/core/session';
import { citationProblems, docxNotes, odtNotes, type Source } from '../helpers/footnotes';
import { REFI_QDA_XSD } from '../helpers/samples';
import { tempSession } from '../helpers/temp-project';
import { w3cFailures } from '../helpers/w3c-schemas';
import { buildRepeatedSources } from '../node/core/export/repeated-sources';
import { renderWithCiteproc } from '../helpers/citeproc';

// `npm run interop`: every export opened by the real tools its readers use, where they are
// installed (LibreOffice, pdflatex + bibtex, biber, xmllint; citeproc-js, the W3C schemas and
// a CommonMark parser come with the dev dependencies). Each check adds a line to the report
// printed at the end and written to interop-results/report.json; a tool that is not installed
// is reported as such, never counted as a pass.

const OUT = resolve('interop-results');
mkdirSync(OUT, { recursive: true });
const report: { format: string; tool: string; result: 'pass' | 'fail' | 'not installed'; details: string }[] = [];
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });

let shared: Promise<{ s: Session; bundle: ExportBundle; files: Record<string, string> }> | null = null;
/** The repeated-sources project, exported once to every format into interop-results/. */
function exported(): Promise<{ s: Session; bundle: ExportBundle; files: Record<string, string> }> {
  shared ??= (async () => {
    const s = tempSession('interop.dossier');
    const ids = await buildRepeatedSources(s.project);
    const files: Record<string, string> = {};
    const jobs: [string, Record<string, unknown>][] = [
      ['notes.docx', { format: 'docx' }],
      ['argument.docx', { format: 'docx', scope: { kind: 'argument', uid: ids.repeated } }],
      ['notes.md', { format: 'md' }],
      ['sources.bib', { format: 'bibtex' }],
      ['sources-biblatex.bib', { format: 'biblatex' }],
      ['project.qdpx', { format: 'qdpx' }],
      ['annotations.jsonld', { format: 'w3c' }],
      ['sources.json', { format: 'csl' }],
    ];
    for (const [name, req] of jobs) {
      const path = join(OUT, name);
      const r = await dispatch(s, 'export.run', { ...req, path, overwrite: true } as never);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      files[name] = path;
    }
    return { s, bundle: collect(s.project, { kind: 'project' }), files };
  })();
  return shared;
}

function sourcesOf(b: ExportBundle): Source[] {
  return b.documents.map((d) => ({
    title: d.title,
    outlet: d.outlet,
    quotes: [...b.annotations.filter((a) => a.documentUid === d.uid).map((a) => a.exact), ...b.claims.flatMap((c) => c.evidence.filter((e) => e.documentUid === d.uid).map((e) => e.exact))],
  }));
}

afterAll(() => {
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const width = Math.max(...report.map((r) => r.format.length + r.tool.length + 3));
  console.log(['', 'interop report', ...report.map((r) => `${`${r.format} · ${r.tool}`.padEnd(width)}  ${r.result.padEnd(13)}  ${r.details}`)].join('\n'));
});

describe('exports in the tools people open them with', () => {
  it('DOCX in LibreOffice: comments on their passages, one footnote per reference, each citing its source', async () => {
    const { files, bundle } = await exported();
    for (const name of ['notes.docx', 'argument.docx']) {
      const word = unzipSync(readFileSync(files[name]!));
      const inWord = docxNotes(strFromU8(word['word/document.xml']!), strFromU8(word['word/footnotes.xml']!));
      if (!has('soffice')) {
        report.push({ format: name, tool: 'LibreOffice', result: 'not installed', details: `${inWord.length} footnotes in document.xml` });
        continue;
      }
      const dir = join(OUT, 'odt');
      mkdirSync(dir, { recursive: true });
      const r = run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(OUT, 'lo-profile')}`, '--convert-to', 'odt', '--outdir', dir, files[name]!], OUT);
      const odt = unzipSync(readFileSync(join(dir, name.replace('.docx', '.odt'))));
      const content = strFromU8(odt['content.xml']!);
      const notes = odtNotes(content);
      const comments = (content.match(/<office:annotation[ >]/g) ?? []).length;
      const problems = citationProblems(notes, sourcesOf(bundle));
      const expectedComments = name === 'notes.docx' ? bundle.annotations.length : 0;
      const ok = r.status === 0 && notes.length === inWord.length && problems.length === 0 && (name !== 'notes.docx' || comments === expectedComments);
      report.push({
        format: name,
        tool: 'LibreOffice (soffice --convert-to odt)',
        result: ok ? 'pass' : 'fail',
        details: `${notes.length} footnotes for ${inWord.length} references, ${problems.length} citing the wrong source; ${comments} comments${name === 'notes.docx' ? ` for ${expectedComments} annotations` : ''}`,
      });
      expect(problems).toEqual([]);
      expect(notes.length).toBe(inWord.length);
      if (name === 'notes.docx') expect(comments).toBe(expectedComments);
    }
  });

  it('BibTeX with pdflatex + bibtex (plain, alpha) and BibLaTeX with biber: no errors, no "need author or key"', async () => {
    const { files } = await exported();
    if (!has('pdflatex') || !has('bibtex') || !has('biber')) {
      report.push({ format: 'bibtex/biblatex', tool: 'pdflatex, bibtex, biber', result: 'not installed', details: 'apt-get install texlive-latex-base texlive-bibtex-extra biber' });
      return;
    }
    // pdflatex's UTF-8 input knows ı, ş, ğ, ç, ö, ü but not ə (U+0259) nor emoji: a document
    // citing Azerbaijani names declares them, as an analyst's preamble would (XeLaTeX and LuaLaTeX need nothing).
    const preamble = [
      '\\documentclass{article}',
      '\\usepackage[utf8]{inputenc}',
      '\\usepackage[T1]{fontenc}',
      '\\usepackage{graphicx}',
      '\\usepackage{url}',
      '\\DeclareUnicodeCharacter{0259}{\\rotatebox[origin=c]{180}{e}}',
      '\\DeclareUnicodeCharacter{018F}{\\rotatebox[origin=c]{180}{e}}',
      '\\DeclareUnicodeCharacter{1F686}{[train]}',
    ];
    for (const style of ['plain', 'alpha']) {
      const dir = join(OUT, `latex-${style}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'sources.bib'), readFileSync(files['sources.bib']!));
      writeFileSync(join(dir, 'main.tex'), [...preamble, '\\begin{document}', '\\nocite{*}', `\\bibliographystyle{${style}}`, '\\bibliography{sources}', '\\end{document}', ''].join('\n'));
      const steps = [run('pdflatex', ['-interaction=nonstopmode', 'main.tex'], dir), run('bibtex', ['main'], dir), run('pdflatex', ['-interaction=nonstopmode', 'main.tex'], dir), run('pdflatex', ['-interaction=nonstopmode', 'main.tex'], dir)];
      const blg = readFileSync(join(dir, 'main.blg'), 'utf8');
      const log = readFileSync(join(dir, 'main.log'), 'latin1');
      const warnings = blg.split('\n').filter((l) => l.startsWith('Warning--'));
      const errors = log.split('\n').filter((l) => l.startsWith('!'));
      const entries = (readFileSync(join(dir, 'main.bbl'), 'utf8').match(/\\bibitem/g) ?? []).length;
      const ok = steps.every((s) => s.status === 0) && errors.length === 0 && !blg.includes('need author or key') && !/error message/.test(blg);
      report.push({
        format: 'sources.bib',
        tool: `pdflatex + bibtex (${style})`,
        result: ok ? 'pass' : 'fail',
        details: `${entries} entries typeset; ${errors.length} LaTeX errors; bibtex warnings: ${warnings.length ? warnings.join(' | ') : 'none'}`,
      });
      expect(errors).toEqual([]);
      expect(blg).not.toContain('need author or key');
      expect(steps.map((s) => s.status)).toEqual([0, 0, 0, 0]);
    }
    const dir = join(OUT, 'latex-biblatex');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'sources.bib'), readFileSync(files['sources-biblatex.bib']!));
    writeFileSync(
      join(dir, 'main.tex'),
      [...preamble.filter((l) => !l.includes('{url}')), '\\usepackage[backend=biber,style=authoryear]{biblatex}', '\\addbibresource{sources.bib}', '\\begin{document}', '\\nocite{*}', '\\printbibliography', '\\end{document}', ''].join('\n'),
    );
    const steps = [run('pdflatex', ['-interaction=nonstopmode', 'main.tex'], dir), run('biber', ['main'], dir), run('pdflatex', ['-interaction=nonstopmode', 'main.tex'], dir)];
    const blg = readFileSync(join(dir, 'main.blg'), 'utf8');
    const log = readFileSync(join(dir, 'main.log'), 'latin1');
    const errors = [...log.split('\n').filter((l) => l.startsWith('!')), ...blg.split('\n').filter((l) => l.includes('ERROR'))];
    const warns = blg.split('\n').filter((l) => l.includes('WARN'));
    const entries = (readFileSync(join(dir, 'main.bbl'), 'utf8').match(/\\entry\{/g) ?? []).length;
    const ok = steps.every((s) => s.status === 0) && errors.length === 0;
    report.push({ format: 'sources-biblatex.bib', tool: 'pdflatex + biber (biblatex)', result: ok ? 'pass' : 'fail', details: `${entries} entries; ${errors.length} errors; biber warnings: ${warns.length ? warns.join(' | ') : 'none'}` });
    expect(errors).toEqual([]);
    expect(steps.map((s) => s.status)).toEqual([0, 0, 0]);
  });

  it('CSL-JSON in citeproc-js with Chicago notes, APA, MLA and Harvard', async () => {
    const { files } = await exported();
    const items = JSON.parse(readFileSync(files['sources.json']!, 'utf8')) as { id: string; title: string }[];
    for (const style of ['chicago', 'apa', 'mla', 'harvard'] as const) {
      const entries = renderWithCiteproc(items, style);
      const empty = entries.filter((e) => !e.trim());
      report.push({ format: 'sources.json', tool: `citeproc-js (${style})`, result: entries.length === items.length && !empty.length ? 'pass' : 'fail', details: `${entries.length} entries for ${items.length} items; first: ${entries[0]?.slice(0, 90)}…` });
      expect(entries).toHaveLength(items.length);
      expect(empty).toEqual([]);
    }
  });

  it('.qdpx against the QDA-XML schema with xmllint', async () => {
    const { files } = await exported();
    if (!has('xmllint')) {
      report.push({ format: 'project.qdpx', tool: 'xmllint', result: 'not installed', details: 'apt-get install libxml2-utils' });
      return;
    }
    const qde = join(OUT, 'project.qde');
    writeFileSync(qde, unzipSync(readFileSync(files['project.qdpx']!))['project.qde']!);
    const r = run('xmllint', ['--noout', '--schema', resolve(REFI_QDA_XSD), qde], OUT);
    report.push({ format: 'project.qdpx', tool: 'xmllint --schema Project-mrt2019.xsd', result: r.status === 0 ? 'pass' : 'fail', details: (r.stderr || r.stdout).trim().split('\n').at(-1) ?? '' });
    expect(r.status).toBe(0);
  });

  it('W3C JSON-LD against the web-annotation-tests schemas', async () => {
    const { files } = await exported();
    const c = JSON.parse(readFileSync(files['annotations.jsonld']!, 'utf8')) as Record<string, unknown>;
    const first = c.first as { items: Record<string, unknown>[] };
    const failures = [
      ...w3cFailures('collections/collectionMusts.test', c),
      ...w3cFailures('collections/pages/pageMusts.test', { '@context': c['@context'], ...first }),
      ...first.items.flatMap((i) => w3cFailures('annotations/annotationMusts.test', { '@context': c['@context'], ...i })),
    ];
    report.push({ format: 'annotations.jsonld', tool: 'web-annotation-tests (collection, page, annotation musts)', result: failures.length ? 'fail' : 'pass', details: `${first.items.length} annotations; ${failures.length} failed assertions` });
    expect(failures).toEqual([]);
  });

  it('Markdown in a CommonMark parser: quotes, claim numbers and footnote marks as text, no raw HTML', async () => {
    const { files, bundle } = await exported();
    const md = readFileSync(files['notes.md']!, 'utf8');
    const html = new HtmlRenderer({ safe: true }).render(new Parser().parse(md));
    const quotes = (html.match(/<blockquote>/g) ?? []).length;
    const raw = /<script/i.test(html);
    const refs = (html.match(/\[\d+\]/g) ?? []).length;
    const ok = quotes >= bundle.annotations.length && !raw && refs > 0;
    report.push({ format: 'notes.md', tool: 'commonmark.js 0.31', result: ok ? 'pass' : 'fail', details: `${quotes} block quotes for ${bundle.annotations.length} annotations; ${refs} claim numbers; raw <script>: ${raw ? 'yes' : 'no'}` });
    expect(ok).toBe(true);
  });
});
