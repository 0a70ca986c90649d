import { Button, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { ACCEPT, sourcesFromFiles, type ImportSource } from './import-sources';

/** Paths from the desktop shell's native dialog. */
async function hostPaths(name: 'host.openFiles' | 'host.openFolder'): Promise<ImportSource[]> {
  const r = await window.dossier!.host!.call(name, {});
  return r.ok ? r.value.map((path) => ({ kind: 'path', path })) : [];
}

/**
 * Files or a folder. The desktop shell has native dialogs and imports by path; the browser has
 * file inputs (a folder input reads every file under the folder).
 */
export function FilePickers({ onChosen }: { onChosen(sources: ImportSource[]): void }) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const desktop = Boolean(window.dossier?.host);
  const choose = (kind: 'files' | 'folder'): void => {
    if (desktop) void hostPaths(kind === 'files' ? 'host.openFiles' : 'host.openFolder').then((s) => s.length && onChosen(s));
    else (kind === 'files' ? filesInput : folderInput).current?.click();
  };
  const fromInput = (e: React.ChangeEvent<HTMLInputElement>, folder: boolean): void => {
    const sources = sourcesFromFiles(Array.from(e.currentTarget.files ?? []), folder);
    e.currentTarget.value = '';
    if (sources.length) onChosen(sources);
  };
  return (
    <Stack gap="sm" py="sm">
      <Text size="sm" c="dimmed">
        Plain text, Markdown, HTML and PDF files. A folder is imported with everything in it. You can also drop files or
        folders anywhere on the window.
      </Text>
      <Group>
        <Button onClick={() => choose('files')} aria-label="Choose files">
          Choose files…
        </Button>
        <Button variant="default" onClick={() => choose('folder')} aria-label="Choose folder">
          Choose folder…
        </Button>
      </Group>
      <input ref={filesInput} type="file" multiple accept={ACCEPT} hidden aria-label="Files to import" onChange={(e) => fromInput(e, false)} />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        {...{ webkitdirectory: '', directory: '' }}
        onChange={(e) => fromInput(e, true)}
      />
    </Stack>
  );
}
