import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useImportJob } from './import-job';

/** "12 of 40", the file being read, and Cancel. */
export function ImportProgress() {
  const { done, total, current, cancelled, cancel } = useImportJob();
  const name = current.split(/[\\/]/).pop();
  return (
    <Stack gap="xs" aria-label="Import progress">
      <Group justify="space-between">
        <Text fw={600} aria-live="polite" aria-label="Files done">
          {done} of {total}
        </Text>
        <Button color="red" variant="light" onClick={cancel} disabled={cancelled} aria-label="Cancel import">
          {cancelled ? 'Cancelling…' : 'Cancel'}
        </Button>
      </Group>
      <Progress value={total ? (100 * done) / total : 0} aria-label="Import progress bar" animated />
      <Text size="sm" c="dimmed" truncate aria-label="Current file">
        {name || 'Starting…'}
      </Text>
    </Stack>
  );
}
