import { Button, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { mutate } from '../../bridge/mutate';
import { DialogFooter } from '../../ui/DialogFooter';
import { useAch } from './ach-store';

/** A board for one question, with its first hypotheses (one a line); more can be added later. */
export function NewBoardDialog({ onClose }: { onClose(): void }) {
  const [question, setQuestion] = useState('');
  const [hypotheses, setHypotheses] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = async (): Promise<void> => {
    try {
      const labels = hypotheses.split('\n').map((l) => l.trim()).filter(Boolean);
      const board = await mutate('ach.create', { question: question.trim(), hypotheses: labels });
      useAch.getState().open(board.uid);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title="New hypothesis board">
      <form
        aria-label="New hypothesis board"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Stack gap="sm">
          <TextInput label="Question" aria-label="Question" placeholder="Why were drones moved to the border?" data-autofocus required value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)} />
          <Textarea label="Hypotheses" aria-label="Hypotheses, one a line" description="One a line: the competing explanations" autosize minRows={3}
            value={hypotheses} onChange={(e) => setHypotheses(e.currentTarget.value)} />
          <DialogFooter error={error} failure="Board not created" onCancel={onClose}>
            <Button type="submit" disabled={!question.trim()}>
              Create board
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </Modal>
  );
}
