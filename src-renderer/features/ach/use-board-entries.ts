import { useMemo } from 'react';
import { fold } from '@common/text/fold';
import { useApiQuery } from '../../bridge/use-api-query';
import type { PaletteEntry } from '../search/palette-sources';
import { openBoards } from './open-board';

/** The palette's hypothesis boards, by question. */
export function useBoardEntries(): PaletteEntry[] {
  const { data } = useApiQuery('ach.list', {});
  return useMemo(
    () => (data ?? []).map((b) => ({ id: `board:${b.uid}`, title: b.question, group: 'Hypothesis board', folded: fold(b.question), run: () => openBoards(b.uid) })),
    [data],
  );
}
