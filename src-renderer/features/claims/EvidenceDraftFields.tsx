import { Button, Group, SegmentedControl, Textarea } from '@mantine/core';
import type { Stance } from '@common/api/schemas/claims';
import { stanceOptions } from './claim-labels';

export interface EvidenceDraft {
  stance: Stance;
  note: string;
}

export const NEW_EVIDENCE: EvidenceDraft = { stance: 'supports', note: '' };

interface Props {
  draft: EvidenceDraft;
  onChange(draft: EvidenceDraft): void;
  /** Attach is offered once the other side (a claim or a passage) is chosen. */
  ready: boolean;
  busy?: boolean;
  onAttach(): void;
  onCancel(): void;
}

/** Stance, note, Cancel and Attach: how a passage joins a claim, from either end. */
export function EvidenceDraftFields({ draft, onChange, ready, busy, onAttach, onCancel }: Props) {
  return (
    <>
      <SegmentedControl
        aria-label="Stance"
        transitionDuration={0}
        data={stanceOptions}
        value={draft.stance}
        onChange={(v) => onChange({ ...draft, stance: v as Stance })}
      />
      <Textarea
        label="Note"
        aria-label="Evidence note"
        autosize
        minRows={1}
        value={draft.note}
        onChange={(e) => onChange({ ...draft, note: e.currentTarget.value })}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} aria-label="Cancel">
          Cancel
        </Button>
        <Button onClick={onAttach} disabled={!ready} loading={busy} aria-label="Attach">
          Attach
        </Button>
      </Group>
    </>
  );
}
