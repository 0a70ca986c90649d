import { Badge, Button, Table, Text } from '@mantine/core';
import type { BackupEntry } from '@common/api/schemas/export';
import { formatBytes } from '../export/download';
import { backupTime, isBeforeRestore } from './backup-labels';

/** The backups beside the project, newest first, each with Restore. */
export function BackupList({ backups, onRestore }: { backups: BackupEntry[]; onRestore(b: BackupEntry): void }) {
  if (!backups.length) {
    return (
      <Text size="sm" c="dimmed" role="status">
        No backups yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={420} maxHeight={260}>
      <Table striped highlightOnHover aria-label="Backups" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Taken</Table.Th>
            <Table.Th>Size</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={b.path} aria-label={`Backup ${backupTime(b.createdAt)}`}>
              <Table.Td title={b.path}>
                {backupTime(b.createdAt)}{' '}
                {isBeforeRestore(b.name) && (
                  <Badge size="xs" variant="light" color="gray">
                    before a restore
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatBytes(b.sizeBytes)}</Table.Td>
              <Table.Td ta="right">
                <Button size="compact-xs" variant="default" onClick={() => onRestore(b)} aria-label={`Restore backup from ${backupTime(b.createdAt)}`}>
                  Restore…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
