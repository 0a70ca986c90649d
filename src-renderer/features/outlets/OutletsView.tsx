import { Alert, Badge, Button, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Outlet } from '@common/api/schemas/outlets';
import { useApiQuery } from '../../bridge/use-api-query';
import { useUi } from '../../state/ui-store';
import { useLibrary } from '../library/library-store';
import { MergeOutletDialog } from './MergeOutletDialog';
import { KIND_LABELS } from './outlet-labels';
import { OutletForm } from './OutletForm';

/** Outlets with their kind, country, language, reliability and documents; create, edit, merge. */
export function OutletsView() {
  const { data: outlets, error } = useApiQuery('outlets.list', {});
  const [editing, setEditing] = useState<Outlet | 'new' | null>(null);
  const [merging, setMerging] = useState<Outlet | null>(null);
  const setView = useUi((s) => s.setView);
  const showDocuments = (o: Outlet): void => {
    useLibrary.getState().setFilters({ outlet: o.uid });
    setView('library');
  };

  return (
    <Stack p="md" gap="sm" h="100%">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Button variant="subtle" size="compact-sm" onClick={() => setView('library')} aria-label="Back to library">
            ← Library
          </Button>
          <Title order={2}>Outlets</Title>
        </Group>
        <Button onClick={() => setEditing('new')} aria-label="New outlet">
          New outlet…
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {outlets?.length === 0 && <Text c="dimmed">No outlets yet. Importing a document with an outlet name creates it.</Text>}
      {outlets && outlets.length > 0 && (
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Table aria-label="Outlets" highlightOnHover stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Country</Table.Th>
                <Table.Th>Language</Table.Th>
                <Table.Th>Grade</Table.Th>
                <Table.Th ta="right">Documents</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outlets.map((o) => (
                <Table.Tr key={o.uid} aria-label={o.name}>
                  <Table.Td>
                    <Text fw={500} size="sm">
                      {o.name}
                    </Text>
                    {o.aliases.length > 0 && (
                      <Text size="xs" c="dimmed" lineClamp={2} title={o.aliases.join(', ')} aria-label={`Other names of ${o.name}`}>
                        {`also ${o.aliases.join(', ')}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{KIND_LABELS[o.kind]}</Table.Td>
                  <Table.Td>{o.country ?? '—'}</Table.Td>
                  <Table.Td>{o.language ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={o.grade <= 'B' ? 'green' : o.grade <= 'D' ? 'yellow' : 'gray'} aria-label={`Grade ${o.grade}`}>
                      {o.grade}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button variant="subtle" size="compact-sm" onClick={() => showDocuments(o)} aria-label={`Show documents of ${o.name}`}>
                      {o.documentCount}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button variant="default" size="compact-sm" onClick={() => setEditing(o)} aria-label={`Edit ${o.name}`}>
                        Edit
                      </Button>
                      <Button
                        variant="default"
                        size="compact-sm"
                        onClick={() => setMerging(o)}
                        disabled={outlets.length < 2}
                        aria-label={`Merge ${o.name} into another outlet`}
                      >
                        Merge…
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <OutletForm outlet={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <MergeOutletDialog from={merging} outlets={outlets ?? []} onClose={() => setMerging(null)} />
    </Stack>
  );
}
