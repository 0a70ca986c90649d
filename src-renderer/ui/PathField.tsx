import { Group, TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A file path typed in full (the browser host has no file dialog), with its button(s) beside it. */
export function PathField({ action, ...input }: TextInputProps & { action: ReactNode }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput style={{ flex: 1 }} spellCheck={false} {...input} />
      {action}
    </Group>
  );
}
