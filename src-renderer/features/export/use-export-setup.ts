import { useMemo } from 'react';
import type { ExportScope } from '@common/api/schemas/export';
import { useApiQuery } from '../../bridge/use-api-query';
import type { Named } from './ExportScopeField';

export interface LastExport {
  format: string;
  csv?: string;
  scope: ExportScope | null;
  path: string;
}

/** settings 'export.last' as the core saved it; anything unreadable counts as no last export. */
export function parseLast(raw: string | null | undefined): LastExport | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<LastExport>;
    return typeof v.format === 'string' && typeof v.path === 'string' ? { format: v.format, csv: v.csv, scope: v.scope ?? null, path: v.path } : null;
  } catch {
    return null;
  }
}

/** What the Export form needs before it can show defaults: the project, the last choices, themes and arguments. */
export function useExportSetup() {
  const info = useApiQuery('project.info', {});
  const last = useApiQuery('settings.get', { key: 'export.last' });
  const themes = useApiQuery('themes.list', {});
  const args = useApiQuery('arguments.list', {});
  const themeList = useMemo<Named[]>(() => (themes.data ?? []).map((t) => ({ uid: t.uid, name: t.name })), [themes.data]);
  const argList = useMemo<Named[]>(() => (args.data ?? []).map((a) => ({ uid: a.uid, name: a.title || 'Untitled argument' })), [args.data]);
  const ready = info.data !== undefined && (last.data !== undefined || last.error !== null);
  return { ready, info: info.data, last: parseLast(last.data), themes: themeList, args: argList };
}
