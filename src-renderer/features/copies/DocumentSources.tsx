import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DocumentSources as Sources, DocumentUpstream } from '@common/api/schemas/copies';
import { plural } from '@common/text/plural';
import { useUi } from '../../state/ui-store';
import { CompareModal } from './CompareModal';
import { UpstreamModal } from './UpstreamModal';

function upstreamText(u: DocumentUpstream | null): string {
  if (!u) return 'Own reporting as far as Dossier can tell (no stated source, no earlier copy).';
  if (u.source === 'manual') return u.name === null ? 'Own reporting (marked by you).' : `A reprint of ${u.name} (marked by you).`;
  if (u.source === 'copy') return `Repeats ${u.name ?? 'an earlier document'}: most of its text was published there first.`;
  if (u.source === 'dateline') return `Repeats ${u.name}: its dateline reads “${u.evidence}”.`;
  return `Repeats ${u.name}: the text says “${u.evidence}”.`;
}

function Copies({ sources, onCompare }: { sources: Sources; onCompare(uid: string): void }) {
  const open = useUi((s) => s.openDocument);
  if (sources.copies.length === 0) return null;
  return (
    <Stack gap={2} role="list" aria-label="Also published as">
      <Text size="sm" fw={500}>
        Also published as…
      </Text>
      {sources.copies.map((c) => {
        const other = c.details[1];
        return (
          <Group key={other.uid} gap="xs" wrap="wrap" role="listitem" aria-label={`${other.outlet ?? 'No outlet'}: ${other.title}`}>
            <Text size="sm" fw={500}>
              {other.outlet ?? 'No outlet'}
            </Text>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {other.published ?? 'date unknown'}
            </Text>
            <Anchor size="sm" component="button" onClick={() => open(other.uid)} truncate maw={300} title={other.title}>
              {other.title}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {`${plural(c.sharedWords, 'word')} shared`}
            </Text>
            <Button size="compact-xs" variant="light" onClick={() => onCompare(other.uid)} aria-label={`Compare with ${other.outlet ?? other.title}`}>
              Compare
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}

/** Where the document's text comes from, and its copies in other outlets. */
export function DocumentSources({ uid, sources: data }: { uid: string; sources: Sources }) {
  const [editing, setEditing] = useState(false);
  const [compare, setCompare] = useState<string | null>(null);
  return (
    <Stack gap={6} role="region" aria-label="Sources of this text">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" aria-label="Upstream source">
          {upstreamText(data.upstream)}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)} aria-label="Change source">
          {data.upstream?.source === 'manual' ? 'Change…' : 'Mark as reprint…'}
        </Button>
      </Group>
      <Copies sources={data} onCompare={setCompare} />
      {editing && <UpstreamModal uid={uid} upstream={data.upstream} onClose={() => setEditing(false)} />}
      {compare && <CompareModal first={uid} second={compare} onClose={() => setCompare(null)} />}
    </Stack>
  );
}
