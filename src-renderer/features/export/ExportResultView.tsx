import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
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
  // Only what the file holds: a kind the format did not write is not counted as written.
  const held = [
    c.documents && plural(c.documents, 'document'),
    c.themes && plural(c.themes, 'theme'),
    c.annotations && plural(c.annotations, 'annotation'),
    c.claims && (result.format === 'qdpx' ? `${plural(c.claims, 'claim')} (as notes)` : plural(c.claims, 'claim')),
    c.arguments && plural(c.arguments, 'argument'),
  ].filter(Boolean);
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
        <Text size="sm" mt="xs" aria-label="What the file holds">
          {formatBytes(result.bytes)} · {held.length ? held.join(', ') : 'nothing in scope'}
        </Text>
        <Text size="xs" c="dimmed" mt={4} aria-label="What the format carries">
          This format carries {result.carries.can}; it cannot carry {result.carries.cannot}.
        </Text>
        {result.omitted.length > 0 && (
          <List size="xs" mt={4} aria-label="Not in the file">
            {result.omitted.map((o) => (
              <List.Item key={o}>{o}</List.Item>
            ))}
          </List>
        )}
      </Alert>
      {result.warnings.length > 0 && (
        <Alert color="yellow" title="Check before sharing" role="alert">
          <List size="sm">
            {result.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
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
