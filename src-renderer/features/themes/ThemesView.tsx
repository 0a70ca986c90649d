import { Badge, ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../bridge/api';

export function ThemesView() {
  const { data: themes } = useApi('themes.list', {});
  return (
    <Stack p="md" gap="sm">
      <Title order={2}>Themes</Title>
      {themes?.length === 0 && <Text c="dimmed">The codebook is empty.</Text>}
      <Stack gap={4} role="list" aria-label="Themes">
        {themes?.map((t) => (
          <Group key={t.uid} role="listitem" gap="xs" pl={t.parentUid ? 24 : 0}>
            <ColorSwatch color={t.color} size={14} />
            <Text>{t.name}</Text>
            <Badge variant="light" size="sm">
              {t.annotationCount}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
