import { Button, type MantineSize } from '@mantine/core';
import { openExport, type ScopePreset } from './export-store';

/** "Export…" in a view's header: opens the Export dialog on what the view shows. */
export function ExportButton({ preset, disabled, size = 'compact-sm' }: { preset: ScopePreset | null; disabled?: boolean; size?: MantineSize | 'compact-sm' }) {
  return (
    <Button variant="default" size={size} onClick={() => openExport(preset)} disabled={disabled} aria-label="Export…">
      Export…
    </Button>
  );
}
