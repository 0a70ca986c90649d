import { Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { Theme } from '@common/api/schemas/themes';
import { useApiQuery } from '../../bridge/use-api-query';
import { useUi } from '../../state/ui-store';
import { useAnnotate } from '../annotate/annotate-store';

/** Every annotation with this theme (or a sub-theme) across the project; a click opens the passage. */
export function ThemeAnnotations({ theme }: { theme: Theme }) {
  const { data: page } = useApiQuery('annotations.list', { themes: [theme.uid], sort: 'text', limit: 500 });
  const open = (documentUid: string, uid: string): void => {
    // A theme filter left on in the reader could hide the passage.
    useAnnotate.getState().setFilter([]);
    useAnnotate.getState().jumpTo(uid);
    useUi.getState().openDocument(documentUid);
  };
  return (
    <Stack gap="xs" role="region" aria-label="Annotations with this theme">
      <Title order={3} size="h5">
        Passages ({page?.total ?? '…'})
      </Title>
      {page?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No passage carries this theme yet.
        </Text>
      )}
      <Stack gap={4} role="list" aria-label={`Passages tagged ${theme.name}`}>
        {page?.items.map((a) => (
          <UnstyledButton
            key={a.uid}
            role="listitem"
            aria-label={`Open passage: ${a.exact.slice(0, 80)}`}
            onClick={() => open(a.documentUid, a.uid)}
            p={6}
            style={{ borderRadius: 4, border: '1px solid var(--mantine-color-default-border)' }}
          >
            <Text size="sm" lineClamp={3}>
              “{a.exact}”
            </Text>
            <Group gap={6} mt={4}>
              <Text size="xs" c="dimmed" truncate maw={320}>
                {a.documentTitle}
              </Text>
              <Text size="xs" c="dimmed">
                · {a.outlet ?? 'No outlet'}
              </Text>
              {a.anchorStatus === 'orphaned' && (
                <Badge size="xs" color="orange" variant="outline">
                  orphaned
                </Badge>
              )}
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Stack>
  );
}
