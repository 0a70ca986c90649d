import { Button, Group, Select, TextInput } from '@mantine/core';
import { isPartialDate, PARTIAL_DATE_HINT } from '../../../src-main/common/text/partial-date';
import { useApi } from '../../bridge/api';
import { hasFilters, useLibrary } from './library-store';

const dateError = (s: string): string | undefined => (s.trim() && !isPartialDate(s) ? PARTIAL_DATE_HINT : undefined);

/** Title text, outlet, theme and a published-date range (partial dates: 2025, 2025-10). */
export function LibraryFilters() {
  const { filters, setFilters, clearFilters } = useLibrary();
  const { data: outlets } = useApi('outlets.list', {});
  const { data: themes } = useApi('themes.list', {});
  return (
    <Group gap="xs" align="flex-start" role="search" aria-label="Filter documents">
      <TextInput
        aria-label="Filter by title"
        placeholder="Title contains…"
        value={filters.text}
        onChange={(e) => setFilters({ text: e.currentTarget.value })}
        w={220}
      />
      <Select
        aria-label="Filter by outlet"
        placeholder="Any outlet"
        data={(outlets ?? []).map((o) => ({ value: o.uid, label: o.name }))}
        value={filters.outlet}
        onChange={(outlet) => setFilters({ outlet })}
        clearable
        searchable
        w={190}
      />
      <Select
        aria-label="Filter by theme"
        placeholder="Any theme"
        data={(themes ?? []).map((t) => ({ value: t.uid, label: t.name }))}
        value={filters.theme}
        onChange={(theme) => setFilters({ theme })}
        clearable
        searchable
        w={190}
      />
      <TextInput
        aria-label="Published from"
        placeholder="From (2025-01)"
        value={filters.from}
        onChange={(e) => setFilters({ from: e.currentTarget.value })}
        error={dateError(filters.from)}
        w={130}
      />
      <TextInput
        aria-label="Published to"
        placeholder="To (2025-12)"
        value={filters.to}
        onChange={(e) => setFilters({ to: e.currentTarget.value })}
        error={dateError(filters.to)}
        w={130}
      />
      {hasFilters(filters) && (
        <Button variant="subtle" onClick={clearFilters} aria-label="Clear filters">
          Clear
        </Button>
      )}
    </Group>
  );
}
