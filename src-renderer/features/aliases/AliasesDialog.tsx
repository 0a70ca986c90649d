import { Button, Group, Modal, ScrollArea, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { fold } from '@common/text/fold';
import { useApiQuery } from '../../bridge/use-api-query';
import { matches } from '../../commands/keys';
import { claimKeys } from '../../commands/registry';
import { DialogFooter } from '../../ui/DialogFooter';
import { SubmitForm } from '../../ui/SubmitForm';
import { AliasGroupCard } from './AliasGroupCard';
import { aliasHistory } from './alias-history';
import { createGroup, splitNames } from './alias-ops';
import { useAliases } from './alias-store';

/** Search › Aliases…: the groups of names a search treats as one, to filter, add to, edit and delete. */
export function AliasesDialog() {
  const { open, close } = useAliases();
  return (
    <Modal opened={open} onClose={close} title="Alias groups" size="xl" aria-label="Alias groups dialog">
      {open && <AliasesPanel />}
    </Modal>
  );
}

const UNDO = 'CmdOrCtrl+Z';
const REDO = 'CmdOrCtrl+Shift+Z';
const isField = (t: EventTarget | null): boolean => t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');

function AliasesPanel() {
  const { data: groups } = useApiQuery('aliases.list', {});
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);

  // While the dialog is open, Ctrl+Z outside a text box undoes alias changes, not annotations.
  useEffect(() => {
    const own = (e: KeyboardEvent): boolean => !isField(e.target) && (matches(UNDO, e) || matches(REDO, e));
    const release = claimKeys(own);
    const onKey = (e: KeyboardEvent): void => {
      if (!own(e)) return;
      e.preventDefault();
      aliasHistory(matches(REDO, e) ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      release();
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);

  const shown = useMemo(() => {
    const want = fold(filter.trim());
    return (groups ?? []).filter((g) => !want || g.names.some((n) => fold(n).includes(want)));
  }, [groups, filter]);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        A search for any name in a group also finds the others (Turkey = Türkiye = Турция). Names compare without case or accents; a name
        belongs to one group.
      </Text>
      <Group align="flex-end">
        <TextInput
          label="Filter groups"
          aria-label="Filter groups"
          placeholder="A name in any script"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          style={{ flex: 1 }}
          data-autofocus
        />
        <Button onClick={() => setCreating(true)} disabled={creating} aria-label="New alias group">
          New group
        </Button>
        <Button variant="default" onClick={() => aliasHistory('undo')} aria-label="Undo the last alias change">
          Undo
        </Button>
      </Group>
      {creating && <NewGroupForm initial={filter} onDone={() => setCreating(false)} />}
      <Text size="xs" c="dimmed" aria-live="polite">
        {groups ? `${shown.length} of ${groups.length} groups` : 'Loading…'}
      </Text>
      <ScrollArea.Autosize mah="60vh" type="auto">
        <Stack gap={6} role="list" aria-label="Alias groups">
          {shown.map((g) => (
            <div role="listitem" key={g.uid}>
              <AliasGroupCard group={g} />
            </div>
          ))}
          {groups && shown.length === 0 && (
            <Text size="sm" c="dimmed">
              No group has a name like “{filter}”. New group makes one.
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function NewGroupForm({ initial, onDone }: { initial: string; onDone(): void }) {
  const [text, setText] = useState(initial.trim());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (): void => {
    const names = splitNames(text);
    if (names.length < 2) return setError('A group needs at least two names: one per line, or separated by “=”.');
    setBusy(true);
    setError(null);
    createGroup(names).then(onDone, (e: Error) => {
      setError(e.message);
      setBusy(false);
    });
  };
  return (
    <SubmitForm label="New alias group form" onSubmit={submit}>
      <Stack gap="xs">
        <Textarea
          label="Names of one thing"
          aria-label="Names of one thing"
          description="One per line, or separated by “=”: Dasht-i Kipchak = Cumania = Дешт-и-Кипчак"
          autosize
          minRows={2}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
          data-autofocus
        />
        <DialogFooter error={error} failure="Not created" onCancel={onDone} cancelLabel="Cancel new group">
          <Button type="submit" loading={busy} aria-label="Create group">
            Create group
          </Button>
        </DialogFooter>
      </Stack>
    </SubmitForm>
  );
}
