import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ClaimDetail } from '@common/api/schemas/claims';
import { ClaimFields } from './ClaimFields';
import { claimFields, validateClaim, type ClaimFormValues } from './claim-form';
import { shorten } from './claim-labels';
import { useClaimsUi } from './claims-store';

interface Props {
  title: string;
  initial: ClaimFormValues;
  /** Shown above the fields (the passage a claim is made from). */
  children?: React.ReactNode;
  create(fields: ReturnType<typeof claimFields>): Promise<ClaimDetail>;
  onClose(): void;
  onCreated?(claim: ClaimDetail): void;
  /** Said under the statement once the claim is made (how to take it back). */
  madeMessage?: string;
}

/** A form for a new claim's fields, checked as the analyst types; the caller decides how it is created. */
export function ClaimFormModal({ title, initial, children, create, onClose, onCreated, madeMessage }: Props) {
  const [values, setValues] = useState<ClaimFormValues>(initial);
  const [busy, setBusy] = useState(false);
  const errors = validateClaim(values);
  const valid = Object.keys(errors).length === 0;

  const save = async (): Promise<void> => {
    if (!valid) return;
    setBusy(true);
    try {
      const claim = await create(claimFields(values));
      useClaimsUi.getState().setLastClaim(claim.uid);
      onClose();
      notifications.show({ title: 'Claim made', message: [shorten(claim.statement, 80), madeMessage].filter(Boolean).join(' ') });
      onCreated?.(claim);
    } catch (e) {
      notifications.show({ color: 'red', title: 'The claim was not made', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {children}
          <ClaimFields values={values} errors={errors} onChange={(p) => setValues((v) => ({ ...v, ...p }))} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} aria-label="Cancel">
              Cancel
            </Button>
            <Button type="submit" disabled={!valid} loading={busy} aria-label="Create claim">
              Create claim
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
