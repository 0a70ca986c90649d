import { ARGUMENT_STANCE, claimReferences, EVIDENCE_STANCE, evidenceByStance, MISSING_CLAIM, type ClaimReference } from './claim-references';
import type { ExportArgument, ExportBundle, ExportClaim, ExportDocument, Progress } from './model';
import {
  allTags,
  citation,
  documentSections,
  exportTitle,
  Footnotes,
  partOrder,
  type Part,
  independentOutlets,
  STANCE_LABEL,
  STATUS_LABEL,
  tagOf,
  themePaths,
} from './outline';
import { noteBlocks, richBlocks, type RichBlock, type Span } from './rich';

// Annotated notes as one Markdown file that Obsidian (and CommonMark readers) render well:
// YAML front matter, nested #tags, quotes as block quotes, footnote citations.

/**
 * Escapes what Markdown, and Obsidian on top of it, would read as markup: emphasis, links,
 * HTML, #tags, $math$, ==highlights== and list or heading markers at a line start.
 */
export function mdEscape(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~$]/g, '\\$&')
    .replace(/==/g, '=\\=')
    .replace(/^(\s*)([-+]|\d+[.)])(?=\s|$)/gm, (_, sp: string, m: string) => `${sp}${m.replace(/([-+.)])$/, '\\$1')}`);
}

const yamlString = (s: string): string => JSON.stringify(s);

function frontMatter(fields: [string, string | null | undefined][], tags: string[]): string {
  const lines = ['---'];
  for (const [k, v] of fields) if (v) lines.push(`${k}: ${yamlString(v)}`);
  if (tags.length) lines.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push('---');
  return lines.join('\n');
}

type ClaimRef = (claimUid: string) => string;

function spansMd(spans: Span[], claimRef: ClaimRef): string {
  return spans
    .map((s) => {
      if (s.kind === 'break') return '  \n';
      if (s.kind === 'claim') return claimRef(s.claimUid);
      if (!s.text) return '';
      if (s.code) return `\`${s.text.replace(/`/g, 'ˋ')}\``;
      // Emphasis markers must hug the text: "* word*" is not emphasis in CommonMark.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.text)!;
      let t = mdEscape(core!);
      if (t && s.bold) t = `**${t}**`;
      if (t && s.italic) t = `*${t}*`;
      if (t && s.strike) t = `~~${t}~~`;
      if (t && s.href) t = `[${t}](<${s.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      return `${lead}${t}${trail}`;
    })
    .join('');
}

/** A code fence longer than any run of backticks inside the code, so the code cannot close it. */
const fence = (code: string): string => '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));

function blocksMd(blocks: RichBlock[], claimRef: ClaimRef): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph': {
        const t = spansMd(b.spans, claimRef).trim();
        if (t) out.push(t);
        break;
      }
      case 'heading':
        // Headings inside notes sit below the export's own ### levels.
        out.push(`${'#'.repeat(Math.min(6, b.level + 3))} ${spansMd(b.spans, claimRef).trim()}`);
        break;
      case 'quote':
        out.push(blocksMd(b.blocks, claimRef).join('\n\n').replace(/^/gm, '> '));
        break;
      case 'code': {
        out.push(`${fence(b.text)}\n${b.text}\n${fence(b.text)}`);
        break;
      }
      case 'list':
        out.push(
          b.items
            .map((item, i) => {
              const marker = b.ordered ? `${i + 1}. ` : '- ';
              const body = blocksMd(item, claimRef).join('\n\n');
              return marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
            })
            .join('\n'),
        );
        break;
      case 'rule':
        out.push('---');
        break;
    }
  }
  return out;
}

const mdUrl = (url: string): string => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

const URL_IN_TEXT = /https?:\/\/[^\s<>]*[^\s<>.,;:)]/g;

/** A citation escaped for Markdown, its URLs kept whole as autolinks (escaping would break them). */
const citeMd = (d: ExportDocument): string => {
  const text = citation(d);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    out += mdEscape(text.slice(at, m.index)) + mdUrl(m[0]);
    at = m.index + m[0].length;
  }
  return out + mdEscape(text.slice(at));
};

const quoteMd = (exact: string): string =>
  exact
    .split('\n')
    .map((line) => (line.trim() ? `> ${mdEscape(line)}` : '>'))
    .join('\n');

function docMeta(d: ExportDocument): string {
  const parts = [d.outlet && `*${mdEscape(d.outlet)}*`, d.author && mdEscape(d.author), d.published, d.url && mdUrl(d.url)];
  return parts.filter(Boolean).join(' · ');
}

/** The whole export as Markdown. */
export function toMarkdown(b: ExportBundle, progress?: Progress): string {
  const paths = themePaths(b.themes);
  const docs = new Map(b.documents.map((d) => [d.uid, d]));
  const claims = new Map(b.claims.map((c) => [c.uid, c]));
  const notes = new Footnotes();
  const sourceRef = (uid: string): string => {
    const d = docs.get(uid);
    return d ? `[^${notes.cite(`doc:${uid}`, () => citeMd(d))}]` : '';
  };
  // Annotation notes hold no claim references; arguments number theirs (argumentMd).
  const claimRef: ClaimRef = () => '';
  const sections = documentSections(b);
  const single = sections.find((s) => s.document.uid === b.scope.documentUid)?.document ?? null;
  const title = single?.title ?? exportTitle(b);
  const out: string[] = [
    frontMatter(
      [
        ['title', title],
        ['outlet', single?.outlet],
        ['author', single?.author],
        ['url', single?.url],
        ['published', single?.published],
        ['exported', b.exportedAt],
        ['scope', b.scope.kind === 'project' ? 'project' : `${b.scope.kind}: ${b.scope.label}`],
      ],
      allTags(b, paths),
    ),
    `# ${mdEscape(title)}`,
  ];
  const parts: Record<Part, () => string[]> = {
    documents: () =>
      sections.flatMap(({ document: d, annotations }, i) => {
        const part = single ? [] : [`## ${mdEscape(d.title)}`];
        const meta = docMeta(d);
        if (meta) part.push(meta);
        for (const a of annotations) {
          part.push(quoteMd(a.exact), ...blocksMd(noteBlocks(a.note, a.noteText), claimRef));
          const tags = a.themeUids.map((t) => `#${tagOf(paths.get(t) ?? [])}`).filter((t) => t.length > 1);
          const status = a.anchorStatus === 'orphaned' ? ['*(passage no longer found in the current text)*'] : [];
          if (tags.length || status.length) part.push([...tags, ...status].join(' '));
        }
        progress?.(i + 1, sections.length);
        return part;
      }),
    claims: () => (b.claims.length ? ['## Claims', ...b.claims.flatMap((c) => claimMd(c, docs, sourceRef))] : []),
    arguments: () =>
      b.arguments.length
        ? [
            '## Arguments',
            ...b.arguments.flatMap((a) => argumentMd(a, claims, sourceRef)),
          ]
        : [],
  };
  for (const part of partOrder(b)) out.push(...parts[part]());
  if (notes.notes.length) out.push(notes.notes.map((n) => `[^${n.n}]: ${n.text}`).join('\n'));
  return `${out.join('\n\n')}\n`;
}

/** An argument: its prose with claim references as numbers, then the claims it cites, once each. */
function argumentMd(a: ExportArgument, claims: Map<string, ExportClaim>, sourceRef: (uid: string) => string): string[] {
  const refs = claimReferences(a, claims);
  const number = new Map(refs.map((r) => [r.claimUid, r.n]));
  const out = [
    `### ${mdEscape(a.title)}`,
    ...(a.thesis.trim() ? [`**Thesis:** ${mdEscape(a.thesis.trim())}`] : []),
    ...blocksMd(richBlocks(a.body), (uid) => `\\[${number.get(uid)}\\]`),
  ];
  if (refs.length) out.push('#### Claims cited', refs.map((r) => `- ${referenceMd(r, sourceRef)}`).join('\n'));
  return out;
}

function referenceMd(r: ClaimReference, sourceRef: (uid: string) => string): string {
  const head = `**\\[${r.n}\\]**`;
  if (!r.claim) return `${head} ${MISSING_CLAIM}`;
  const c = r.claim;
  const stance = r.stances.map((s) => ARGUMENT_STANCE[s]).join('; ');
  const evidence = evidenceByStance(c).map(
    (g) => `*${EVIDENCE_STANCE[g.stance]}:* ${g.evidence.map((e) => `“${mdEscape(e.exact.replace(/\s+/g, ' '))}”${sourceRef(e.documentUid)}`).join('; ')}`,
  );
  const facts = `${STATUS_LABEL[c.status]}, credibility ${c.credibility}`;
  return [`${head} ${mdEscape(c.statement)} (${stance}) — ${facts}.`, ...evidence.map((e) => `${e}.`)].join(' ');
}

function claimMd(c: ExportClaim, docs: Map<string, ExportDocument>, sourceRef: (uid: string) => string): string[] {
  const facts = [
    `**Status:** ${STATUS_LABEL[c.status]}`,
    `**Credibility:** ${c.credibility}`,
    c.eventDate && `**Event date:** ${c.eventDate}`,
    `**Independent outlets:** ${independentOutlets(c, docs)}`,
  ].filter(Boolean);
  const out = [`### ${mdEscape(c.statement)}`, facts.join(' · ')];
  if (c.notes.trim()) out.push(mdEscape(c.notes.trim()));
  if (c.evidence.length) {
    out.push(
      c.evidence
        .map((e) => {
          const note = e.note.trim() ? ` — ${mdEscape(e.note.trim())}` : '';
          return `- *${STANCE_LABEL[e.stance]}:* “${mdEscape(e.exact.replace(/\s+/g, ' '))}”${sourceRef(e.documentUid)}${note}`;
        })
        .join('\n'),
    );
  }
  return out;
}
