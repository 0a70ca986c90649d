import { Button, Group, TextInput } from '@mantine/core';
import { DateRangeInputs } from '../../ui/DateRangeInputs';
import { OutletSelect, ThemeSelect } from '../../ui/EntitySelects';
import { hasFilters, useLibrary } from './library-store';

/** Title text, outlet, theme and a published-date range (partial dates: 2025, 2025-10). */
export function LibraryFilters() {
  const { filters, setFilters, clearFilters } = useLibrary();
  return (
    <Group gap="xs" align="flex-start" role="search" aria-label="Filter documents">
      <TextInput
        aria-label="Filter by title"
        placeholder="Title contains…"
        value={filters.text}
        onChange={(e) => setFilters({ text: e.currentTarget.value })}
        w={220}
      />
      <OutletSelect placeholder="Any outlet" value={filters.outlet} onChange={(outlet) => setFilters({ outlet })} w={190} />
      <ThemeSelect placeholder="Any theme" value={filters.theme} onChange={(theme) => setFilters({ theme })} w={190} />
      <DateRangeInputs
        name="Published"
        from={filters.from}
        to={filters.to}
        onChange={setFilters}
        placeholders={['From (2025-01)', 'To (2025-12)']}
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
