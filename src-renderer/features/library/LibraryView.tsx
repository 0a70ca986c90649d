import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useApiQuery } from '../../bridge/use-api-query';
import { useUi } from '../../state/ui-store';
import { DocumentList } from './DocumentList';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryFilters } from './LibraryFilters';
import { hasFilters, libraryQuery, useLibrary } from './library-store';

export function LibraryView() {
  const { sort, direction, filters, clearFilters } = useLibrary();
  const [text] = useDebouncedValue(filters.text, 200);
  const { data: docs, error } = useApiQuery('documents.list', libraryQuery({ sort, direction, filters: { ...filters, text } }));
  const openDocument = useUi((s) => s.openDocument);
  const setView = useUi((s) => s.setView);
  const setImport = useUi((s) => s.setImport);
  const filtered = hasFilters(filters);

  return (
    <Stack p="md" gap="sm" h="100%">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>Library</Title>
          {docs && (
            <Text c="dimmed" size="sm" aria-label="Document count">
              {docs.length} {docs.length === 1 ? 'document' : 'documents'}
              {filtered ? ' match' : ''}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => setView('outlets')} aria-label="Manage outlets">
            Outlets
          </Button>
          <Button onClick={() => setImport(true)} aria-label="Import">
            Import…
          </Button>
        </Group>
      </Group>
      {(filtered || (docs?.length ?? 0) > 0) && <LibraryFilters />}
      {error && (
        <Alert color="red" role="alert" title="The library could not be listed">
          {error}
        </Alert>
      )}
      {docs?.length === 0 && !filtered && <EmptyLibrary />}
      {docs?.length === 0 && filtered && (
        <Group gap="xs">
          <Text c="dimmed">No documents match these filters.</Text>
          <Button variant="subtle" size="compact-sm" onClick={clearFilters} aria-label="Show all documents">
            Show all
          </Button>
        </Group>
      )}
      {docs && docs.length > 0 && <DocumentList docs={docs} onOpen={openDocument} />}
    </Stack>
  );
}
