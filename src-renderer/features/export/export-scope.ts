import type { ExportScope } from '@common/api/schemas/export';
import type { ScopePreset } from './export-store';

export type ScopeKind = ExportScope['kind'];

/** The scope part of the form: the kind chosen and the item picked for each kind. */
export interface ScopeState {
  kind: ScopeKind;
  documentUid: string | null;
  documentLabel: string;
  themeUid: string | null;
  argumentUid: string | null;
  refs: ScopePreset & { kind: 'refs' } | null;
}

export function initialScope(preset: ScopePreset | null, openDocument: string | null, last: ExportScope | null): ScopeState {
  const s: ScopeState = { kind: 'project', documentUid: openDocument, documentLabel: '', themeUid: null, argumentUid: null, refs: null };
  if (last?.kind === 'theme') s.themeUid = last.theme;
  if (last?.kind === 'argument') s.argumentUid = last.uid;
  if (!preset) {
    // A remembered theme or argument scope is offered again; a document or hit list only from its view.
    if (last?.kind === 'theme' || last?.kind === 'argument') s.kind = last.kind;
    return s;
  }
  s.kind = preset.kind;
  if (preset.kind === 'document') Object.assign(s, { documentUid: preset.uid, documentLabel: preset.label });
  if (preset.kind === 'theme') s.themeUid = preset.uid;
  if (preset.kind === 'argument') s.argumentUid = preset.uid;
  if (preset.kind === 'refs') s.refs = preset;
  return s;
}

/** The core's scope, or a reason the form cannot export yet. */
export function scopeOf(s: ScopeState): ExportScope | string {
  switch (s.kind) {
    case 'project':
      return { kind: 'project' };
    case 'document':
      return s.documentUid ? { kind: 'document', uid: s.documentUid } : 'Open a document first.';
    case 'theme':
      return s.themeUid ? { kind: 'theme', theme: s.themeUid } : 'Choose a theme.';
    case 'argument':
      return s.argumentUid ? { kind: 'argument', uid: s.argumentUid } : 'Choose an argument.';
    case 'refs':
      return s.refs ? { kind: 'refs', refs: s.refs.refs } : 'There are no search results to export.';
  }
}
