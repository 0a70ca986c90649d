import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../bridge/api';
import { usePreview } from './preview-store';

/** An argument's thesis, text and cited claims; a claim opens in the same preview. */
export function ArgumentPreview({ uid }: { uid: string }) {
  const { data: arg, error } = useApi('arguments.get', { uid }, []);
  if (error) return <Alert color="red" role="alert" title="This argument cannot be shown">{error}</Alert>;
  if (!arg || arg.uid !== uid) return <Loader aria-label="Loading argument" />;
  return (
    <Stack gap="sm" aria-label="Argument">
      <Title order={3} size="h4">
        {arg.title}
      </Title>
      {arg.thesis && <Text fw={500}>{arg.thesis}</Text>}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={12}>
        {arg.bodyText}
      </Text>
      <Text fw={600} size="sm">{`Cited claims (${arg.citations.length})`}</Text>
      <Stack gap={4} component="ol" style={{ margin: 0 }}>
        {arg.citations.map((c) => (
          <li key={c.claimUid}>
            <Group gap="xs" wrap="nowrap">
              {c.claim ? (
                <Anchor component="button" size="sm" ta="left" onClick={() => usePreview.getState().show({ kind: 'claim', uid: c.claimUid })}>
                  {c.claim.statement}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">a deleted claim</Text>
              )}
              {c.stances.map((s) => (
                <Badge key={s} size="xs" variant="dot">{s}</Badge>
              ))}
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
