import { Badge, Button, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ClaimDetail } from '@common/api/schemas/claims';
import { originSentence } from '@common/text/origin-sentence';
import { useApiQuery } from '../../bridge/use-api-query';
import { mutate } from '../../bridge/mutate';
import { useUi } from '../../state/ui-store';
import { AddPassageModal } from './AddPassageModal';
import { ClaimFields } from './ClaimFields';
import { claimFields, validateClaim, type ClaimFormValues } from './claim-form';
import { useClaimsUi } from './claims-store';
import { CorroborationBadges } from './CorroborationBadges';
import { DeleteClaimModal } from './DeleteClaimModal';
import { EvidenceList } from './EvidenceList';

const formOf = (c: ClaimDetail): ClaimFormValues => ({ statement: c.statement, eventDate: c.eventDate ?? '', status: c.status, credibility: c.credibility });

function Outlets({ label, side }: { label: string; side: ClaimDetail['corroboration']['supporting'] }) {
  const names = side.outlets.map((o) => `${o.name} (${o.grade})`);
  if (side.unattributed) names.push(`${side.unattributed} without outlet`);
  return (
    <Text size="sm">
      <Text span fw={500}>
        {label}:
      </Text>{' '}
      {names.length ? names.join(', ') : 'none'}
      {side.evidence > 0 && (
        <Text span c="dimmed" size="sm" display="block">
          {originSentence(side)}
        </Text>
      )}
    </Text>
  );
}

function ClaimPage({ claim }: { claim: ClaimDetail }) {
  const close = (): void => useClaimsUi.getState().open(null);
  const [values, setValues] = useState(formOf(claim));
  const [dialog, setDialog] = useState<'add' | 'delete' | null>(null);
  // A save elsewhere (stance, evidence) reloads the claim: take its fields unless they are being edited.
  useEffect(() => setValues(formOf(claim)), [claim]);
  const errors = validateClaim(values);

  const commit = (patch: Partial<ClaimFormValues> = {}): void => {
    const next = { ...values, ...patch };
    if (Object.keys(validateClaim(next)).length || JSON.stringify(next) === JSON.stringify(formOf(claim))) return;
    mutate('claims.update', { uid: claim.uid, patch: claimFields(next) }).catch((e: Error) =>
      notifications.show({ color: 'red', title: 'Claim not saved', message: e.message }),
    );
  };

  return (
    <Stack gap="md">
      <ClaimFields values={values} errors={errors} onChange={(p) => setValues((v) => ({ ...v, ...p }))} onCommit={commit} />
      <Stack gap={4} role="region" aria-label="Corroboration at a glance">
        <Title order={3} size="h5">
          Corroboration
        </Title>
        <CorroborationBadges c={claim.corroboration} />
        <Outlets label="Supporting" side={claim.corroboration.supporting} />
        <Outlets label="Contradicting" side={claim.corroboration.contradicting} />
      </Stack>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Evidence ({claim.evidence.length})
          </Title>
          <Button size="compact-xs" variant="light" onClick={() => setDialog('add')} aria-label="Attach a passage">
            Attach a passage
          </Button>
        </Group>
        <EvidenceList claim={claim.uid} evidence={claim.evidence} onJump={close} />
      </Stack>
      {claim.arguments.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Cited in
          </Title>
          <Group gap={4}>
            {claim.arguments.map((a) => (
              <Badge key={a.uid} variant="light" style={{ textTransform: 'none' }}>
                {a.title}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button color="red" variant="subtle" onClick={() => setDialog('delete')} aria-label="Delete claim…">
          Delete claim…
        </Button>
      </Group>
      {dialog === 'add' && <AddPassageModal claim={claim.uid} attached={claim.evidence.map((e) => e.annotation.uid)} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && <DeleteClaimModal uid={claim.uid} onClose={() => setDialog(null)} onDeleted={close} />}
    </Stack>
  );
}

function ClaimLoader({ uid }: { uid: string }) {
  const { data, error } = useApiQuery('claims.get', { uid });
  const current = data && data.uid === uid ? data : undefined;
  if (current) return <ClaimPage key={current.uid} claim={current} />;
  return error ? (
    <Text c="red" role="alert">
      {error}
    </Text>
  ) : (
    <Loader aria-label="Loading claim" />
  );
}

/** A claim's page, over the claims view (or wherever a claim is opened from). */
export function ClaimDrawer() {
  const uid = useClaimsUi((s) => s.openUid);
  const view = useUi((s) => s.view);
  return (
    <Drawer
      opened={Boolean(uid) && view === 'claims'}
      onClose={() => useClaimsUi.getState().open(null)}
      position="right"
      size="xl"
      title={<Title order={2} size="h4">Claim</Title>}
      aria-label="Claim"
    >
      {uid && <ClaimLoader key={uid} uid={uid} />}
    </Drawer>
  );
}
