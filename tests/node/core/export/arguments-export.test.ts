import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/dispatch';
import { collect } from '../../../../src-main/core/export/collect';
import { toHtml } from '../../../../src-main/core/export/html';
import { toMarkdown } from '../../../../src-main/core/export/markdown';
import { createProject } from '../../../../src-main/core/session';
import { cli } from '../../../helpers/cli';
import { tempDir, tempSession } from '../../../helpers/temp-project';
import { buildRepeatedSources } from './repeated-sources';

// An argument in Markdown and HTML (DOCX: docx.test.ts): claim citations are short numbers in
// the prose; each claim appears once, in the argument's reference list, with the stance the
// argument takes and its evidence grouped by stance; unlinked "@word" mentions are warned about.

const A = '42% of Uzbekistan’s border is under video surveillance';
const B = 'The Gabala Declaration was adopted at the OTS summit';

describe('argument exports', () => {
  it('Markdown: numbers in the prose, each claim once in the list with its stance, evidence by stance', async () => {
    const p = tempSession().project;
    const ids = await buildRepeatedSources(p);
    const md = toMarkdown(collect(p, { kind: 'argument', uid: ids.repeated }));
    expect(md).toContain('The summit produced a declaration \\[1\\] but border claims \\[2\\] remain doubtful.');
    expect(md).toContain('Compare @gabala and again \\[1\\]; write to desk@azernews.az.');
    for (const statement of [A, B]) expect(md.split(statement)).toHaveLength(2);
    expect(md).toContain(`- **\\[1\\]** ${B} (supports the argument) — Corroborated, credibility 2. *Supported by:* “The Gabala Declaration was adopted”[^`);
    const line = md.split('\n').find((l) => l.includes(A))!;
    expect(line).toMatch(/^- \*\*\\\[2\\\]\*\* 42% .* \(against the argument\) — Open, credibility 3\. \*Supported by:\* “Freight volumes on the Middle Corridor doubled”\[\^\d+\]; “called the summit a milestone”\[\^\d+\]\. \*Contradicted by:\* “far less than official figures claim”\[\^(\d+)\]\. \*Context:\* “The Gabala Declaration was adopted”\[\^\d+\]\.$/);
    // The contradicting source's footnote is the OSCE brief, and it follows "Contradicted by" only.
    const n = /Contradicted by:\* “far less than official figures claim”\[\^(\d+)\]/.exec(line)![1];
    expect(md).toMatch(new RegExp(`^\\[\\^${n}\\]: Organization for Security and Co-operation in Europe, “Border management in Central Asia: a brief,” 2025`, 'm'));
    expect(line.slice(0, line.indexOf('Contradicted by'))).not.toContain(`[^${n}]`);
  });

  it('HTML: the numbers link to the list entries, which carry the statement once', async () => {
    const p = tempSession().project;
    const ids = await buildRepeatedSources(p);
    const html = toHtml(collect(p, { kind: 'argument', uid: ids.repeated }));
    expect(html).toContain('The summit produced a declaration <a class="claim-ref" href="#arg1-claim-1">[1]</a> but border claims <a class="claim-ref" href="#arg1-claim-2">[2]</a>');
    expect(html).toContain('<li id="arg1-claim-2" value="2"><span class="statement">42% of Uzbekistan’s border is under video surveillance</span> <span class="arg-stance">(against the argument)</span>');
    for (const statement of [A, B]) expect(html.split(statement)).toHaveLength(2);
    expect(html).toMatch(/<span class="evidence contradicts"><span class="stance">Contradicted by:<\/span> “far less than official figures claim”<sup class="fn">/);
  });

  it('lists unlinked @mentions as warnings in the result and on the command line, not e-mail addresses', async () => {
    const dir = tempDir();
    const s = tempSession();
    const ids = await buildRepeatedSources(s.project);
    const out = join(dir, 'argument.md');
    const r = await dispatch(s, 'export.run', { format: 'md', path: out, scope: { kind: 'argument', uid: ids.repeated } });
    expect(r).toMatchObject({ ok: true, value: { warnings: ['“Corridors after Gabala”: @gabala is not linked to a claim and is exported as written'] } });
    s.close();

    const db = join(dir, 'cli.dossier');
    const p = createProject(db);
    const more = await buildRepeatedSources(p);
    p.close();
    const file = join(dir, 'cli.docx');
    const run = await cli('--db', db, 'export', '--format', 'docx', '--argument', more.repeated, '--out', file);
    expect(run.code).toBe(0);
    expect(run.err).toBe('warning: “Corridors after Gabala”: @gabala is not linked to a claim and is exported as written');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    // An existing file needs --force.
    const again = await cli('--db', db, 'export', '--format', 'docx', '--argument', more.repeated, '--out', file);
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/cli\.docx exists already.*--force/) });
    expect((await cli('--db', db, 'export', '--format', 'docx', '--argument', more.repeated, '--out', file, '--force')).code).toBe(0);
  });
});
