import { Button, Modal, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Grade, Outlet, OutletKind } from '@common/api/schemas/outlets';
import { mutate } from '../../bridge/mutate';
import { DialogFooter } from '../../ui/DialogFooter';
import { GRADE_LABELS, KIND_LABELS } from './outlet-labels';

interface Values {
  name: string;
  kind: OutletKind;
  grade: Grade;
  country: string;
  language: string;
  homepage: string;
  notes: string;
  aliases: string[];
  domains: string[];
}

const valuesOf = (o: Outlet | null): Values => ({
  name: o?.name ?? '',
  kind: o?.kind ?? 'other',
  grade: o?.grade ?? 'F',
  country: o?.country ?? '',
  language: o?.language ?? '',
  homepage: o?.homepage ?? '',
  notes: o?.notes ?? '',
  aliases: o?.aliases ?? [],
  domains: o?.domains ?? [],
});

const options = <K extends string>(labels: Record<K, string>) => Object.entries<string>(labels).map(([value, label]) => ({ value, label }));

/** Creates an outlet (outlet null) or edits one; renaming is editing the name. */
export function OutletForm({ outlet, opened, onClose }: { outlet: Outlet | null; opened: boolean; onClose(): void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={outlet ? `Edit ${outlet.name}` : 'New outlet'} size="lg">
      {opened && <Form outlet={outlet} onDone={onClose} />}
    </Modal>
  );
}

function Form({ outlet, onDone }: { outlet: Outlet | null; onDone(): void }) {
  const [v, setV] = useState<Values>(() => valuesOf(outlet));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const text = (k: 'name' | 'country' | 'language' | 'homepage', label: string, extra: object = {}) => (
    <TextInput label={label} aria-label={label} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })} {...extra} />
  );
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    const fields = {
      name: v.name.trim(),
      kind: v.kind,
      grade: v.grade,
      country: v.country.trim() || null,
      language: v.language.trim() || null,
      homepage: v.homepage.trim() || null,
      notes: v.notes,
      aliases: v.aliases,
      domains: v.domains,
    };
    try {
      if (outlet) await mutate('outlets.update', { uid: outlet.uid, patch: fields });
      else await mutate('outlets.create', fields);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      aria-label="Outlet form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        {text('name', 'Name', { required: true, 'data-autofocus': true, error: v.name.trim() ? undefined : 'an outlet needs a name' })}
        <SimpleGrid cols={2} spacing="sm">
          <Select label="Kind" aria-label="Kind" data={options(KIND_LABELS)} value={v.kind} onChange={(k) => k && setV({ ...v, kind: k as OutletKind })} allowDeselect={false} />
          <Select
            label="Reliability"
            aria-label="Reliability grade"
            data={options(GRADE_LABELS)}
            value={v.grade}
            onChange={(g) => g && setV({ ...v, grade: g as Grade })}
            allowDeselect={false}
          />
          {text('country', 'Country', { placeholder: 'e.g. Azerbaijan' })}
          {text('language', 'Language', { placeholder: 'e.g. en' })}
        </SimpleGrid>
        {text('homepage', 'Homepage', { placeholder: 'https://…' })}
        <TagsInput
          label="Also known as"
          aria-label="Aliases"
          description="Other names imports may use (Trend, Trend.az…); case and accents do not matter. Enter adds one."
          value={v.aliases}
          onChange={(aliases) => setV({ ...v, aliases })}
          clearable
        />
        <TagsInput
          label="Web domains"
          aria-label="Web domains"
          description="A document whose URL is on one of these is this outlet's (trend.az covers en.trend.az)."
          placeholder="e.g. trend.az"
          value={v.domains}
          onChange={(domains) => setV({ ...v, domains })}
          clearable
        />
        <Textarea label="Notes" aria-label="Notes" value={v.notes} onChange={(e) => setV({ ...v, notes: e.currentTarget.value })} autosize minRows={2} />
        <DialogFooter error={error} failure="Not saved" onCancel={onDone}>
          <Button type="submit" loading={saving} disabled={!v.name.trim()} aria-label="Save outlet">
            Save
          </Button>
        </DialogFooter>
      </Stack>
    </form>
  );
}
