import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ExportResult } from '@common/api/schemas/export';
import { downloadExport, formatBytes } from './download';
import { choiceFor } from './export-formats';
import { plural } from '@common/text/plural';


/** Where the file went, its size and contents, and how to get at it on this host. */
export function ExportResultView({ result, csv, onAgain, onClose }: { result: ExportResult; csv?: string; onAgain(): void; onClose(): void }) {
  const desktop = Boolean(window.dossier?.host);
  const [error, setError] = useState<string | null>(null);
  const c = result.counts;
  const download = (): void => {
    setError(null);
    downloadExport(result.path).catch((e: Error) => setError(e.message));
  };
  return (
    <Stack gap="sm" aria-label="Export result">
      <Alert color="green" title={`Exported ${choiceFor(result.format, csv).label}`} role="status">
        <Code block aria-label="Exported file">
          {result.path}
        </Code>
        <Text size="sm" mt="xs">
          {formatBytes(result.bytes)} · {plural(c.documents, 'document')}, {plural(c.themes, 'theme')}, {plural(c.annotations, 'annotation')},{' '}
          {plural(c.claims, 'claim')}, {plural(c.arguments, 'argument')}
        </Text>
      </Alert>
      {error && (
        <Alert color="red" role="alert" title="The download failed">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Group gap="xs">
          {desktop ? (
            <Button variant="default" onClick={() => void window.dossier!.host!.call('host.showInFolder', { path: result.path })} aria-label="Show in folder">
              Show in folder
            </Button>
          ) : (
            <Button onClick={download} aria-label="Download">
              Download
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={onAgain} aria-label="Export another">
            Export another
          </Button>
          <Button variant={desktop ? 'filled' : 'default'} onClick={onClose} aria-label="Done">
            Done
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
