import { Alert, Box, Button, Center, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAliases } from '../aliases/alias-store';
import { CodeFromSearch } from '../coding/CodeFromSearch';
import { ExportButton } from '../export/ExportButton';
import { searchPreset } from '../export/export-store';
import { groupHits } from './group-hits';
import { openHit } from './open-hit';
import { optionId, ResultList } from './ResultList';
import { SearchFilters } from './SearchFilters';
import { SearchHelp } from './SearchHelp';
import { useSearch } from './search-store';
import { useLiveSearch } from './use-live-search';

function Summary({ total, atLeast, notices }: { total: number; atLeast: boolean; notices: string[] }) {
  return (
    <Text size="xs" c="dimmed" role="status" aria-label="Search summary">
      {`${total}${atLeast ? '+' : ''} result${total === 1 && !atLeast ? '' : 's'}`}
      {notices.length > 0 && ` · ${notices.join('; ')}`}
    </Text>
  );
}

/** Ctrl+Shift+F: everything in the project, live as the query is typed, grouped by kind. */
export function SearchView() {
  const query = useSearch((s) => s.query);
  const setQuery = useSearch((s) => s.setQuery);
  const filters = useSearch((s) => s.filters);
  const focusRequest = useSearch((s) => s.focusRequest);
  const live = useLiveSearch(query, filters);
  const groups = useMemo(() => groupHits(live.results), [live.results]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  useEffect(() => setActive(0), [live.shownQuery]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const results = Object.values(live.results);
  const total = results.reduce((n, r) => n + r.total, 0);
  const notices = [...new Set(results.flatMap((r) => r.notices))];
  const current = Math.min(active, Math.max(0, hits.length - 1));

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown') setActive(Math.min(current + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (e.key === 'Enter' && hits[current]) void openHit(hits[current]);
    else return;
    e.preventDefault();
  };

  return (
    <Stack h="100%" gap="xs" p="md" style={{ minHeight: 0 }}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          ref={input}
          flex={1}
          size="md"
          role="combobox"
          aria-label="Search everything"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits.length ? optionId(current) : undefined}
          aria-autocomplete="list"
          placeholder="Search documents, passages, annotations, claims and arguments"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          rightSection={live.pending ? <Loader size="xs" aria-label="Searching" /> : null}
        />
        <SearchHelp />
        <Button variant="default" onClick={() => useAliases.getState().show()} aria-label="Alias groups">
          Aliases…
        </Button>
        <CodeFromSearch />
        <ExportButton preset={hits.length ? searchPreset(hits, live.shownQuery) : null} disabled={!hits.length} size="sm" />
      </Group>
      <SearchFilters />
      {live.error && (
        <Alert color="red" role="alert" title="Search failed" py="xs">
          {live.error}
        </Alert>
      )}
      {live.shownQuery && <Summary total={total} atLeast={results.some((r) => !r.totalExact)} notices={notices} />}
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {query.trim() === '' ? (
          <Center h="60%">
            <Text c="dimmed" size="sm">
              Type to search everything; the ? button explains the query language.
            </Text>
          </Center>
        ) : (
          <ResultList
            groups={groups}
            active={current}
            canLoadMore={!live.pending}
            onActive={setActive}
            onOpen={(hit) => void openHit(hit)}
            onMore={live.loadMore}
          />
        )}
        {query.trim() !== '' && live.shownQuery && !live.pending && hits.length === 0 && (
          <Text c="dimmed" size="sm" p="xs">{`Nothing matches “${query}”.`}</Text>
        )}
      </Box>
    </Stack>
  );
}
