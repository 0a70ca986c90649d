import { Alert, Breadcrumbs, Button, Group, Modal, ScrollArea, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import type { BrowseListing } from '@common/api/schemas/project';
import { api } from '../../bridge/api';
import { mutate } from '../../bridge/mutate';
import { useProjectDialog, type ProjectDialogMode } from './project-dialog-store';
import { switchProject } from './switch-project';

const TITLES: Record<ProjectDialogMode, { title: string; action: string }> = {
  open: { title: 'Open Project', action: 'Open' },
  create: { title: 'New Project', action: 'Create' },
  saveCopy: { title: 'Save a Copy', action: 'Save copy' },
};

const join = (dir: string, name: string): string => `${dir.replace(/[/\\]+$/, '')}/${name.trim()}${/\.dossier$/i.test(name.trim()) ? '' : '.dossier'}`;

/**
 * The browser host's file dialog: it lists only the folders the host allows (its data folder
 * and --allow folders), since a page has no native one. Electron uses its own dialogs.
 */
export function ProjectDialog() {
  const { mode, close } = useProjectDialog();
  return (
    <Modal opened={mode !== null} onClose={close} title={mode ? TITLES[mode].title : ''} size="lg">
      {mode && <ProjectBrowser key={mode} mode={mode} onDone={close} />}
    </Modal>
  );
}

function ProjectBrowser({ mode, onDone }: { mode: ProjectDialogMode; onDone(): void }) {
  const [listing, setListing] = useState<BrowseListing | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState(mode === 'create' ? 'Untitled' : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const go = (dir?: string): void => {
    setSelected(null);
    api('files.browse', dir ? { dir } : {}).then((l) => {
      setListing(l);
      setError(null);
    }, (e: Error) => setError(e.message));
  };
  useEffect(() => {
    if (mode === 'saveCopy') {
      api('project.info', {}).then((i) => setName(`${i.name} copy`), () => setName('copy'));
    }
    go();
  }, [mode]);

  const target = mode === 'open' ? selected : listing && name.trim() ? join(listing.dir, name) : null;
  const submit = (e?: FormEvent, chosen = target): void => {
    e?.preventDefault();
    if (!chosen || busy) return;
    const path = chosen;
    setBusy(true);
    const run =
      mode === 'open'
        ? switchProject(() => mutate('project.open', { path }))
        : mode === 'create'
          ? switchProject(() => mutate('project.create', { path }))
          : mutate('project.backup', { path }).then((b) => notifications.show({ message: `Saved a copy as ${b.path}.` }));
    run.then(onDone, (err: Error) => setError(err.message)).finally(() => setBusy(false));
  };

  const crumbs = listing ? crumbsOf(listing) : [];
  return (
    <form onSubmit={submit} aria-label={TITLES[mode].title}>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            label="Place"
            aria-label="Place"
            data={listing?.places ?? []}
            value={listing?.places.find((p) => listing.dir.startsWith(p)) ?? null}
            onChange={(p) => p && go(p)}
            allowDeselect={false}
            style={{ flex: 1 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Button variant="default" disabled={!listing?.parent} onClick={() => listing?.parent && go(listing.parent)} aria-label="Up one folder">
            Up
          </Button>
        </Group>
        <Breadcrumbs separator="/" aria-label="Folder" style={{ flexWrap: 'wrap' }}>
          {crumbs.map((c) => (
            <UnstyledButton key={c.path} onClick={() => go(c.path)} fz="sm" aria-label={`Folder ${c.name}`} disabled={!c.reachable} c={c.reachable ? undefined : 'dimmed'}>
              {c.name}
            </UnstyledButton>
          ))}
        </Breadcrumbs>
        <ScrollArea h={260} type="auto" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
          <Stack gap={0} role="listbox" aria-label="Folders and projects">
            {listing?.entries.length === 0 && (
              <Text size="sm" c="dimmed" p="sm">
                No folders or projects here.
              </Text>
            )}
            {listing?.entries.map((e) => (
              <UnstyledButton
                key={e.path}
                role="option"
                aria-selected={selected === e.path}
                aria-label={`${e.kind === 'folder' ? 'Folder' : 'Project'} ${e.name}`}
                px="sm"
                py={6}
                bg={selected === e.path ? 'var(--mantine-primary-color-light)' : undefined}
                onClick={() => (e.kind === 'folder' ? go(e.path) : mode === 'open' ? setSelected(e.path) : setName(e.name.replace(/\.dossier$/i, '')))}
                onDoubleClick={() => e.kind === 'project' && mode === 'open' && submit(undefined, e.path)}
              >
                <Group gap={8} wrap="nowrap">
                  <EntryIcon kind={e.kind} />
                  <Text size="sm" truncate="end">
                    {e.name}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea>
        {mode !== 'open' && (
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus spellCheck={false} description={target ?? undefined} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={!target} loading={busy}>
            {TITLES[mode].action}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The folders from the allowed place down to the one shown; those above the place cannot be opened. */
function crumbsOf(listing: BrowseListing): { name: string; path: string; reachable: boolean }[] {
  const place = listing.places.find((p) => listing.dir.startsWith(p)) ?? listing.dir;
  const parts = listing.dir.split('/').filter(Boolean);
  return parts.map((name, i) => {
    const path = `/${parts.slice(0, i + 1).join('/')}`;
    return { name, path, reachable: path.length >= place.length };
  });
}

/** Drawn, not an emoji: the fonts of a bare Linux laptop may have none. */
function EntryIcon({ kind }: { kind: 'folder' | 'project' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" style={{ flex: 'none' }}>
      {kind === 'folder' ? (
        <path d="M1.5 3.5h5l1.5 1.5h6.5v8h-13z" fill="var(--mantine-color-yellow-4)" stroke="var(--mantine-color-yellow-7)" />
      ) : (
        <path d="M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3" fill="var(--mantine-color-indigo-1)" stroke="var(--mantine-color-indigo-6)" />
      )}
    </svg>
  );
}
