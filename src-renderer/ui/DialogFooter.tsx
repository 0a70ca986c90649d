import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  error: string | null;
  /** The alert's title when the action failed, e.g. "Not saved". */
  failure: string;
  onCancel(): void;
  /** The Cancel button's accessible name. */
  cancelLabel?: string;
  /** The action's button. */
  children: ReactNode;
}

/** A dialog's last lines: why the action failed (when it did), then Cancel and the action, right-aligned. */
export function DialogFooter({ error, failure, onCancel, cancelLabel = 'Cancel', children }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert" title={failure}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} aria-label={cancelLabel}>
          Cancel
        </Button>
        {children}
      </Group>
    </>
  );
}
