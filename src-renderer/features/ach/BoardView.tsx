import { Button, Group, Menu, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { AchBoard } from '@common/api/schemas/ach';
import { api } from '../../bridge/api';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { useUi } from '../../state/ui-store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextDialog } from '../../ui/TextDialog';
import { useArgumentsUi } from '../arguments/arguments-store';
import { saveBlob } from '../export/download';
import { AchGrid } from './AchGrid';
import { AddClaimsDialog } from './AddClaimsDialog';
import { useAch, type BoardMode } from './ach-store';
import { CellNote } from './CellNote';
import { SensitivityTable } from './SensitivityTable';

type Dialog =
  | { kind: 'rename' }
  | { kind: 'delete' }
  | { kind: 'addHypothesis' }
  | { kind: 'addClaims' }
  | { kind: 'renameHypothesis'; uid: string; label: string }
  | { kind: 'removeHypothesis'; uid: string; label: string };

const FORMATS = [
  { format: 'markdown', label: 'Markdown', type: 'text/markdown' },
  { format: 'html', label: 'HTML', type: 'text/html' },
  { format: 'csv', label: 'CSV', type: 'text/csv' },
] as const;

const failed = (title: string) => (e: Error) => notifications.show({ color: 'red', title, message: e.message });

async function exportBoard(uid: string, f: (typeof FORMATS)[number]): Promise<void> {
  const { name, text } = await api('ach.export', { uid, format: f.format });
  saveBlob(name, new Blob([text], { type: f.type }));
}

async function intoArgument(uid: string): Promise<void> {
  const arg = await mutate('ach.toArgument', { uid });
  useArgumentsUi.getState().open(arg.uid);
  useUi.getState().setView('arguments');
  notifications.show({ message: `Argument “${arg.title}” made from the board.` });
}

function Legend() {
  return (
    <Text size="xs" c="dimmed">
      Keys on a cell: arrows move · C consistent · I inconsistent · N neutral · A not applicable (or 1–4) · Delete clears · Enter writes a note ·
      Ctrl+Z / Ctrl+Shift+Z undo and redo. ◆ diagnostic: the claim separates the hypotheses. Scores weigh each inconsistency by the claim’s
      corroboration (1 with two or more independent origins, 0.5 with one, 0.25 with none); the lowest leads.
    </Text>
  );
}

/** One board: its question, the rating grid or the sensitivity view, and what can be done with it. */
export function BoardView({ uid }: { uid: string }) {
  const { data: board, error } = useApiQuery('ach.get', { uid });
  const mode = useAch((s) => s.mode);
  const cell = useAch((s) => s.cell);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const note = useRef<HTMLTextAreaElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  if (error) return <Text c="red">{error}</Text>;
  if (!board || board.uid !== uid) return <Text c="dimmed">Loading…</Text>;
  const close = (): void => setDialog(null);
  const backToGrid = (): void => grid.current?.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
  const leader = board.hypotheses.find((h) => h.uid === board.leader);
  return (
    <Stack gap="sm" style={{ minWidth: 0, flex: 1 }} role="region" aria-label={`Board: ${board.question}`}>
      <Stack gap={2}>
        <Title order={3}>{board.question}</Title>
        <Text size="sm" c="dimmed" role="status" aria-label="Leading hypothesis">
          {board.hypotheses.length === 0 || board.rows.length === 0
            ? 'Add hypotheses and claims, then rate each claim against each hypothesis.'
            : leader
              ? `Least inconsistent: ${leader.label} (${leader.weightedInconsistency.toFixed(2)})`
              : 'No single least inconsistent hypothesis yet.'}
        </Text>
      </Stack>
      <Group gap={6} justify="space-between">
        <SegmentedControl
          aria-label="Board view"
          size="xs"
          value={mode}
          onChange={(v) => useAch.getState().setMode(v as BoardMode)}
          data={[
            { value: 'matrix', label: 'Ratings' },
            { value: 'sensitivity', label: 'Sensitivity' },
          ]}
        />
        <Group gap={6}>
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'addHypothesis' })}>
            Add hypothesis…
          </Button>
          <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'addClaims' })}>
            Add claims…
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="xs" variant="default" aria-label="Export board">
                Export
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {FORMATS.map((f) => (
                <Menu.Item key={f.format} onClick={() => void exportBoard(board.uid, f).catch(failed('Not exported'))}>
                  {f.label}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item onClick={() => void intoArgument(board.uid).catch(failed('No argument made'))}>Into an argument</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="xs" variant="subtle" aria-label="Board actions">
                ⋯
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setDialog({ kind: 'rename' })}>Rename…</Menu.Item>
              <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete' })}>
                Delete…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {mode === 'matrix' ? (
        <>
          <div ref={grid}>
            {board.rows.length === 0 && board.hypotheses.length === 0 ? (
              <Text c="dimmed">This board is empty.</Text>
            ) : (
              <AchGrid board={board} onEditNote={() => note.current?.focus()}
                onHypothesis={(action, h) => setDialog({ kind: action === 'rename' ? 'renameHypothesis' : 'removeHypothesis', ...h })} />
            )}
          </div>
          {board.rows.length > 0 && board.hypotheses.length > 0 && (
            <CellNote ref={note} board={board} row={Math.min(cell.row, board.rows.length - 1)} col={Math.min(cell.col, board.hypotheses.length - 1)} onDone={backToGrid} />
          )}
          <Legend />
        </>
      ) : (
        <SensitivityTable board={board} />
      )}
      <BoardDialogs board={board} dialog={dialog} onClose={close} />
    </Stack>
  );
}

function BoardDialogs({ board, dialog, onClose }: { board: AchBoard; dialog: Dialog | null; onClose(): void }) {
  const run = (p: Promise<unknown>, failure: string): void => void p.then(onClose, failed(failure));
  switch (dialog?.kind) {
    case 'rename':
      return <TextDialog title="Rename board" label="Question" initial={board.question} action="Rename"
        onSubmit={(question) => run(mutate('ach.update', { uid: board.uid, question }), 'Not renamed')} onClose={onClose} />;
    case 'delete':
      return <ConfirmDialog action="Delete board" keepLabel="Keep board" onClose={onClose}
        message={`“${board.question}” will be deleted with its hypotheses and ratings. The claims stay in the project.`}
        onConfirm={() => run(mutate('ach.delete', { uid: board.uid }).then(() => useAch.getState().open(null)), 'Not deleted')} />;
    case 'addHypothesis':
      return <TextDialog title="Add hypothesis" label="Hypothesis" initial="" action="Add"
        onSubmit={(label) => run(mutate('ach.addHypothesis', { board: board.uid, label }), 'Not added')} onClose={onClose} />;
    case 'renameHypothesis':
      return <TextDialog title="Rename hypothesis" label="Hypothesis" initial={dialog.label} action="Rename"
        onSubmit={(label) => run(mutate('ach.renameHypothesis', { uid: dialog.uid, label }), 'Not renamed')} onClose={onClose} />;
    case 'removeHypothesis':
      return <ConfirmDialog action="Remove hypothesis" keepLabel="Keep hypothesis" onClose={onClose}
        message={`“${dialog.label}” and its ratings will be removed from the board.`}
        onConfirm={() => run(mutate('ach.removeHypothesis', { uid: dialog.uid }), 'Not removed')} />;
    case 'addClaims':
      return <AddClaimsDialog board={board} onClose={onClose} />;
    default:
      return null;
  }
}
