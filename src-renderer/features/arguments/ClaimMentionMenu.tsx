import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ClaimSummary } from '@common/api/schemas/claims';
import { shorten } from '../claims/claim-labels';
import type { MentionState } from './claim-mention';

interface Props {
  mention: MentionState;
  found: readonly ClaimSummary[];
  active: number;
  onPick(claim: ClaimSummary): void;
  onHover(index: number): void;
}

/** The "@" claim picker under the caret; the editor keeps the focus and drives it with the arrow keys. */
export function ClaimMentionMenu({ mention, found, active, onPick, onHover }: Props) {
  const left = Math.max(8, Math.min(window.innerWidth - 420, mention.left));
  return (
    <Paper
      shadow="md"
      withBorder
      p={4}
      w={400}
      style={{ position: 'fixed', left, top: mention.bottom + 4, zIndex: 300 }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <Stack role="listbox" aria-label="Cite a claim" gap={0}>
        {found.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            No claim matches “{mention.query}”.
          </Text>
        )}
        {found.map((c, i) => (
          <UnstyledButton
            key={c.uid}
            role="option"
            aria-selected={i === active}
            aria-label={c.statement}
            p={6}
            style={{ borderRadius: 4, background: i === active ? 'var(--mantine-primary-color-light)' : undefined }}
            onMouseEnter={() => onHover(i)}
            onClick={() => onPick(c)}
          >
            <Text size="sm">{shorten(c.statement, 90)}</Text>
            <Text size="xs" c="dimmed">
              {c.corroboration.grade} · {c.evidenceCount} {c.evidenceCount === 1 ? 'passage' : 'passages'}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
