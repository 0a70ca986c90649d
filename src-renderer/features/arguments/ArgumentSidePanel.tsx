import { Badge, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { ArgumentCitation, ArgumentDetail } from '@common/api/schemas/arguments';
import { shorten, STATUS_COLORS, STATUS_LABELS } from '../claims/claim-labels';
import { useClaimsUi } from '../claims/claims-store';
import { CorroborationBadges } from '../claims/CorroborationBadges';
import { useUi } from '../../state/ui-store';

function CitedClaim({ c }: { c: ArgumentCitation }) {
  if (!c.claim)
    return (
      <Paper withBorder p={6} role="listitem" aria-label={`[${c.number}] deleted claim`}>
        <Text size="sm" c="orange">
          [{c.number}] ⚠ deleted claim
        </Text>
      </Paper>
    );
  const claim = c.claim;
  return (
    <Paper withBorder p={6} role="listitem" aria-label={`[${c.number}] ${claim.statement}`}>
      <Stack gap={4}>
        <Text
          size="sm"
          style={{ cursor: 'pointer' }}
          onClick={() => {
            useClaimsUi.getState().open(claim.uid);
            useUi.getState().setView('claims');
          }}
        >
          <Text span fw={600}>
            [{c.number}]
          </Text>{' '}
          {claim.statement}
        </Text>
        <Group gap={4}>
          <Badge size="xs" variant="light" color={STATUS_COLORS[claim.status]}>
            {STATUS_LABELS[claim.status]}
          </Badge>
          <CorroborationBadges c={claim.corroboration} />
        </Group>
        {claim.evidence.map((e) => (
          <Text key={e.annotation.uid} size="xs" c="dimmed" lineClamp={2}>
            {e.stance === 'contradicts' ? '✗' : e.stance === 'context' ? '·' : '✓'} “{shorten(e.annotation.quote, 120)}” —{' '}
            {e.outlet ? `${e.outlet.name} (${e.outlet.grade})` : e.document.title}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

function Side({ title, list }: { title: string; list: readonly ArgumentCitation[] }) {
  return (
    <Stack gap={4} role="region" aria-label={title}>
      <Title order={3} size="h6">
        {title} ({list.length})
      </Title>
      <Stack gap={4} role="list">
        {list.length === 0 && (
          <Text size="xs" c="dimmed">
            None cited.
          </Text>
        )}
        {list.map((c) => (
          <CitedClaim key={c.claimUid} c={c} />
        ))}
      </Stack>
    </Stack>
  );
}

/** The argument's cited claims by stance, with their evidence and grades. */
export function ArgumentSidePanel({ argument }: { argument: ArgumentDetail }) {
  return (
    <ScrollArea h="100%" type="auto">
      <Stack component="aside" aria-label="Cited claims" gap="md" p="sm">
        <Side title="Supporting" list={argument.supporting} />
        <Side title="Opposing" list={argument.opposing} />
        <Side title="Context" list={argument.context} />
      </Stack>
    </ScrollArea>
  );
}
