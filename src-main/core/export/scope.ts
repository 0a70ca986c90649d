import type { ExportScope } from '@common/api/schemas/export';
import { resolveRef } from '../data/resolve';
import { documentRow } from '../library/documents';
import type { Project } from '../session';
import { findThemeByName, themeRow } from '../themes/themes';
import { preparedValue } from '../data/statements';

// Which rows an export scope covers, as sets of row ids: a document with its annotations, a
// theme with its sub-themes' annotations, an argument with its claims and their evidence,
// or a list of items (search results). Claims whose evidence lies in scope come along.

export interface Selection {
  label: string;
  documentUid?: string;
  all: boolean;
  documents: Set<number>;
  annotations: Set<number>;
  claims: Set<number>;
  arguments: Set<number>;
  themeRoots: number[];
}

export const ids = (s: Iterable<number>): string => JSON.stringify([...s]);
const col = (p: Project, sql: string, ...args: unknown[]): number[] =>
  (preparedValue(p, sql).all(...args) as number[]);

function resolveTheme(p: Project, ref: string): { id: number; name: string } {
  try {
    return themeRow(p, ref);
  } catch (err) {
    const byName = findThemeByName(p, ref);
    if (!byName) throw err;
    return byName;
  }
}

function addArgument(p: Project, sel: Selection, argumentId: number): void {
  sel.arguments.add(argumentId);
  const claimIds = col(p, 'SELECT c.id FROM argument_claims ac JOIN claims c ON c.uid = ac.claim_uid WHERE ac.argument_id = ?', argumentId);
  for (const id of claimIds) addClaim(p, sel, id);
}

function addClaim(p: Project, sel: Selection, claimId: number): void {
  sel.claims.add(claimId);
  for (const id of col(p, 'SELECT annotation_id FROM claim_evidence WHERE claim_id = ?', claimId)) sel.annotations.add(id);
}

export function select(p: Project, scope: ExportScope): Selection {
  const sel: Selection = {
    label: 'whole project',
    all: false,
    documents: new Set(),
    annotations: new Set(),
    claims: new Set(),
    arguments: new Set(),
    themeRoots: [],
  };
  switch (scope.kind) {
    case 'project':
      sel.all = true;
      break;
    case 'document': {
      const d = documentRow(p, scope.uid);
      sel.label = d.title;
      sel.documentUid = d.uid;
      sel.documents.add(d.id);
      for (const id of col(p, 'SELECT id FROM annotations WHERE document_id = ?', d.id)) sel.annotations.add(id);
      break;
    }
    case 'theme': {
      const t = resolveTheme(p, scope.theme);
      sel.label = `theme ${t.name}`;
      sel.themeRoots.push(t.id);
      const annotationIds = col(
        p,
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)
         SELECT DISTINCT at.annotation_id FROM annotation_themes at JOIN sub ON sub.id = at.theme_id`,
        t.id,
      );
      for (const id of annotationIds) sel.annotations.add(id);
      break;
    }
    case 'argument': {
      const id = resolveRef(p, 'argument', scope.uid).id;
      sel.label = (preparedValue(p, 'SELECT title FROM arguments WHERE id = ?').get(id) as string) || 'argument';
      addArgument(p, sel, id);
      break;
    }
    case 'refs': {
      sel.label = `${scope.refs.length} selected items`;
      for (const ref of scope.refs) {
        if (ref.kind === 'document' || ref.kind === 'passage') {
          const d = documentRow(p, ref.uid);
          sel.documents.add(d.id);
          for (const id of col(p, 'SELECT id FROM annotations WHERE document_id = ?', d.id)) sel.annotations.add(id);
        } else if (ref.kind === 'annotation') sel.annotations.add(resolveRef(p, 'annotation', ref.uid).id);
        else if (ref.kind === 'claim') addClaim(p, sel, resolveRef(p, 'claim', ref.uid).id);
        else addArgument(p, sel, resolveRef(p, 'argument', ref.uid).id);
      }
      break;
    }
  }
  if (scope.kind === 'document' || scope.kind === 'theme') {
    // Claims whose evidence lies in the scope come along with it.
    const claimIds = col(p, 'SELECT DISTINCT claim_id FROM claim_evidence WHERE annotation_id IN (SELECT value FROM json_each(?))', ids(sel.annotations));
    for (const id of claimIds) sel.claims.add(id);
  }
  return sel;
}
