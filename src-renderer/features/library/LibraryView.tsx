import { Stack, Table, Text, Title } from '@mantine/core';
import { useApi } from '../../bridge/api';
import { useUi } from '../../state/ui-store';

export function LibraryView() {
  const { data: docs } = useApi('documents.list', { sort: 'created', direction: 'desc' });
  const openDocument = useUi((s) => s.openDocument);
  return (
    <Stack p="md" gap="sm">
      <Title order={2}>Library</Title>
      {docs?.length === 0 && <Text c="dimmed">No documents yet. Import articles with File › Import (Ctrl+I).</Text>}
      <Table aria-label="Documents" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th>Outlet</Table.Th>
            <Table.Th>Published</Table.Th>
            <Table.Th>Annotations</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {docs?.map((d) => (
            <Table.Tr key={d.uid} onDoubleClick={() => openDocument(d.uid)}>
              <Table.Td>{d.title}</Table.Td>
              <Table.Td>{d.outlet ?? '—'}</Table.Td>
              <Table.Td>{d.published ?? '—'}</Table.Td>
              <Table.Td>{d.annotationCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
