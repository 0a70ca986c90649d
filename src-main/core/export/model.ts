import type { Node as PmNode } from '@tiptap/pm/model';
import type { OutletKind } from '@common/api/schemas/outlets';
import type { AuthorKind } from '@common/text/author-names';

// Plain data every export format is written from. collect.ts fills it from the database;
// the format writers never touch SQL, so they can be tested on in-memory bundles.

export type Stance = 'supports' | 'contradicts' | 'context';

export interface ExportDocument {
  uid: string;
  title: string;
  outlet: string | null;
  outletGrade: string | null;
  outletKind: OutletKind | null;
  author: string | null;
  authorKind: AuthorKind;
  url: string | null;
  published: string | null;
  retrievedAt: string | null;
  language: string | null;
  origin: string;
  /** The current version's canonical text. */
  text: string;
  blocks: { kind: 'heading' | 'paragraph' | 'list_item' | 'caption'; level: number | null; start: number; end: number }[];
  /** Document variables ("Country" = "Azerbaijan"), by variable uid. */
  variables: { variableUid: string; value: string }[];
}

export const VARIABLE_TYPES = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface ExportVariable {
  uid: string;
  name: string;
  type: VariableType;
  description: string;
}

/** A collection of documents and themes (a REFI-QDA Set), with its members in scope. */
export interface ExportCollection {
  uid: string;
  name: string;
  description: string;
  documentUids: string[];
  themeUids: string[];
}

export interface ExportTheme {
  uid: string;
  name: string;
  parentUid: string | null;
  color: string;
  description: string;
}

export interface ExportAnnotation {
  uid: string;
  documentUid: string;
  /** UTF-16 offsets into the document's text; trustworthy only when `positioned`. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** The note as a document, or null when there is none or it does not fit the schema (then `noteText` stands). */
  note: RichDoc | null;
  noteText: string;
  anchorStatus: 'exact' | 'reanchored' | 'orphaned';
  /** True when the offsets point at `exact` in the current text (not orphaned, not on an old version). */
  positioned: boolean;
  themeUids: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportEvidence {
  annotationUid: string;
  documentUid: string;
  exact: string;
  stance: Stance;
  note: string;
}

export interface ExportClaim {
  uid: string;
  statement: string;
  eventDate: string | null;
  status: 'open' | 'corroborated' | 'disputed' | 'refuted';
  credibility: number;
  notes: string;
  evidence: ExportEvidence[];
}

export interface ExportArgument {
  uid: string;
  title: string;
  thesis: string;
  body: RichDoc;
  bodyText: string;
}

/** Saved rich text (a note, an argument body) read against the editors' schema. */
export type RichDoc = PmNode;

export type ScopeKind = 'project' | 'document' | 'theme' | 'argument' | 'refs';

export interface ExportBundle {
  projectName: string;
  exportedAt: string;
  /** documentUid: the document a document scope is about. */
  scope: { kind: ScopeKind; label: string; documentUid?: string };
  /** Documents with annotations in scope, and those cited by the claims in scope. */
  documents: ExportDocument[];
  /** The themes the annotations use, with their ancestors (every theme for a project scope). */
  themes: ExportTheme[];
  annotations: ExportAnnotation[];
  claims: ExportClaim[];
  arguments: ExportArgument[];
  /** Collections with at least one member in scope; variables used by the documents in scope. */
  collections: ExportCollection[];
  variables: ExportVariable[];
}

export interface ExportCounts {
  documents: number;
  themes: number;
  annotations: number;
  claims: number;
  arguments: number;
}

export const countsOf = (b: ExportBundle): ExportCounts => ({
  documents: b.documents.length,
  themes: b.themes.length,
  annotations: b.annotations.length,
  claims: b.claims.length,
  arguments: b.arguments.length,
});

/** Reports how far a long export has come (documents written so far). */
export type Progress = (done: number, total: number) => void;
