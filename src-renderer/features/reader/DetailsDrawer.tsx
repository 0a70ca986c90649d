import { Alert, Autocomplete, Button, Drawer, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { LANGUAGE_NAMES, languageName } from '@common/text/language-names';
import { datelineSummary } from './DocumentMeta';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { DocumentDetail } from '@common/api/schemas/documents';
import { guessAuthorKind, type AuthorKind } from '@common/text/author-names';
import { isPartialDate, PARTIAL_DATE_HINT } from '@common/text/partial-date';
import { useApiQuery } from '../../bridge/use-api-query';
import { mutate } from '../../bridge/mutate';
import { fieldErrors } from './field-errors';
import { languageLabel, otherPassages } from './search-language';

const FIELDS = ['title', 'outlet', 'author', 'url', 'published', 'language'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const valuesOf = (doc: DocumentDetail): Values => ({
  title: doc.title,
  outlet: doc.outlet ?? '',
  author: doc.author ?? '',
  url: doc.url ?? '',
  published: doc.published ?? '',
  language: doc.language ?? '',
});

function problems(v: Values): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  if (!v.title.trim()) out.title = 'a title is required';
  if (v.published.trim() && !isPartialDate(v.published)) out.published = PARTIAL_DATE_HINT;
  return out;
}

/** The fields that changed, blanks as null (the core clears them). */
function patchOf(doc: DocumentDetail, v: Values): Partial<Record<Field, string | null>> {
  const before = valuesOf(doc);
  const patch: Partial<Record<Field, string | null>> = {};
  for (const f of FIELDS) if (v[f].trim() !== before[f].trim()) patch[f] = v[f].trim() || null;
  return patch;
}

const LANGUAGE_OPTIONS = Object.entries(LANGUAGE_NAMES).map(([value, name]) => ({ value, label: `${name} (${value})` }));

/**
 * The document's language: picked from the region's languages, or left empty to detect it from
 * the text. Says what the search uses now and what saving a change does.
 */
function LanguageField({ doc, value, onChange, error }: { doc: DocumentDetail; value: string; onChange(v: string): void; error?: string }) {
  // Metadata from an import may be a name or a tag ("Azerbaijani", "en-GB"): kept as an option of its own.
  const data = value && !LANGUAGE_NAMES[value] ? [{ value, label: value }, ...LANGUAGE_OPTIONS] : LANGUAGE_OPTIONS;
  const changed = value.trim() !== (doc.language ?? '').trim();
  const others = otherPassages(doc.searchLanguage);
  return (
    <div>
      <Select
        label="Language"
        aria-label="Language"
        placeholder="Detect from the text"
        data={data}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        searchable
        error={error}
        comboboxProps={{ withinPortal: true }}
      />
      <Text size="xs" c="dimmed" mt={4} aria-label="Search language">
        {changed
          ? `Saving searches its passages as ${value ? languageName(value) : 'the language detected from the text'} (its inflections match).`
          : `Searched as ${languageLabel(doc.searchLanguage)}${others ? `; ${others}` : ''}.`}
      </Text>
      {value && (
        <Button variant="subtle" size="compact-xs" onClick={() => onChange('')} aria-label="Detect the language from the text">
          Detect from the text instead
        </Button>
      )}
    </div>
  );
}

/** "Edit details": correct the metadata of an imported document; the text itself never changes. */
export function DetailsDrawer({ doc, opened, onClose }: { doc: DocumentDetail; opened: boolean; onClose(): void }) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title="Edit details" size="md">
      {/* Remount per opening so the form starts from the stored values. */}
      {opened && <DetailsForm doc={doc} onDone={onClose} />}
    </Drawer>
  );
}

function DetailsForm({ doc, onDone }: { doc: DocumentDetail; onDone(): void }) {
  const [values, setValues] = useState<Values>(() => valuesOf(doc));
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  // The kind follows the guess from the name as it is typed, until the analyst picks one.
  const [pickedKind, setPickedKind] = useState<AuthorKind | null>(null);
  const authorKind: AuthorKind = pickedKind ?? (values.author.trim() === (doc.author ?? '').trim() && doc.authorKind ? doc.authorKind : guessAuthorKind(values.author));
  const { data: outlets } = useApiQuery('outlets.list', {});
  const invalid = problems(values);
  const shown = { ...refused, ...invalid };
  const set = (f: Field) => (value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    setRefused(({ [f]: _, ...rest }) => rest);
  };
  const input = (f: Field, label: string, extra: object = {}) => (
    <TextInput label={label} aria-label={label} value={values[f]} onChange={(e) => set(f)(e.currentTarget.value)} error={shown[f]} {...extra} />
  );

  const save = async (): Promise<void> => {
    const patch: Partial<Record<Field, string | null>> & { authorKind?: AuthorKind } = patchOf(doc, values);
    if (values.author.trim() && (patch.author !== undefined || authorKind !== doc.authorKind)) patch.authorKind = authorKind;
    if (Object.keys(patch).length === 0) return onDone();
    setSaving(true);
    setError(null);
    try {
      await mutate('documents.update', { uid: doc.uid, patch: { ...patch, title: patch.title ?? undefined } });
      notifications.show({ message: 'Details saved.' });
      onDone();
    } catch (e) {
      const byField = fieldErrors((e as Error).message);
      setRefused(byField);
      setError(Object.keys(byField).length ? 'Correct the marked fields.' : (e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      aria-label="Document details form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        {input('title', 'Title', { required: true, 'data-autofocus': true })}
        <Autocomplete
          label="Outlet"
          aria-label="Outlet"
          description="Pick one or type a new name: a new outlet is created."
          data={(outlets ?? []).map((o) => o.name)}
          value={values.outlet}
          onChange={set('outlet')}
          error={shown.outlet}
          comboboxProps={{ withinPortal: true }}
        />
        {input('author', 'Author', { description: 'People: “Leyla Məmmədova and Rauf Əliyev”. An organisation is cited as one name.' })}
        {values.author.trim() && (
          <div>
            <Text size="sm" fw={500} id="author-kind-label">
              The author is
            </Text>
            <SegmentedControl
              aria-labelledby="author-kind-label"
              aria-label="Author kind"
              value={authorKind}
              onChange={(v) => setPickedKind(v as AuthorKind)}
              data={[
                { value: 'person', label: 'A person (or people)' },
                { value: 'organization', label: 'An organisation' },
              ]}
            />
          </div>
        )}
        {input('url', 'URL', { type: 'url' })}
        {input('published', 'Published', { description: 'YYYY, YYYY-MM or YYYY-MM-DD (partial dates are fine)', placeholder: '2025-10' })}
        <LanguageField doc={doc} value={values.language} onChange={set('language')} error={shown.language} />
        {doc.dateline && (
          <div aria-label="Dateline details">
            <Text size="sm" fw={500}>
              Dateline
            </Text>
            <Text size="sm">{datelineSummary(doc.dateline)}</Text>
            <Text size="xs" c="dimmed">{`As written: “${doc.dateline.text}”. It is not part of the text.`}</Text>
          </div>
        )}
        {error && (
          <Alert color="red" title="Not saved" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} aria-label="Cancel editing">
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={Object.keys(invalid).length > 0} aria-label="Save details">
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
