import { Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../bridge/use-api-query';
import { mutate } from '../../bridge/mutate';
import { shorten } from './claim-labels';
import { wordSearch } from './claim-search';
import { EvidenceDraftFields, NEW_EVIDENCE } from './EvidenceDraftFields';

interface Props {
  claim: string;
  /** Annotations already attached, left out of the list. */
  attached: readonly string[];
  onClose(): void;
}

/** Attach an existing passage (any document's annotation) to the claim from its page. */
export function AddPassageModal({ claim, attached, onClose }: Props) {
  const { data } = useApiQuery('annotations.list', { sort: 'recent', limit: 10_000 });
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [draft, setDraft] = useState(NEW_EVIDENCE);
  const items = useMemo(() => (data?.items ?? []).filter((a) => !attached.includes(a.uid)), [data, attached]);
  const find = useMemo(() => wordSearch(items, (a) => `${a.exact} ${a.documentTitle}`), [items]);
  const found = find(query, 30);

  const save = (): void => {
    if (!chosen) return;
    mutate('claims.addEvidence', { claim, annotation: chosen, ...draft }).then(
      () => {
        onClose();
      },
      (e: Error) => notifications.show({ color: 'red', title: 'The passage was not attached', message: e.message }),
    );
  };

  return (
    <Modal opened onClose={onClose} title="Attach a passage" size="lg">
      <Stack gap="sm">
        <TextInput label="Find a passage" aria-label="Find a passage" data-autofocus value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <ScrollArea.Autosize mah={260}>
          <Stack role="listbox" aria-label="Passages" gap={2}>
            {found.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                No passage matches. Passages are made by tagging text in the reader.
              </Text>
            )}
            {found.map((a) => (
              <UnstyledButton
                key={a.uid}
                role="option"
                aria-selected={a.uid === chosen}
                aria-label={a.exact}
                onClick={() => setChosen(a.uid)}
                p="xs"
                style={{ borderRadius: 4, background: a.uid === chosen ? 'var(--mantine-primary-color-light)' : undefined }}
              >
                <Text size="sm">“{shorten(a.exact, 160)}”</Text>
                <Text size="xs" c="dimmed">
                  {a.documentTitle}
                  {a.outlet ? ` · ${a.outlet}` : ''}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <EvidenceDraftFields draft={draft} onChange={setDraft} ready={!!chosen} onAttach={save} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
