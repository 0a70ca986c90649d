import { Group, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { RATING_LABELS, type AchBoard } from '@common/api/schemas/ach';
import { cellState, rateCell } from './rating-history';

interface Props {
  board: AchBoard;
  row: number;
  col: number;
  /** Back to the grid (Escape, or Enter to save). */
  onDone(): void;
}

/** The note of the current cell: why it is rated so. Saved when it loses the focus or on Enter (Shift+Enter for a new line). */
export const CellNote = forwardRef<HTMLTextAreaElement, Props>(function CellNote({ board, row, col, onDone }, ref) {
  const r = board.rows[row];
  const h = board.hypotheses[col];
  const now = r && h ? cellState(board, r.claimUid, h.uid) : null;
  const [text, setText] = useState(now?.note ?? '');
  // Escape leaves without saving: the blur that follows must not save what was typed.
  const cancelled = useRef(false);
  useEffect(() => setText(now?.note ?? ''), [now?.note, r?.claimUid, h?.uid]);
  if (!r || !h || !now) return null;
  const save = (): void => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (!now.rating || text === now.note) return;
    void rateCell(board, r.claimUid, h.uid, now.rating, text).catch((e: Error) =>
      notifications.show({ color: 'red', title: 'Note not saved', message: e.message }),
    );
  };
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="xs" c="dimmed" w={220} style={{ flexShrink: 0 }}>
        {`${h.label} × ${r.statement.slice(0, 60)}${r.statement.length > 60 ? '…' : ''}: ${now.rating ? RATING_LABELS[now.rating] : 'not rated'}`}
      </Text>
      <Textarea
        ref={ref}
        aria-label="Note on this rating"
        placeholder={now.rating ? 'Why this rating (Enter saves)' : 'Rate the cell first (C, I, N or A)'}
        disabled={!now.rating}
        autosize
        minRows={1}
        maxRows={4}
        style={{ flex: 1 }}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
            e.preventDefault();
            // Leaving the field saves (on blur); Escape puts the note back first.
            if (e.key === 'Escape') {
              cancelled.current = true;
              setText(now.note);
            }
            onDone();
          }
        }}
      />
    </Group>
  );
});
