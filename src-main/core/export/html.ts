import { ARGUMENT_STANCE, claimReferences, EVIDENCE_STANCE, evidenceByStance, MISSING_CLAIM, type ClaimReference } from './claim-references';
import { EXPORT_CSS } from './html-style';
import type { ExportArgument, ExportBundle, ExportClaim, ExportDocument, Progress } from './model';
import {
  citationHtml,
  documentSections,
  exportTitle,
  Footnotes,
  independentOutlets,
  partOrder,
  type Part,
  STANCE_LABEL,
  STATUS_LABEL,
  themePaths,
} from './outline';
import { noteBlocks, richBlocks, type RichBlock, type Span } from './rich';

// One self-contained, printable HTML file: inline CSS, no scripts, no external resources
// (a CSP meta forbids loading any), every piece of project text escaped.

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type ClaimRef = (claimUid: string) => string;

function spansHtml(spans: Span[], claimRef: ClaimRef): string {
  return spans
    .map((s) => {
      if (s.kind === 'break') return '<br>';
      if (s.kind === 'claim') return claimRef(s.claimUid);
      let t = escapeHtml(s.text);
      if (s.code) t = `<code>${t}</code>`;
      if (s.bold) t = `<strong>${t}</strong>`;
      if (s.italic) t = `<em>${t}</em>`;
      if (s.strike) t = `<s>${t}</s>`;
      return s.href ? `<a href="${escapeHtml(s.href)}">${t}</a>` : t;
    })
    .join('');
}

function blocksHtml(blocks: RichBlock[], claimRef: ClaimRef, headingBase: number): string {
  return blocks
    .map((b): string => {
      switch (b.kind) {
        case 'paragraph':
          return `<p>${spansHtml(b.spans, claimRef)}</p>`;
        case 'heading': {
          const h = Math.min(6, b.level + headingBase);
          return `<h${h}>${spansHtml(b.spans, claimRef)}</h${h}>`;
        }
        case 'quote':
          return `<blockquote>${blocksHtml(b.blocks, claimRef, headingBase)}</blockquote>`;
        case 'code':
          return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          return `<${tag}>${b.items.map((item) => `<li>${blocksHtml(item, claimRef, headingBase)}</li>`).join('')}</${tag}>`;
        }
        case 'rule':
          return '<hr>';
      }
    })
    .join('\n');
}

const sup = (n: number): string => `<sup class="fn"><a href="#fn-${n}" id="ref-${n}">${n}</a></sup>`;

function docMetaHtml(d: ExportDocument): string {
  const parts = [
    d.outlet && `<span class="outlet">${escapeHtml(d.outlet)}</span>`,
    d.author && escapeHtml(d.author),
    d.published && `<time>${escapeHtml(d.published)}</time>`,
    d.url && `<a class="url" href="${escapeHtml(d.url)}">${escapeHtml(d.url)}</a>`,
  ].filter(Boolean);
  return parts.length ? `<p class="meta">${parts.join(' · ')}</p>` : '';
}

/** The whole export as one HTML page. */
export function toHtml(b: ExportBundle, progress?: Progress): string {
  const paths = themePaths(b.themes);
  const colors = new Map(b.themes.map((t) => [t.uid, t.color]));
  const docs = new Map(b.documents.map((d) => [d.uid, d]));
  const claims = new Map(b.claims.map((c) => [c.uid, c]));
  const notes = new Footnotes();
  const sourceRef = (uid: string): string => {
    const d = docs.get(uid);
    return d ? sup(notes.cite(`doc:${uid}`, () => citationHtml(d))) : '';
  };
  // Annotation notes hold no claim references; arguments number theirs (argumentHtml).
  const claimRef: ClaimRef = () => '';
  const sections = documentSections(b);
  const title = exportTitle(b);
  const body: string[] = [`<header><h1>${escapeHtml(title)}</h1><p class="meta">Exported ${escapeHtml(b.exportedAt.slice(0, 10))}</p></header>`];
  const parts: Record<Part, () => string> = {
    documents: () =>
      sections
        .map(({ document: d, annotations }, i) => {
          const items = annotations.map((a) => {
            const tags = a.themeUids
              .map((t) => `<span class="tag" style="border-color:${escapeHtml(colors.get(t) ?? '#868e96')}">${escapeHtml((paths.get(t) ?? []).join(' › '))}</span>`)
              .join(' ');
            const orphan = a.anchorStatus === 'orphaned' ? '<p class="orphan">Passage no longer found in the current text.</p>' : '';
            const note = blocksHtml(noteBlocks(a.note, a.noteText), claimRef, 3);
            return `<div class="annotation"><blockquote class="quote">${escapeHtml(a.exact).replace(/\n+/g, '<br>')}</blockquote>
${note ? `<div class="note">${note}</div>` : ''}${tags ? `<p class="tags">${tags}</p>` : ''}${orphan}</div>`;
          });
          progress?.(i + 1, sections.length);
          return `<section class="document"><h2>${escapeHtml(d.title)}</h2>${docMetaHtml(d)}\n${items.join('\n')}</section>`;
        })
        .join('\n'),
    claims: () => (b.claims.length ? `<section class="claims"><h2>Claims</h2>${b.claims.map((c) => claimHtml(c, docs, sourceRef)).join('\n')}</section>` : ''),
    arguments: () => {
      const args = b.arguments.map((a, i) => argumentHtml(a, i, claims, sourceRef));
      return args.length ? `<section class="arguments"><h2>Arguments</h2>${args.join('\n')}</section>` : '';
    },
  };
  for (const part of partOrder(b)) body.push(parts[part]());
  if (notes.notes.length) {
    const items = notes.notes.map((n) => `<li id="fn-${n.n}">${n.text} <a class="back" href="#ref-${n.n}" aria-label="back to text">↩</a></li>`);
    body.push(`<section class="footnotes"><h2>Notes</h2><ol>${items.join('\n')}</ol></section>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${EXPORT_CSS}</style>
</head><body><main>
${body.join('\n')}
</main></body></html>
`;
}

/** An argument: its prose with claim references as numbers linked to its list of the claims it cites. */
function argumentHtml(a: ExportArgument, i: number, claims: Map<string, ExportClaim>, sourceRef: (uid: string) => string): string {
  const refs = claimReferences(a, claims);
  const number = new Map(refs.map((r) => [r.claimUid, r.n]));
  const anchor = (n: number | undefined): string => `arg${i + 1}-claim-${n}`;
  const cite = (uid: string): string => `<a class="claim-ref" href="#${anchor(number.get(uid))}">[${number.get(uid)}]</a>`;
  const list = refs.length
    ? `<h4>Claims cited</h4><ol class="claim-refs">${refs.map((r) => `<li id="${anchor(r.n)}" value="${r.n}">${referenceHtml(r, sourceRef)}</li>`).join('\n')}</ol>`
    : '';
  return `<article class="argument"><h3>${escapeHtml(a.title)}</h3>
${a.thesis.trim() ? `<p class="thesis"><strong>Thesis:</strong> ${escapeHtml(a.thesis.trim())}</p>` : ''}
${blocksHtml(richBlocks(a.body), cite, 2)}${list}</article>`;
}

function referenceHtml(r: ClaimReference, sourceRef: (uid: string) => string): string {
  if (!r.claim) return escapeHtml(MISSING_CLAIM);
  const c = r.claim;
  const stance = r.stances.map((s) => ARGUMENT_STANCE[s]).join('; ');
  const evidence = evidenceByStance(c).map(
    (g) =>
      `<span class="evidence ${g.stance}"><span class="stance">${EVIDENCE_STANCE[g.stance]}:</span> ${g.evidence
        .map((e) => `“${escapeHtml(e.exact.replace(/\s+/g, ' '))}”${sourceRef(e.documentUid)}`)
        .join('; ')}.</span>`,
  );
  return `<span class="statement">${escapeHtml(c.statement)}</span> <span class="arg-stance">(${stance})</span> — ${STATUS_LABEL[c.status]}, credibility ${c.credibility}. ${evidence.join(' ')}`;
}

function claimHtml(c: ExportClaim, docs: Map<string, ExportDocument>, sourceRef: (uid: string) => string): string {
  const facts = [
    `<span class="status status-${c.status}">${STATUS_LABEL[c.status]}</span>`,
    `Credibility ${c.credibility}`,
    c.eventDate && `Event date ${escapeHtml(c.eventDate)}`,
    `${independentOutlets(c, docs)} independent outlet(s)`,
  ].filter(Boolean);
  const evidence = c.evidence.map(
    (e) => `<li class="evidence ${e.stance}"><span class="stance">${STANCE_LABEL[e.stance]}:</span> “${escapeHtml(e.exact)}”${sourceRef(e.documentUid)}${
      e.note.trim() ? ` — ${escapeHtml(e.note.trim())}` : ''
    }</li>`,
  );
  return `<div class="claim"><h3>${escapeHtml(c.statement)}</h3><p class="meta">${facts.join(' · ')}</p>
${c.notes.trim() ? `<p>${escapeHtml(c.notes.trim())}</p>` : ''}${evidence.length ? `<ul>${evidence.join('\n')}</ul>` : ''}</div>`;
}
