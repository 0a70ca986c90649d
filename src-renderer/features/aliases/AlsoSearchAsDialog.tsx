import { Autocomplete, Button, Modal, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AliasGroup } from '@common/api/schemas/search';
import { fold } from '@common/text/fold';
import { useApiQuery } from '../../bridge/use-api-query';
import { DialogFooter } from '../../ui/DialogFooter';
import { SubmitForm } from '../../ui/SubmitForm';
import { useSearch } from '../search/search-store';
import { notifyUndoable } from './alias-history';
import { createGroup, setNames } from './alias-ops';
import { useAliases } from './alias-store';

/** The reader's "Also search as…": a selected word or name joins the alias group of another name. */
export function AlsoSearchAsDialog() {
  const name = useAliases((s) => s.alsoSearchAs);
  const close = useAliases((s) => s.closeAlsoSearchAs);
  return (
    <Modal opened={name !== null} onClose={close} title="Also search as…" aria-label="Also search as dialog">
      {name !== null && <AlsoSearchAsForm name={name} onDone={close} />}
    </Modal>
  );
}

const same = (a: string, b: string): boolean => fold(a.trim()) === fold(b.trim());

/** The query in the search box, when it is words (not a filter or an operator): the likeliest other name. */
function queryTerm(): string {
  const q = useSearch.getState().query.trim();
  return q && !/[:"*()]|^-|\bOR\b/.test(q) ? q : '';
}

function AlsoSearchAsForm({ name, onDone }: { name: string; onDone(): void }) {
  const { data: groups } = useApiQuery('aliases.list', {});
  const [other, setOther] = useState(queryTerm);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = useMemo(() => [...new Set((groups ?? []).flatMap((g) => g.names))].sort((a, b) => a.localeCompare(b)), [groups]);
  const target: AliasGroup | undefined = (groups ?? []).find((g) => g.names.some((n) => same(n, other)));
  const own = (groups ?? []).find((g) => g.names.some((n) => same(n, name)));

  const submit = (): void => {
    if (!other.trim()) return setError('Type or pick the name that searches should also find it by.');
    if (same(other, name)) return setError('Pick another name: this one is the selection itself.');
    if (target && own === target) return setError(`“${name}” is already in the group ${target.names.join(' = ')}.`);
    setBusy(true);
    setError(null);
    // Into the other name's group; else the other name into the selection's group; else a new group.
    const work = target
      ? setNames(target, [...target.names, name.trim()], `Add ${name} to ${target.names[0]}`)
      : own
        ? setNames(own, [...own.names, other.trim()], `Add ${other.trim()} to ${own.names[0]}`)
        : createGroup([other.trim(), name.trim()]);
    work.then(
      (g) => {
        notifyUndoable(`“${name}” now searches as ${g.names.filter((n) => !same(n, name)).slice(0, 3).join(', ')}.`);
        onDone();
      },
      (e: Error) => {
        setError(e.message);
        setBusy(false);
      },
    );
  };

  return (
    <SubmitForm label="Also search as form" onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">
          A search for the name you pick will also find “<b>{name}</b>”, and a search for “{name}” will find that name.
        </Text>
        <Autocomplete
          label="Another name for it"
          aria-label="Another name for it"
          placeholder="Gabala"
          data={names}
          limit={12}
          value={other}
          onChange={(v) => {
            setOther(v);
            setError(null);
          }}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Text size="xs" c="dimmed" aria-live="polite">
          {other.trim() === ''
            ? 'Pick a name from a group, or type a new one to make a group of two.'
            : target
              ? `Adds “${name}” to the group ${target.names.join(' = ')}.`
              : own
                ? `Adds “${other.trim()}” to the group ${own.names.join(' = ')}.`
                : `Makes a new group: ${other.trim()} = ${name}.`}
        </Text>
        <DialogFooter error={error} failure="Not added" onCancel={onDone} cancelLabel="Cancel also search as">
          <Button
            variant="subtle"
            onClick={() => {
              onDone();
              useAliases.getState().show();
            }}
            aria-label="Manage alias groups"
          >
            Manage aliases…
          </Button>
          <Button type="submit" loading={busy} aria-label="Add alias">
            Add
          </Button>
        </DialogFooter>
      </Stack>
    </SubmitForm>
  );
}
