import { Button, Group, MultiSelect, RangeSlider, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ClaimStatus } from '../../../src-main/common/api/schemas/claims';
import { isPartialDate } from '../../../src-main/common/text/partial-date';
import { useApi } from '../../bridge/api';
import { statusOptions } from './claim-labels';
import { NO_FILTER, useClaimFilter } from './claims-filter-store';

const dateError = (s: string): string | undefined => (s.trim() && !isPartialDate(s) ? 'YYYY, YYYY-MM or YYYY-MM-DD' : undefined);

/** Theme, status, outlet, credibility range, event-date range and words of the statement. */
export function ClaimFilters() {
  const { filter, setFilter, clear } = useClaimFilter();
  const { data: themes } = useApi('themes.list', {});
  const { data: outlets } = useApi('outlets.list', {});
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <Stack gap={6} role="search" aria-label="Claim filters">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          size="xs"
          label="Text"
          aria-label="Filter by statement"
          placeholder="Words of the statement"
          value={filter.text}
          onChange={(e) => setFilter({ text: e.currentTarget.value })}
          w={200}
        />
        <Select
          size="xs"
          label="Theme"
          aria-label="Filter by theme"
          clearable
          searchable
          data={(themes ?? []).map((t) => ({ value: t.uid, label: t.name }))}
          value={filter.theme}
          onChange={(theme) => setFilter({ theme })}
          w={170}
        />
        <MultiSelect
          size="xs"
          label="Status"
          aria-label="Filter by status"
          data={statusOptions}
          value={filter.status}
          onChange={(v) => setFilter({ status: v as ClaimStatus[] })}
          w={220}
        />
        <Select
          size="xs"
          label="Outlet"
          aria-label="Filter by outlet"
          clearable
          searchable
          data={(outlets ?? []).map((o) => ({ value: o.uid, label: o.name }))}
          value={filter.outlet}
          onChange={(outlet) => setFilter({ outlet })}
          w={170}
        />
        <TextInput size="xs" label="From" aria-label="Event date from" placeholder="YYYY" value={filter.from} error={dateError(filter.from)} onChange={(e) => setFilter({ from: e.currentTarget.value })} w={100} />
        <TextInput size="xs" label="To" aria-label="Event date to" placeholder="YYYY" value={filter.to} error={dateError(filter.to)} onChange={(e) => setFilter({ to: e.currentTarget.value })} w={100} />
        <Stack gap={2} w={150}>
          <Text size="xs" fw={500}>
            Credibility {filter.credibility[0]}–{filter.credibility[1]}
          </Text>
          <RangeSlider
            size="sm"
            min={1}
            max={6}
            minRange={0}
            step={1}
            value={filter.credibility}
            onChange={(credibility) => setFilter({ credibility })}
            thumbFromLabel="Minimum credibility"
            thumbToLabel="Maximum credibility"
            label={null}
          />
        </Stack>
        {filtered && (
          <Button size="xs" variant="subtle" onClick={clear} aria-label="Clear filters">
            Clear
          </Button>
        )}
      </Group>
    </Stack>
  );
}
