import { Badge, Button, CloseButton, Group, Paper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AliasGroup } from '@common/api/schemas/search';
import { deleteGroup, setNames, splitNames } from './alias-ops';
import { notifyUndoable } from './alias-history';

/** One group: its names (remove one with its ×), a box to add names, and Delete group. */
export function AliasGroupCard({ group }: { group: AliasGroup }) {
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = group.names[0]!;
  const lastTwo = group.names.length <= 2;

  const run = (work: () => Promise<unknown>): void => {
    setBusy(true);
    setError(null);
    work()
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  const add = (): void => {
    const names = splitNames(adding);
    if (names.length === 0) return setError('Type a name to add.');
    run(async () => {
      await setNames(group, [...group.names, ...names], `Add ${names.join(', ')} to ${first}`);
      setAdding('');
    });
  };
  const remove = (name: string): void =>
    run(async () => {
      await setNames(group, group.names.filter((n) => n !== name), `Remove ${name} from ${first}`);
      notifyUndoable(`Removed “${name}” from ${first}.`);
    });
  const drop = (): void =>
    run(async () => {
      await deleteGroup(group);
      notifyUndoable(`Deleted the group ${first}.`);
    });

  return (
    <Paper withBorder p="xs" role="group" aria-label={`Alias group ${first}`}>
      <Group gap={6} align="center" wrap="wrap">
        {group.names.map((n) => (
          <Badge
            key={n}
            size="lg"
            variant="light"
            color="gray"
            style={{ textTransform: 'none' }}
            rightSection={
              lastTwo ? undefined : (
                <CloseButton size="xs" aria-label={`Remove “${n}” from this group`} disabled={busy} onClick={() => remove(n)} />
              )
            }
            title={lastTwo ? 'A group keeps at least two names: delete the group instead' : undefined}
          >
            {n}
          </Badge>
        ))}
        <TextInput
          size="xs"
          w={180}
          placeholder="Add a name…"
          aria-label={`Add a name to the group ${first}`}
          value={adding}
          disabled={busy}
          onChange={(e) => {
            setAdding(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button size="compact-xs" variant="subtle" color="red" aria-label={`Delete the group ${first}`} onClick={drop} disabled={busy} ml="auto">
          Delete group
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}
