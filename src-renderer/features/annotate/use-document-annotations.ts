import { useEffect, useMemo } from 'react';
import type { Annotation } from '@common/api/schemas/annotations';
import { useApiQuery } from '../../bridge/use-api-query';
import { useAnnotate } from './annotate-store';
import { filterSet, passes, placed } from './annotation-marks';

const EMPTY: Annotation[] = [];

/** One document's annotations split for the reader: shown (placed and passing the theme filter) and orphaned. */
export function useDocumentAnnotations(documentUid: string, version: number | undefined) {
  const { data: page } = useApiQuery('annotations.list', { document: documentUid, limit: 10_000 });
  const { data: themes } = useApiQuery('themes.list', {});
  const filter = useAnnotate((s) => s.filter);
  // Until the new list arrives, the hook still holds the previous document's.
  const all = useMemo(() => (page?.items ?? EMPTY).filter((a) => a.documentUid === documentUid), [page, documentUid]);
  const split = useMemo(() => {
    const set = filterSet(themes ?? [], filter);
    const current = version ?? 0;
    return {
      visible: all.filter((a) => placed(a, current) && passes(a, set)),
      orphans: all.filter((a) => !placed(a, current)),
    };
  }, [all, themes, filter, version]);
  useEffect(() => useAnnotate.getState().setOrder(split.visible.map((a) => a.uid)), [split.visible]);
  return { all, themes: themes ?? [], ...split };
}
