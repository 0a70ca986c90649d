import { Autocomplete, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportOverrides } from '@common/api/schemas/documents';
import { normalizeDate } from '@common/text/dates';
import { useApiQuery } from '../../../bridge/use-api-query';

interface Fields {
  text: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
}

const EMPTY: Fields = { text: '', title: '', outlet: '', url: '', published: '' };

/** Only what the analyst filled in; the rest comes from the text (a header block, else its first line). */
function overridesOf(f: Fields): ImportOverrides {
  const o: ImportOverrides = {};
  if (f.title.trim()) o.title = f.title.trim();
  if (f.outlet.trim()) o.outlet = f.outlet.trim();
  if (f.url.trim()) o.url = f.url.trim();
  const published = normalizeDate(f.published);
  if (published) o.published = published;
  return o;
}

/** A pasted article: the text, and optionally its title, outlet, address and date. */
export function PasteForm({ initialText, onImport }: { initialText: string; onImport(text: string, overrides: ImportOverrides): void }) {
  const [f, setF] = useState<Fields>({ ...EMPTY, text: initialText });
  const { data: outlets } = useApiQuery('outlets.list', {});
  const set = (k: keyof Fields) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  // Read as import reads dates: "7 October 2025", "07.10.2025", "7 Ekim 2025" are 2025-10-07.
  const published = normalizeDate(f.published);
  const dateError = f.published.trim() && !published ? 'a date such as 7 October 2025, 2025-10-07, 2025-10 or 2025' : undefined;
  return (
    <form
      aria-label="Paste text form"
      onSubmit={(e) => {
        e.preventDefault();
        if (f.text.trim() && !dateError) onImport(f.text, overridesOf(f));
      }}
    >
      <Stack gap="sm">
        <Textarea
          label="Text"
          aria-label="Text to import"
          placeholder="Paste the article here (Ctrl+V)"
          value={f.text}
          onChange={(e) => set('text')(e.currentTarget.value)}
          autosize
          minRows={8}
          maxRows={16}
          data-autofocus
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Title" aria-label="Title" placeholder="from the first line" value={f.title} onChange={(e) => set('title')(e.currentTarget.value)} />
          <Autocomplete
            label="Outlet"
            aria-label="Outlet"
            placeholder="e.g. Azernews"
            data={(outlets ?? []).map((o) => o.name)}
            value={f.outlet}
            onChange={set('outlet')}
          />
          <TextInput label="URL" aria-label="URL" value={f.url} onChange={(e) => set('url')(e.currentTarget.value)} />
          <TextInput
            label="Published"
            aria-label="Published"
            placeholder="7 October 2025, 2025-10-07 or 2025"
            value={f.published}
            onChange={(e) => set('published')(e.currentTarget.value)}
            description={published && published !== f.published.trim() ? `read as ${published}` : undefined}
            error={dateError}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" disabled={!f.text.trim() || Boolean(dateError)} aria-label="Import text">
            Import text
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
