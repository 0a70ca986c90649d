import { Button, Group, NavLink, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../bridge/use-api-query';
import { useAch } from './ach-store';
import { BoardView } from './BoardView';
import { NewBoardDialog } from './NewBoardDialog';

/** Analysis › Competing hypotheses: the boards (one per question) and the open one; on a narrow window the list is a select. */
export function HypothesesPanel() {
  const { data: boards } = useApiQuery('ach.list', {});
  const chosen = useAch((s) => s.board);
  const [creating, setCreating] = useState(false);
  // The last board opened, else the most recently changed one.
  const current = boards?.some((b) => b.uid === chosen) ? chosen : (boards?.[0]?.uid ?? null);
  const open = (uid: string | null): void => useAch.getState().open(uid);
  const newBoard = (
    <Button size="xs" variant="light" onClick={() => setCreating(true)}>
      New board…
    </Button>
  );
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Title order={3} size="h5">
          Competing hypotheses
        </Title>
        <Select hiddenFrom="lg" size="xs" aria-label="Hypothesis board" placeholder="No boards yet" w={360} value={current} allowDeselect={false}
          data={(boards ?? []).map((b) => ({ value: b.uid, label: b.question }))} onChange={open} />
        <Group hiddenFrom="lg">{newBoard}</Group>
      </Group>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Stack gap={4} w={240} style={{ flexShrink: 0 }} visibleFrom="lg">
          {newBoard}
          <ScrollArea.Autosize mah="60vh">
            <Stack gap={0} component="nav" aria-label="Hypothesis boards">
              {boards?.length === 0 && (
                <Text size="sm" c="dimmed" p="xs">
                  No boards yet. A board weighs competing explanations of one question against the project’s claims (Heuer’s ACH).
                </Text>
              )}
              {boards?.map((b) => (
                <NavLink
                  key={b.uid}
                  component="button"
                  label={b.question}
                  description={`${b.hypotheses} hypotheses · ${b.claims} claims`}
                  active={b.uid === current}
                  aria-current={b.uid === current ? 'page' : undefined}
                  onClick={() => open(b.uid)}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
        {current ? <BoardView uid={current} /> : <Text c="dimmed">No boards yet: create one to weigh competing explanations of a question against the project’s claims.</Text>}
      </Group>
      {creating && <NewBoardDialog onClose={() => setCreating(false)} />}
    </Stack>
  );
}
