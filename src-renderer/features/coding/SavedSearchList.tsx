import { ActionIcon, Group, NavLink, Text } from '@mantine/core';
import { SidebarSection } from '../../ui/SidebarSection';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { runSavedSearch } from './search-spec';

/** The sidebar's saved searches, each with its count as of now; a click runs it. */
export function SavedSearchList() {
  const { data } = useApiQuery('savedSearches.list', {});
  if (!data?.length) return null;
  return (
    <SidebarSection title="Saved searches" label="Saved searches">
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
    </SidebarSection>
  );
}
