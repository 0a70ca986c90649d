import { Button, Chip, Group, Select, Switch, Tooltip } from '@mantine/core';
import { DateRangeInputs } from '../../ui/DateRangeInputs';
import { OutletSelect, ThemeSelect } from '../../ui/EntitySelects';
import { FILTER_KINDS, hasFilters, useSearch, type FilterKind } from './search-store';

const KIND_LABELS: Record<FilterKind, string> = {
  document: 'Documents',
  annotation: 'Annotations',
  claim: 'Claims',
  argument: 'Arguments',
};

// Admiralty credibility: 1 confirmed … 5 improbable, 6 cannot be judged.
const CREDIBILITY = ['1', '2', '3', '4', '5', '6'].map((v) => ({ value: v, label: v }));

const toNumber = (v: string | null): number | null => (v === null ? null : Number(v));

/** Kind chips, theme, outlet, a date range and (for claims) credibility. */
export function SearchFilters() {
  const filters = useSearch((s) => s.filters);
  const setFilters = useSearch((s) => s.setFilters);
  const clearFilters = useSearch((s) => s.clearFilters);

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
      <ThemeSelect size="xs" w={170} placeholder="Any theme" value={filters.theme} onChange={(theme) => setFilters({ theme })} />
      <OutletSelect size="xs" w={170} placeholder="Any outlet" value={filters.outlet} onChange={(outlet) => setFilters({ outlet })} />
      <DateRangeInputs
        name="Dated"
        from={filters.from}
        to={filters.to}
        onChange={setFilters}
        placeholders={['From 2025-01', 'To 2025-12']}
        size="xs"
        w={110}
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
      <Tooltip label="Also find inflected forms (corridors, саммита), other spellings and scripts of names (Toqaev, Тоқаев) and aliases; =word turns it off for one word">
        <Switch
          size="xs"
          mt={6}
          label="Other forms"
          aria-label="Also match other forms: inflections, spellings and scripts of names, aliases"
          checked={filters.expand}
          onChange={(e) => setFilters({ expand: e.currentTarget.checked })}
        />
      </Tooltip>
      {hasFilters(filters) && (
        <Button size="xs" variant="subtle" onClick={clearFilters} aria-label="Clear search filters">
          Clear filters
        </Button>
      )}
    </Group>
  );
}
