import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Asks before deleting an argument (its claims stay). */
export function DeleteArgumentDialog({ title, onConfirm, onClose }: { title: string; onConfirm(): void; onClose(): void }) {
  return (
    <ConfirmDialog action="Delete argument" message={`“${title}” will be deleted. The claims it cites stay.`} keepLabel="Keep argument"
      onConfirm={onConfirm} onClose={onClose} />
  );
}
