import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of links under the sidebar's sections (saved searches, boards). */
export function SidebarSection({ title, label, children }: { title: string; label: string; children: ReactNode }) {
  return (
    <Stack gap={0} mt="sm" role="region" aria-label={label}>
      <Text size="xs" c="dimmed" px="xs" pb={4} fw={600}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}
