import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../../bridge/use-api-query';
import { ClaimDrawer } from './ClaimDrawer';
import { ClaimFilters } from './ClaimFilters';
import { claimFilterInput } from './claim-query';
import { useClaimFilter } from './claims-filter-store';
import { useClaimsUi } from './claims-store';
import { ClaimTable } from './ClaimTable';
import { ClaimTimeline } from './ClaimTimeline';
import { NewClaimModal } from './NewClaimModal';

/** Sidebar › Claims: the filtered table or timeline of claims; a claim opens its page in a drawer. */
export function ClaimsView() {
  const { filter, sort, direction, sortBy } = useClaimFilter();
  const [debounced] = useDebouncedValue(filter, 200);
  const input = claimFilterInput(debounced);
  const [tab, setTab] = useState<string | null>('table');
  const [creating, setCreating] = useState(false);
  const { data: claims, error } = useApiQuery('claims.list', { ...input, sort, direction });
  const { data: timeline } = useApiQuery('claims.timeline', input, { enabled: tab === 'timeline' });
  const open = useClaimsUi((s) => s.open);

  return (
    <Stack p="md" gap="sm" h="100%" style={{ minHeight: 0 }}>
      <Group justify="space-between">
        <Title order={2}>Claims</Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite">
            {claims ? `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}` : ''}
          </Text>
          <Button size="xs" onClick={() => setCreating(true)} aria-label="New claim">
            New claim
          </Button>
        </Group>
      </Group>
      <ClaimFilters />
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Tabs.List>
          <Tabs.Tab value="table">Table</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="table" pt="xs" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
          <ClaimTable claims={claims ?? []} sort={sort} direction={direction} onSort={sortBy} onOpen={open} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          {timeline && <ClaimTimeline data={timeline} onOpen={open} />}
        </Tabs.Panel>
      </Tabs>
      <ClaimDrawer />
      {creating && <NewClaimModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
