import { Button, Chip, Group, Select, TextInput } from '@mantine/core';
import { isPartialDate, PARTIAL_DATE_HINT } from '../../../src-main/common/text/partial-date';
import { useApi } from '../../bridge/api';
import { FILTER_KINDS, hasFilters, useSearch, type FilterKind } from './search-store';

const KIND_LABELS: Record<FilterKind, string> = {
  document: 'Documents',
  annotation: 'Annotations',
  claim: 'Claims',
  argument: 'Arguments',
};

// Admiralty credibility: 1 confirmed … 5 improbable, 6 cannot be judged.
const CREDIBILITY = ['1', '2', '3', '4', '5', '6'].map((v) => ({ value: v, label: v }));

const dateError = (s: string): string | undefined => (s.trim() && !isPartialDate(s) ? PARTIAL_DATE_HINT : undefined);
const toNumber = (v: string | null): number | null => (v === null ? null : Number(v));

/** Kind chips, theme, outlet, a date range and (for claims) credibility. */
export function SearchFilters() {
  const filters = useSearch((s) => s.filters);
  const setFilters = useSearch((s) => s.setFilters);
  const clearFilters = useSearch((s) => s.clearFilters);
  const { data: themes } = useApi('themes.list', {});
  const { data: outlets } = useApi('outlets.list', {});

  return (
    <Group gap="xs" align="flex-start" wrap="wrap" role="group" aria-label="Search filters">
      <Chip.Group multiple value={filters.kinds} onChange={(v) => setFilters({ kinds: FILTER_KINDS.filter((k) => v.includes(k)) })}>
        <Group gap={6} role="group" aria-label="Kinds of result">
          {FILTER_KINDS.map((k) => (
            <Chip key={k} value={k} size="sm" aria-label={`Show ${KIND_LABELS[k].toLowerCase()}`}>
              {KIND_LABELS[k]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        size="xs"
        w={170}
        aria-label="Filter by theme"
        placeholder="Any theme"
        data={(themes ?? []).map((t) => ({ value: t.uid, label: t.name }))}
        value={filters.theme}
        onChange={(theme) => setFilters({ theme })}
        clearable
        searchable
      />
      <Select
        size="xs"
        w={170}
        aria-label="Filter by outlet"
        placeholder="Any outlet"
        data={(outlets ?? []).map((o) => ({ value: o.uid, label: o.name }))}
        value={filters.outlet}
        onChange={(outlet) => setFilters({ outlet })}
        clearable
        searchable
      />
      <TextInput
        size="xs"
        w={110}
        aria-label="Dated from"
        placeholder="From 2025-01"
        value={filters.from}
        onChange={(e) => setFilters({ from: e.currentTarget.value })}
        error={dateError(filters.from)}
      />
      <TextInput
        size="xs"
        w={110}
        aria-label="Dated to"
        placeholder="To 2025-12"
        value={filters.to}
        onChange={(e) => setFilters({ to: e.currentTarget.value })}
        error={dateError(filters.to)}
      />
      {filters.kinds.includes('claim') && (
        <Group gap={4} wrap="nowrap" role="group" aria-label="Claim credibility">
          <Select
            size="xs"
            w={140}
            aria-label="Credibility from"
            placeholder="Credibility from"
            data={CREDIBILITY}
            value={filters.credibilityMin?.toString() ?? null}
            onChange={(v) => setFilters({ credibilityMin: toNumber(v) })}
            clearable
          />
          <Select
            size="xs"
            w={140}
            aria-label="Credibility to"
            placeholder="Credibility to"
            data={CREDIBILITY}
            value={filters.credibilityMax?.toString() ?? null}
            onChange={(v) => setFilters({ credibilityMax: toNumber(v) })}
            clearable
          />
        </Group>
      )}
      {hasFilters(filters) && (
        <Button size="xs" variant="subtle" onClick={clearFilters} aria-label="Clear search filters">
          Clear filters
        </Button>
      )}
    </Group>
  );
}
