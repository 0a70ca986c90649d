import { Badge, Group, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ClaimSummary } from '@common/api/schemas/claims';
import { shorten, STATUS_COLORS, STATUS_LABELS } from './claim-labels';
import { claimSearch } from './claim-search';

interface Props {
  claims: readonly ClaimSummary[];
  value: string | null;
  onChange(uid: string): void;
}

/** A search box over claim statements (typo-tolerant, folded) and the best matches to choose from. */
export function ClaimPicker({ claims, value, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const find = useMemo(() => claimSearch(claims), [claims]);
  const deferred = useDeferredValue(query);
  const found = useMemo(() => find(deferred, 20), [find, deferred]);
  const onKey = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : -1) + found.length) % Math.max(1, found.length));
    } else if (e.key === 'Enter' && found[active]) {
      e.preventDefault();
      onChange(found[active]!.uid);
    }
  };
  return (
    <Stack gap={4}>
      <TextInput
        label="Find a claim"
        aria-label="Find a claim"
        placeholder="Words of the statement"
        value={query}
        data-autofocus
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ScrollArea.Autosize mah={260}>
        <Stack role="listbox" aria-label="Claims" gap={2}>
          {found.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {claims.length === 0 ? 'There are no claims yet.' : 'No claim matches.'}
            </Text>
          )}
          {found.map((c, i) => (
            <UnstyledButton
              key={c.uid}
              role="option"
              aria-selected={c.uid === value}
              aria-label={c.statement}
              onClick={() => onChange(c.uid)}
              onMouseEnter={() => setActive(i)}
              p="xs"
              style={{
                borderRadius: 4,
                background: c.uid === value ? 'var(--mantine-primary-color-light)' : i === active ? 'var(--mantine-color-default-hover)' : undefined,
              }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{shorten(c.statement, 110)}</Text>
                <Badge size="xs" variant="light" color={STATUS_COLORS[c.status]} style={{ flexShrink: 0 }}>
                  {STATUS_LABELS[c.status]}
                </Badge>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
