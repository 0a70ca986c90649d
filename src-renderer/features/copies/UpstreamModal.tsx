import { Autocomplete, Button, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DocumentUpstream } from '@common/api/schemas/copies';
import { mutate } from '../../bridge/mutate';
import { useApiQuery } from '../../bridge/use-api-query';
import { DialogFooter } from '../../ui/DialogFooter';

type Kind = 'detected' | 'reprint' | 'independent';

const initialKind = (u: DocumentUpstream | null): Kind => (u?.source !== 'manual' ? 'detected' : u.name === null ? 'independent' : 'reprint');

/** The analyst's word on where a document comes from: a reprint of an outlet, its own reporting, or what detection found. */
export function UpstreamModal({ uid, upstream, onClose }: { uid: string; upstream: DocumentUpstream | null; onClose(): void }) {
  const [kind, setKind] = useState<Kind>(initialKind(upstream));
  const [outlet, setOutlet] = useState(upstream?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: outlets } = useApiQuery('outlets.list', {});
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      const choice = kind === 'reprint' ? { kind, outlet } : { kind };
      await mutate('copies.setUpstream', { uid, choice });
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="Where does this text come from?" size="md">
      <form
        aria-label="Upstream source form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Source of the text"
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={[
              { value: 'detected', label: 'As detected' },
              { value: 'reprint', label: 'A reprint of…' },
              { value: 'independent', label: 'Own reporting' },
            ]}
          />
          {kind === 'reprint' && (
            <Autocomplete
              label="Outlet it reprints"
              aria-label="Outlet it reprints"
              data={(outlets ?? []).map((o) => o.name)}
              value={outlet}
              onChange={setOutlet}
              data-autofocus
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Text size="xs" c="dimmed">
            {kind === 'detected'
              ? 'Dossier reads the text for "citing …", "… xəbər verir", datelines, and compares it with the other documents.'
              : kind === 'reprint'
                ? 'Claims count this document under that outlet, not as a source of its own.'
                : 'Claims count this document as a source of its own, whatever the text says.'}
          </Text>
          <DialogFooter error={error} failure="Not saved" onCancel={onClose} cancelLabel="Cancel source change">
            <Button type="submit" loading={saving} disabled={kind === 'reprint' && !outlet.trim()} aria-label="Save source">
              Save
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </Modal>
  );
}
