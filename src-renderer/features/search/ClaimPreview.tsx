import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../bridge/api';
import { useUi } from '../../state/ui-store';
import { usePreview } from './preview-store';

/** A claim with its status, grade and evidence; each evidence passage opens in the reader. */
export function ClaimPreview({ uid }: { uid: string }) {
  const { data: claim, error } = useApi('claims.get', { uid }, []);
  const openDocumentAt = useUi((s) => s.openDocumentAt);
  const close = () => usePreview.getState().show(null);
  if (error) return <Alert color="red" role="alert" title="This claim cannot be shown">{error}</Alert>;
  if (!claim || claim.uid !== uid) return <Loader aria-label="Loading claim" />;
  const outlets = claim.corroboration.supporting.outlets.length + claim.corroboration.supporting.unattributed;
  return (
    <Stack gap="sm" aria-label="Claim">
      <Title order={3} size="h4">
        {claim.statement}
      </Title>
      <Group gap="xs">
        <Badge variant="light" aria-label={`Status: ${claim.status}`}>{claim.status}</Badge>
        <Badge variant="outline" aria-label={`Grade ${claim.corroboration.grade}`}>{claim.corroboration.grade}</Badge>
        <Text size="sm" c="dimmed">{`credibility ${claim.credibility} · ${outlets} supporting source${outlets === 1 ? '' : 's'}`}</Text>
        {claim.eventDate && <Text size="sm" c="dimmed">{`event ${claim.eventDate}`}</Text>}
      </Group>
      {claim.notes && <Text size="sm">{claim.notes}</Text>}
      <Text fw={600} size="sm">
        Evidence
      </Text>
      {claim.evidence.length === 0 && <Text size="sm" c="dimmed">No evidence yet.</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {claim.evidence.map((e) => (
          <li key={e.annotation.uid}>
            <Text size="sm" fs="italic">{`“${e.annotation.quote}”`}</Text>
            <Group gap="xs">
              <Badge size="xs" variant="dot">{e.stance}</Badge>
              <Anchor
                component="button"
                size="sm"
                aria-label={`Open passage in ${e.document.title}`}
                onClick={() => {
                  close();
                  openDocumentAt(e.document.uid, { start: e.annotation.start, end: e.annotation.end });
                }}
              >
                {e.document.title}
              </Anchor>
              <Text size="xs" c="dimmed">{[e.outlet?.name, e.document.published].filter(Boolean).join(' · ')}</Text>
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
