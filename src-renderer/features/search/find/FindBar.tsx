import { ActionIcon, CloseButton, Group, Paper, Text, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useFind } from './find-store';

/** Browser-style find bar: Enter next, Shift+Enter previous, Escape closes. */
export function FindBar() {
  const open = useFind((s) => s.open);
  const { count, current, capped, step: onStep } = useFind();
  const query = useFind((s) => s.query);
  const setQuery = useFind((s) => s.setQuery);
  const close = useFind((s) => s.close);
  const request = useFind((s) => s.request);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [request]);

  if (!open) return null;
  const status = !query.trim() ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}${capped ? '+' : ''}`;
  return (
    <Paper shadow="md" withBorder p={6} radius="md" className="find-bar" role="search" aria-label="Find bar">
      <Group gap={6} wrap="nowrap">
        <TextInput
          ref={input}
          size="xs"
          w={220}
          aria-label="Find in document"
          placeholder="Find in document"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
            else if (e.key === 'Escape') close();
            else return;
            // Escape here must not also leave the reader.
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        <Text size="xs" c="dimmed" w={80} role="status" aria-label="Find matches">
          {status}
        </Text>
        <ActionIcon variant="subtle" size="sm" aria-label="Previous match" disabled={count === 0} onClick={() => onStep(-1)}>
          ↑
        </ActionIcon>
        <ActionIcon variant="subtle" size="sm" aria-label="Next match" disabled={count === 0} onClick={() => onStep(1)}>
          ↓
        </ActionIcon>
        <CloseButton size="sm" aria-label="Close find" onClick={close} />
      </Group>
    </Paper>
  );
}
