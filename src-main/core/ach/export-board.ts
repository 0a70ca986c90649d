import { RATING_SIGNS, type AchBoard } from '@common/api/schemas/ach';

// A board as Markdown, HTML or CSV: the matrix of ratings, each claim's grade and origins,
// the scores per hypothesis, and what a wrong claim would change.

const LEGEND = 'C consistent · I inconsistent · N neutral · NA not applicable · ◆ diagnostic (separates the hypotheses)';

interface Table {
  head: string[];
  rows: string[][];
  scores: string[];
}

function table(b: AchBoard): Table {
  const label = (uid: string | null): string => b.hypotheses.find((h) => h.uid === uid)?.label ?? '';
  return {
    head: ['Claim', 'Grade', 'Independent origins', ...b.hypotheses.map((h) => h.label), 'If wrong, the leader is'],
    rows: b.rows.map((r) => [
      `${r.diagnostic ? '◆ ' : ''}${r.statement}`,
      r.grade,
      `${r.origins}${r.originsTraced ? '' : ' (sources, origins not traced)'}`,
      ...b.hypotheses.map((h) => {
        const c = r.cells.find((x) => x.hypothesis === h.uid);
        return c ? `${RATING_SIGNS[c.rating]}${c.note ? ` — ${c.note}` : ''}` : '';
      }),
      r.leaderIfWrong ? label(r.leaderIfWrong) : r.leaderChanges ? 'no single leader (a tie)' : '',
    ]),
    scores: ['Inconsistency (weighted)', '', '', ...b.hypotheses.map((h) => `${h.inconsistent} (${h.weightedInconsistency.toFixed(2)})`), ''],
  };
}

const leaderLine = (b: AchBoard): string =>
  b.leader ? `Least inconsistent: ${b.hypotheses.find((h) => h.uid === b.leader)!.label}` : 'No single least inconsistent hypothesis';

const md = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function boardMarkdown(b: AchBoard): string {
  const t = table(b);
  const line = (cells: string[]): string => `| ${cells.map(md).join(' | ')} |`;
  return [
    `# ${b.question}`,
    '',
    ...(b.notes ? [b.notes, ''] : []),
    line(t.head),
    line(t.head.map(() => '---')),
    ...t.rows.map(line),
    line(t.scores),
    '',
    `${leaderLine(b)}.`,
    '',
    `${LEGEND}. Weighted: an inconsistency counts 1 on a claim with two or more independent origins, 0.5 with one, 0.25 with none.`,
    '',
  ].join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function boardHtml(b: AchBoard): string {
  const t = table(b);
  const row = (cells: string[], tag: 'td' | 'th'): string => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join('')}</tr>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(b.question)}</title>
<style>body{font-family:system-ui,sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}</style></head>
<body><h1>${esc(b.question)}</h1>${b.notes ? `<p>${esc(b.notes)}</p>` : ''}
<table><thead>${row(t.head, 'th')}</thead><tbody>${t.rows.map((r) => row(r, 'td')).join('\n')}</tbody><tfoot>${row(t.scores, 'th')}</tfoot></table>
<p>${esc(leaderLine(b))}.</p><p><small>${esc(LEGEND)}</small></p></body></html>
`;
}

const csvCell = (v: string): string => (/[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function boardCsv(b: AchBoard): string {
  const t = table(b);
  return `${[t.head, ...t.rows, t.scores].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
