import { Alert, Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupEntry } from '@common/api/schemas/export';
import { useApiQuery } from '../../bridge/use-api-query';
import { mutate } from '../../bridge/mutate';
import { PathField } from '../../ui/PathField';
import { backupTime } from './backup-labels';
import { useBackups } from './backup-store';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { RestoreConfirm } from './RestoreConfirm';

/** Project › Back Up / Restore: the automatic backups, a backup now, their settings, and restore. */
export function BackupsDialog() {
  const { open, close } = useBackups();
  return (
    <Modal opened={open} onClose={close} title="Backups" size="lg" aria-label="Backups dialog">
      {open && <BackupsPanel onDone={close} />}
    </Modal>
  );
}

function BackupsPanel({ onDone }: { onDone(): void }) {
  const restoreFirst = useBackups((s) => s.restoreFirst);
  const list = useApiQuery('backups.list', {});
  const settings = useApiQuery('backups.settings', {});
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filePath, setFilePath] = useState('');
  const [pending, setPending] = useState<{ path: string; label: string } | null>(null);

  const backUpNow = (): void => {
    setBusy('backup');
    setError(null);
    mutate('backups.run', {})
      .then((b) => {
        notifications.show({ message: `Backed up at ${backupTime(b.createdAt)}.` });
      }, (e: Error) => setError(e.message))
      .finally(() => setBusy(null));
  };

  const restore = (): void => {
    if (!pending) return;
    setBusy('restore');
    mutate('project.restore', { path: pending.path }).then(
      (info) => {
        setBusy(null);
        setPending(null);
        onDone();
        notifications.show({ color: 'green', message: `Restored ${info.name} from the backup of ${pending.label}.` });
      },
      (e: Error) => {
        setBusy(null);
        setPending(null);
        // The core verified the file before closing anything: the open project is as it was.
        setError(e.message);
      },
    );
  };

  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" title="Nothing was restored" role="alert" withCloseButton onClose={() => setError(null)} closeButtonLabel="Dismiss">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {settings.data ? `In ${settings.data.folder}` : ''}
        </Text>
        <Button onClick={backUpNow} loading={busy === 'backup'} aria-label="Back up now">
          Back up now
        </Button>
      </Group>
      {list.error ? (
        <Text c="red" role="alert">
          {list.error}
        </Text>
      ) : (
        <BackupList backups={list.data ?? []} onRestore={(b: BackupEntry) => setPending({ path: b.path, label: backupTime(b.createdAt) })} />
      )}
      {settings.data && <BackupSettingsForm settings={settings.data} />}
      <Divider label="Restore from a file" labelPosition="left" />
      <PathField
        label="Backup file"
        aria-label="Backup file to restore"
        placeholder="/path/to/backup.dossier"
        value={filePath}
        onChange={(e) => setFilePath(e.currentTarget.value)}
        data-autofocus={restoreFirst || undefined}
        action={
          <Button
            variant="default"
            disabled={!filePath.trim()}
            onClick={() => setPending({ path: filePath.trim(), label: filePath.trim() })}
            aria-label="Restore from file"
          >
            Restore…
          </Button>
        }
      />
      <RestoreConfirm from={pending?.label ?? null} busy={busy === 'restore'} onConfirm={restore} onCancel={() => setPending(null)} />
    </Stack>
  );
}
