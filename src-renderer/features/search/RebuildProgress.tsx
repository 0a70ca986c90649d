import { useEffect, useState } from 'react';
import { Button, Group, Progress, Text } from '@mantine/core';
import type { RebuildStatus } from '@common/api/schemas/search';
import { onEvent } from '../../bridge/api';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';

// The search index's rebuild after an update (a migration asks for it): its progress in the
// status bar with Cancel while it runs, and Resume when it was cancelled or interrupted. The
// project stays usable meanwhile; searches say the index is incomplete.

export function RebuildProgress() {
  const { data } = useApiQuery('search.rebuildStatus', {});
  const [live, setLive] = useState<RebuildStatus | null>(null);
  useEffect(() => onEvent('search.rebuild', setLive), []);
  // A status fetched after the last event is newer (a switch of project, a cancel's answer).
  useEffect(() => setLive(null), [data]);
  const status = live ?? data;
  if (!status || status.state === 'done') return null;
  const pct = Math.floor((100 * status.done) / Math.max(1, status.total));
  const running = status.state === 'running';
  const label = running ? `Rebuilding the search index: ${pct}%` : `Search index ${pct}% rebuilt`;
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label="Search index rebuild">
      <Text size="xs" c="dimmed" aria-live="polite">
        {label}
      </Text>
      <Progress value={pct} w={120} size="sm" aria-label="Search index rebuild progress" animated={running} />
      {running ? (
        <Button size="compact-xs" variant="subtle" onClick={() => void mutate('search.rebuildCancel', {})} aria-label="Cancel the search index rebuild">
          Cancel
        </Button>
      ) : (
        <Button size="compact-xs" variant="subtle" onClick={() => void mutate('search.rebuildResume', {})} aria-label="Resume the search index rebuild">
          Resume
        </Button>
      )}
    </Group>
  );
}
