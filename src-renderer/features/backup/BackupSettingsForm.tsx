import { Button, Group, NumberInput, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AutoBackupSettings } from '@common/api/schemas/export';
import { mutate } from '../../bridge/mutate';

/** Automatic backups: on or off, how many are kept, how often. */
export function BackupSettingsForm({ settings }: { settings: AutoBackupSettings }) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const [keep, setKeep] = useState<number | string>(settings.keep);
  const [interval, setIntervalMinutes] = useState<number | string>(settings.intervalMinutes);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setEnabled(settings.enabled);
    setKeep(settings.keep);
    setIntervalMinutes(settings.intervalMinutes);
  }, [settings]);

  const changed = enabled !== settings.enabled || Number(keep) !== settings.keep || Number(interval) !== settings.intervalMinutes;
  const save = (): void => {
    setError(null);
    mutate('backups.settings', { enabled, keep: Number(keep), intervalMinutes: Number(interval) }).catch((e: Error) => setError(e.message));
  };

  return (
    <div>
      <Group gap="md" align="flex-end">
        <Switch label="Automatic backups" aria-label="Automatic backups" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} mb={8} />
        <NumberInput label="Keep the last" aria-label="Backups to keep" value={keep} onChange={setKeep} min={1} max={1000} w={110} disabled={!enabled} />
        <NumberInput
          label="Every (minutes)"
          aria-label="Minutes between backups"
          value={interval}
          onChange={setIntervalMinutes}
          min={1}
          max={10_080}
          w={130}
          disabled={!enabled}
        />
        <Button variant="default" onClick={save} disabled={!changed} aria-label="Save backup settings">
          Save
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
