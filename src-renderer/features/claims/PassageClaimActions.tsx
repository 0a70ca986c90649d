import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { AttachClaimModal } from './AttachClaimModal';
import { MakeClaimModal, type Passage } from './MakeClaimModal';

/** "Make claim" and "Attach to claim…" for one passage (an annotation), for the reader's side panel. */
export function PassageClaimActions({ passage }: { passage: Passage }) {
  const [open, setOpen] = useState<'make' | 'attach' | null>(null);
  return (
    <Group gap="xs">
      <Button size="compact-xs" variant="light" aria-label="Make claim" onClick={() => setOpen('make')}>
        Make claim
      </Button>
      <Button size="compact-xs" variant="subtle" aria-label="Attach to claim…" onClick={() => setOpen('attach')}>
        Attach to claim…
      </Button>
      {open === 'make' && <MakeClaimModal passage={passage} onClose={() => setOpen(null)} />}
      {open === 'attach' && <AttachClaimModal passage={passage} onClose={() => setOpen(null)} />}
    </Group>
  );
}
