import { Center, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { ClaimSummary } from '@common/api/schemas/claims';
import { useApiQuery } from '../../bridge/use-api-query';
import { ArgumentEditor } from './ArgumentEditor';
import { ArgumentList } from './ArgumentList';
import { ArgumentSidePanel } from './ArgumentSidePanel';
import { useArgumentsUi } from './arguments-store';
import { CitationList } from './CitationList';
import { useRefs } from './refs-store';
import { SplitPanes } from '../../ui/SplitPanes';

// The editor keeps room for a title, its save state and Export on one line.
const EDITOR_MIN = 380;
const SIDE_MIN = 220;

function ArgumentPane({ uid, claims }: { uid: string; claims: readonly ClaimSummary[] }) {
  const { data: argument, error } = useApiQuery('arguments.get', { uid });
  const current = argument && argument.uid === uid ? argument : undefined;
  if (!current)
    return <Center style={{ flex: 1 }}>{error ? <Text c="red" role="alert">{error}</Text> : <Loader aria-label="Loading argument" />}</Center>;
  const editor = (
    <ScrollArea style={{ flex: 1 }} type="auto">
      <Stack p="md" gap="md" maw={860} mx="auto" role="region" aria-label="Argument editor">
        <ArgumentEditor key={current.uid} argument={current} claims={claims} />
        <CitationList citations={current.citations} />
      </Stack>
    </ScrollArea>
  );
  return (
    <SplitPanes
      id="argument"
      panes={[
        { id: 'editor', label: 'Argument text', flex: true, min: EDITOR_MIN, content: editor },
        { id: 'side', label: 'Cited claims', size: 320, min: SIDE_MIN, max: 600, content: <ArgumentSidePanel argument={current} /> },
      ]}
    />
  );
}

/** Sidebar › Arguments: the list, the open argument's editor and citations, its cited claims beside. */
export function ArgumentsView() {
  const uid = useArgumentsUi((s) => s.openUid);
  const { data: claims } = useApiQuery('claims.list', { sort: 'updated', direction: 'desc', limit: 100_000 });

  useEffect(() => {
    if (claims) useRefs.getState().setStatements(new Map(claims.map((c) => [c.uid, c.statement])));
  }, [claims]);

  const main =
    uid && claims ? (
      <ArgumentPane key={uid} uid={uid} claims={claims} />
    ) : (
      <Center style={{ flex: 1 }}>
        {uid ? <Loader aria-label="Loading claims" /> : <Text c="dimmed">Choose an argument, or make a new one.</Text>}
      </Center>
    );
  return (
    <SplitPanes
      id="arguments"
      panes={[
        { id: 'list', label: 'Arguments', size: 240, min: 170, max: 480, content: <ArgumentList /> },
        { id: 'main', label: 'Open argument', flex: true, min: EDITOR_MIN + SIDE_MIN + 6, content: main },
      ]}
    />
  );
}
