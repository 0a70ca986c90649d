import { Group, Text } from '@mantine/core';
import type { ProjectInfo } from '@common/api/schemas/project';
import { plural } from '@common/text/plural';
import { RebuildProgress } from '../features/search/RebuildProgress';

export function StatusBar({ info, message }: { info: ProjectInfo | undefined; message: string | null }) {
  return (
    <Group component="footer" role="contentinfo" aria-label="Status bar" justify="space-between" px="md" h="100%" gap="md">
      <Text size="xs" c="dimmed" aria-label="Project name" title={info?.path}>
        {info ? `Project: ${info.name}` : 'Opening project…'}
      </Text>
      <RebuildProgress />
      <Text size="xs" c="dimmed" aria-live="polite">
        {message ?? (info ? [plural(info.counts.documents, 'document'), plural(info.counts.annotations, 'annotation'), plural(info.counts.claims, 'claim')].join(' · ') : '')}
      </Text>
    </Group>
  );
}
