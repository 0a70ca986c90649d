import { ActionIcon, Group, NavLink, Stack, Text } from '@mantine/core';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { runSavedSearch } from './search-spec';

/** The sidebar's saved searches, each with its count as of now; a click runs it. */
export function SavedSearchList() {
  const { data } = useApiQuery('savedSearches.list', {});
  if (!data?.length) return null;
  return (
    <Stack gap={0} mt="sm" role="region" aria-label="Saved searches">
      <Text size="xs" c="dimmed" px="xs" pb={4} fw={600}>
        Saved searches
      </Text>
      {data.map((s) => (
        <Group key={s.uid} gap={0} wrap="nowrap">
          <NavLink
            component="button"
            label={s.name}
            aria-label={`Saved search ${s.name}, ${s.count}${s.countExact ? '' : '+'} results`}
            onClick={() => runSavedSearch(s.search)}
            rightSection={<Text size="xs" c="dimmed">{`${s.count}${s.countExact ? '' : '+'}`}</Text>}
            style={{ flex: 1 }}
          />
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Delete saved search ${s.name}`}
            onClick={() => void mutate('savedSearches.delete', { uid: s.uid })}>
            ×
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
