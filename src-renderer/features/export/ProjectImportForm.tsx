import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportProjectResult } from '@common/api/schemas/export';
import { mutate } from '../../bridge/mutate';
import { PathField } from '../../ui/PathField';
import { plural } from '@common/text/plural';


/** File › Import › Dossier export: a .qdpx or W3C JSON-LD file read back into an empty project. */
export function ProjectImportForm() {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportProjectResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = (): void => {
    setBusy(true);
    setError(null);
    setDone(null);
    mutate('export.importProject', { path: path.trim() })
      .then((r) => {
        setDone(r);
      }, (e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap="sm" pt="sm">
      <Text size="sm" c="dimmed">
        Recreates documents, themes and annotations from a REFI-QDA project (.qdpx) or a W3C Web Annotation file that Dossier (or another
        QDA tool) exported. The open project must be empty: create a new project first.
      </Text>
      <PathField
        label="File"
        aria-label="Project file to import"
        placeholder="/path/to/notes.qdpx"
        value={path}
        onChange={(e) => setPath(e.currentTarget.value)}
        action={
          <Button onClick={run} loading={busy} disabled={!path.trim()} aria-label="Import project file">
            Import
          </Button>
        }
      />
      {error && (
        <Alert color="red" role="alert" title="Nothing was imported">
          {error}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" title={`Imported a ${done.format === 'qdpx' ? 'REFI-QDA project' : 'W3C annotation file'}`}>
          {plural(done.documents, 'document')}, {plural(done.themes, 'theme')}, {plural(done.annotations, 'annotation')}
          {done.skipped ? `; ${plural(done.skipped, 'passage')} could not be placed in its text and ${done.skipped === 1 ? 'was' : 'were'} skipped` : ''}.
        </Alert>
      )}
    </Stack>
  );
}
