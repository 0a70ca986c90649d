import { Blockquote, Center, Loader, Select } from '@mantine/core';
import { useState } from 'react';
import type { Theme } from '@common/api/schemas/themes';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { makeClaimFromPassage } from '../annotate/annotation-ops';
import { useAnnotate } from '../annotate/annotate-store';
import { shorten } from './claim-labels';
import { eventDateFrom, type ClaimFormValues } from './claim-form';
import { ClaimFormModal } from './ClaimFormModal';

export interface Passage {
  uid: string;
  exact: string;
  documentUid: string;
}

/** Text selected in a document, not tagged yet. */
export interface Selection {
  document: string;
  start: number;
  end: number;
  exact: string;
}

/** The form's first values: the quote as the statement, the article's date as the event date. */
function useInitial(documentUid: string, exact: string): ClaimFormValues | null {
  // The reader has this answer cached already: the form opens at once.
  const { data, error } = useApiQuery('documents.get', { uid: documentUid });
  if (!data && !error) return null;
  return { statement: exact.replace(/\s+/g, ' ').trim(), eventDate: eventDateFrom(data?.published), status: 'open', credibility: 6 };
}

const Quote = ({ text }: { text: string }) => (
  <Blockquote p="xs" fz="sm" aria-label="Passage">
    {shorten(text, 400)}
  </Blockquote>
);

const Waiting = () => (
  <Center>
    <Loader aria-label="Loading the article's date" size="sm" />
  </Center>
);

/** "Make claim" from a tagged passage: a claim whose first evidence is the passage. */
export function MakeClaimModal({ passage, onClose }: { passage: Passage; onClose(): void }) {
  const initial = useInitial(passage.documentUid, passage.exact);
  if (!initial) return <Waiting />;
  return (
    <ClaimFormModal
      title="Make claim"
      initial={initial}
      create={(fields) => mutate('claims.createFromAnnotation', { annotation: passage.uid, ...fields })}
      onClose={onClose}
    >
      <Quote text={passage.exact} />
    </ClaimFormModal>
  );
}

/**
 * "Make claim" from a bare selection: the passage is tagged (with the theme chosen here, or
 * none) and the claim made in one call; Ctrl+Z takes both back in one step.
 */
export function MakeClaimFromSelectionModal({ selection, themes, onClose }: { selection: Selection; themes: readonly Theme[]; onClose(): void }) {
  const initial = useInitial(selection.document, selection.exact);
  const [theme, setTheme] = useState<string | null>(null);
  if (!initial) return <Waiting />;
  return (
    <ClaimFormModal
      title="Make claim"
      initial={initial}
      create={async (fields) => {
        const { document, start, end } = selection;
        const made = await makeClaimFromPassage({ document, start, end, themes: theme ? [theme] : [], ...fields });
        useAnnotate.getState().select(made.annotation.uid);
        return made.claim;
      }}
      madeMessage="Ctrl+Z takes the claim and the passage back."
      onClose={onClose}
    >
      <Quote text={selection.exact} />
      <Select
        label="Tag the passage with"
        aria-label="Tag the passage with"
        placeholder="No theme"
        data={themes.map((t) => ({ value: t.uid, label: t.name }))}
        value={theme}
        onChange={setTheme}
        searchable
        clearable
      />
    </ClaimFormModal>
  );
}
