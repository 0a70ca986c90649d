import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import type { ClaimSummary } from '@common/api/schemas/claims';
import { claimSearch } from '../claims/claim-search';
import type { MentionState } from './claim-mention';

/**
 * The state behind the "@" picker: what is typed, the matching claims, the highlighted one, and
 * the key handler the editor plugin calls (it runs outside React, so it reads refs).
 */
export function useClaimMention(claims: readonly ClaimSummary[]) {
  const [mention, setMention] = useState<MentionState | null>(null);
  const [active, setActive] = useState(0);
  const find = useMemo(() => claimSearch(claims), [claims]);
  // A typo'd query over thousands of claims takes fuse tens of milliseconds: keep typing ahead of it.
  const query = useDeferredValue(mention?.query ?? null);
  const found = useMemo(() => (query === null ? [] : find(query, 8)), [find, query]);
  const editorRef = useRef<Editor | null>(null);
  const latest = useRef({ mention, found, active });
  useLayoutEffect(() => {
    latest.current = { mention, found, active };
  });

  const pick = useCallback((claim: ClaimSummary): void => {
    const { mention: m } = latest.current;
    const editor = editorRef.current;
    if (!m || !editor) return;
    editor.chain().focus().insertClaimRef({ claimUid: claim.uid, stance: 'supports' }, { from: m.from, to: m.to }).run();
  }, []);

  const onChange = useCallback((m: MentionState | null) => {
    setMention(m);
    setActive(0);
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent): boolean => {
      const { found: list, active: i } = latest.current;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (list.length) setActive((i + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length);
        return true;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && list[i]) {
        pick(list[i]);
        return true;
      }
      return false;
    },
    [pick],
  );

  return { mention, found, active, setActive, pick, onChange, onKeyDown, editorRef };
}
