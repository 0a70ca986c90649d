import { HtmlRenderer, Parser } from 'commonmark';
import { JSDOM } from 'jsdom';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '@common/text/safe-url';
import { dispatch } from '../../../../src-main/core/dispatch';
import { createProject, Session } from '../../../../src-main/core/session';
import { makePdf } from '../../../helpers/make-pdf';
import { tempDir } from '../../../helpers/temp-project';

const HOSTILE = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>x</script>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/x', 'https:relative', 'https:///x', 'mailto:', 'www.example.org'];

describe('the URL policy', () => {
  it('keeps http, https and mailto URLs and nothing else', () => {
    for (const ok of ['https://example.org/a?b=c#d', 'http://localhost:8080/', 'HTTPS://EXAMPLE.ORG', 'mailto:desk@example.org', 'https://user@example.org/x'])
      expect(safeUrl(ok), ok).toBe(ok);
    expect(safeUrl('  https://example.org/x  ')).toBe('https://example.org/x');
    for (const bad of HOSTILE) expect(safeUrl(bad), JSON.stringify(bad)).toBeNull();
  });

  it('is applied where a URL is stored: import header, import override, metadata edit, .qdpx/W3C import', async () => {
    const dir = tempDir();
    const s = new Session(createProject(join(dir, 'p.dossier')), { dataDir: dir });
    try {
      const text = 'Title: Hostile\nURL: javascript:alert(document.domain)\n\nA paragraph of the article.';
      const imported = await dispatch(s, 'documents.import', { items: [{ kind: 'text', text, name: 'h.txt' }], overrides: {} });
      expect(imported.ok).toBe(true);
      const uid = imported.ok ? imported.value.results[0]!.uid! : '';
      const doc = await dispatch(s, 'documents.get', { uid });
      expect(doc.ok && doc.value.url).toBeNull();
      const override = await dispatch(s, 'documents.import', { items: [{ kind: 'text', text: 'Another text.', name: 'o.txt' }], overrides: { url: 'javascript:alert(1)' } });
      expect(override).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /http:\/\/, https:\/\/ or mailto:/ } });
      for (const url of HOSTILE.filter((u) => u.trim())) {
        const r = await dispatch(s, 'documents.update', { uid, patch: { url } });
        expect(r, url).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
      expect((await dispatch(s, 'documents.update', { uid, patch: { url: 'https://example.org/a' } })).ok).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('no javascript: link leaves in HTML, Markdown or PDF from an older project that stored one; code fences hold any backtick run', async () => {
    const dir = tempDir();
    let printed = '';
    const ports = { dataDir: dir, printPdf: async (html: string, out: string) => void ((printed = html), writeFileSync(out, makePdf(['x']))) };
    const s = new Session(createProject(join(dir, 'p.dossier')), ports);
    try {
      const r = await dispatch(s, 'documents.import', { items: [{ kind: 'text', text: 'Title: Old\n\nThe passage to annotate here.', name: 'a.txt' }], overrides: {} });
      const uid = r.ok ? r.value.results[0]!.uid! : '';
      // Stored before the policy existed.
      s.project.db.prepare('UPDATE documents SET url = ? WHERE uid = ?').run('javascript:alert(document.cookie)', uid);
      const code = 'before\n````\n</code></pre><img src=x onerror=alert(1)>\n`````\n<script>alert(2)</script>';
      const note = {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'click me', marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)' } }] }, { type: 'text', text: ' and ' }, { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href: 'https://example.org/ok' } }] }] },
          { type: 'codeBlock', content: [{ type: 'text', text: code }] },
        ],
      };
      const a = await dispatch(s, 'annotations.create', { document: uid, quote: 'passage to annotate', themes: [], note: JSON.stringify(note) });
      expect(a.ok, JSON.stringify(a)).toBe(true);

      const run = async (format: 'md' | 'html' | 'pdf'): Promise<string> => {
        const path = join(dir, `out.${format}`);
        const e = await dispatch(s, 'export.run', { format, scope: { kind: 'project' }, path, overwrite: true });
        expect(e.ok, JSON.stringify(e)).toBe(true);
        return format === 'pdf' ? printed : readFileSync(path, 'utf8');
      };
      const md = await run('md');
      const fromMd = new HtmlRenderer().render(new Parser().parse(md));
      for (const html of [await run('html'), await run('pdf'), fromMd]) {
        const page = new JSDOM(html).window.document;
        const hrefs = [...page.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!);
        expect(hrefs.filter((h) => !h.startsWith('#') && safeUrl(h) === null)).toEqual([]);
        expect(hrefs).toContain('https://example.org/ok');
        // The code stays code: no element from inside it became markup.
        expect(page.querySelector('img, script')).toBeNull();
        expect([...page.querySelectorAll('pre code, pre')].some((el) => el.textContent!.includes('<img src=x onerror=alert(1)>'))).toBe(true);
      }
      expect(md).not.toMatch(/\]\(<?javascript:/i);
    } finally {
      await s.close();
    }
  });
});
