import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import type { Evidence } from '@common/api/schemas/claims';
import { claimKeys } from '../../commands/registry';
import { moved, reorderEvidence } from './evidence-order';
import { EvidenceItem } from './EvidenceItem';

const DRAG_TYPE = 'application/x-dossier-evidence';

/** Alt+↑/↓ on a focused evidence row moves it (the catalog's next/previous annotation keys elsewhere). */
const isMoveKey = (e: KeyboardEvent | React.KeyboardEvent): boolean =>
  e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown');
const onRow = (t: EventTarget | null): t is HTMLElement => t instanceof HTMLElement && t.hasAttribute('data-evidence-row');

/** A claim's evidence in its order: move buttons, Alt+↑/↓ on a focused row, and drag and drop. */
export function EvidenceList({ claim, evidence, onJump }: { claim: string; evidence: readonly Evidence[]; onJump(): void }) {
  const order = evidence.map((e) => e.annotation.uid);
  const [dragged, setDragged] = useState<string | null>(null);
  // The row moved by the keyboard keeps the focus once the list is drawn in its new order.
  const refocus = useRef<string | null>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => claimKeys((e) => isMoveKey(e) && onRow(e.target)), []);
  useEffect(() => {
    const uid = refocus.current;
    if (!uid) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-evidence-row="${CSS.escape(uid)}"]`);
    if (row && document.activeElement !== row) row.focus();
  });

  const move = (uid: string, to: number): void => {
    const from = order.indexOf(uid);
    if (from < 0 || to < 0 || to >= order.length || to === from) return;
    refocus.current = uid;
    reorderEvidence(claim, order, moved(order, from, to)).catch((e: Error) =>
      notifications.show({ color: 'red', title: 'Evidence not moved', message: e.message }),
    );
  };

  return (
    <Stack gap="xs" role="list" aria-label="Evidence" ref={list}>
      {evidence.map((e, i) => (
        <EvidenceItem
          key={e.annotation.uid}
          claim={claim}
          e={e}
          onJump={onJump}
          place={{ index: i, count: evidence.length }}
          onMove={(dir) => move(e.annotation.uid, i + dir)}
          rowProps={{
            'data-evidence-row': e.annotation.uid,
            tabIndex: 0,
            'aria-keyshortcuts': 'Alt+ArrowUp Alt+ArrowDown',
            onKeyDown: (k) => {
              if (k.target !== k.currentTarget || !isMoveKey(k)) return;
              k.preventDefault();
              move(e.annotation.uid, i + (k.key === 'ArrowUp' ? -1 : 1));
            },
            onDragOver: (d) => {
              if (dragged && d.dataTransfer.types.includes(DRAG_TYPE)) d.preventDefault();
            },
            onDrop: (d) => {
              if (!dragged) return;
              d.preventDefault();
              move(dragged, i);
              setDragged(null);
            },
            style: { opacity: dragged === e.annotation.uid ? 0.5 : undefined },
          }}
          handleProps={{
            draggable: true,
            onDragStart: (d) => {
              d.dataTransfer.setData(DRAG_TYPE, e.annotation.uid);
              d.dataTransfer.effectAllowed = 'move';
              setDragged(e.annotation.uid);
            },
            onDragEnd: () => setDragged(null),
          }}
        />
      ))}
    </Stack>
  );
}
