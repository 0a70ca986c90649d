import { Alert, Button, Center, Group, Loader, ScrollArea, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../bridge/use-api-query';
import { commandKeys } from '../../commands/keys';
import { useUi } from '../../state/ui-store';
import { DetailsDrawer } from './DetailsDrawer';
import { DocumentMeta } from './DocumentMeta';
import { ExportButton } from '../export/ExportButton';
import { opensWithTitle } from './reader-doc';
import { AnnotatedText } from '../annotate/AnnotatedText';
import { AnnotationPanel } from '../annotate/AnnotationPanel';
import { useDocumentAnnotations } from '../annotate/use-document-annotations';
import { DocumentSources } from '../copies/DocumentSources';

/**
 * One document: its details above, its text below, read-only. Back (or Alt+1) returns to the
 * library; Escape never leaves: it only closes what is open over the text (bubble, find bar).
 */
export function ReaderView() {
  const uid = useUi((s) => s.documentUid);
  const setView = useUi((s) => s.setView);
  const { data: doc, error } = useApiQuery('documents.get', { uid: uid ?? '' }, { enabled: Boolean(uid) });
  const [editing, setEditing] = useState(false);
  // The sources line sits above the text: the text appears with it, not pushed down a moment
  // later under a reader who has started selecting.
  const sources = useApiQuery('copies.forDocument', { uid: uid ?? '' }, { enabled: Boolean(uid) });
  const notes = useDocumentAnnotations(uid ?? '', doc?.uid === uid ? doc?.version : undefined);

  const back = (
    <Button variant="subtle" size="compact-sm" onClick={() => setView('library')} aria-label="Back to library" title={`Go to Library (${commandKeys('view.library')})`}>
      ← Library
    </Button>
  );
  if (!uid || error)
    return (
      <Stack p="md">
        {back}
        <Alert color="red" title="This document cannot be opened" role="alert">
          {uid ? error : 'No document is selected.'}
        </Alert>
      </Stack>
    );
  if (!doc || doc.uid !== uid || ((!sources.data || sources.stale) && !sources.error))
    return (
      <Center h="100%">
        <Loader aria-label="Loading document" />
      </Center>
    );

  return (
    <Group h="100%" gap={0} wrap="nowrap" align="stretch">
      <ScrollArea h="100%" type="auto" style={{ flex: 1 }}>
        <Stack component="article" aria-label="Reader" p="lg" gap="sm" maw={900} mx="auto">
          <Group justify="space-between">
            {back}
            <Group gap="xs">
              <ExportButton preset={{ kind: 'document', uid: doc.uid, label: doc.title }} />
              <Button variant="light" size="compact-sm" onClick={() => setEditing(true)} aria-label="Edit details">
                Edit details
              </Button>
            </Group>
          </Group>
          {!opensWithTitle(doc.text, doc.blocks, doc.title) && (
            <Title order={1} size="h2">
              {doc.title}
            </Title>
          )}
          <DocumentMeta doc={doc} />
          {sources.data && <DocumentSources uid={doc.uid} sources={sources.data} />}
          <AnnotatedText key={`${doc.uid}:${doc.version}`} doc={doc} visible={notes.visible} all={notes.all} themes={notes.themes} />
        </Stack>
        <DetailsDrawer doc={doc} opened={editing} onClose={() => setEditing(false)} />
      </ScrollArea>
      <AnnotationPanel visible={notes.visible} orphans={notes.orphans} all={notes.all} themes={notes.themes} />
    </Group>
  );
}
