import { Button, Group, MultiSelect, RangeSlider, Stack, Text, TextInput } from '@mantine/core';
import type { ClaimStatus } from '@common/api/schemas/claims';
import { DateRangeInputs } from '../../ui/DateRangeInputs';
import { OutletSelect, ThemeSelect } from '../../ui/EntitySelects';
import { OutletKindsSelect } from '../../ui/OutletKindsSelect';
import { statusOptions } from './claim-labels';
import { NO_FILTER, useClaimFilter } from './claims-filter-store';

/** Theme, status, outlet, outlet kinds (as themes over time), credibility range, event-date range and words of the statement. */
export function ClaimFilters() {
  const { filter, setFilter, clear } = useClaimFilter();
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
        <ThemeSelect size="xs" label="Theme" value={filter.theme} onChange={(theme) => setFilter({ theme })} w={170} />
        <MultiSelect
          size="xs"
          label="Status"
          aria-label="Filter by status"
          data={statusOptions}
          value={filter.status}
          onChange={(v) => setFilter({ status: v as ClaimStatus[] })}
          w={220}
        />
        <OutletSelect size="xs" label="Outlet" value={filter.outlet} onChange={(outlet) => setFilter({ outlet })} w={170} />
        <OutletKindsSelect size="xs" aria-label="Filter by outlet kind" value={filter.kinds} onChange={(kinds) => setFilter({ kinds })} w={220} />
        <DateRangeInputs
          name="Event date"
          from={filter.from}
          to={filter.to}
          onChange={setFilter}
          labels={['From', 'To']}
          placeholders={['YYYY', 'YYYY']}
          size="xs"
          w={100}
        />
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
