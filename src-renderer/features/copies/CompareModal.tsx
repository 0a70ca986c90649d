import { Badge, Group, Loader, Modal, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { DocumentDetail } from '@common/api/schemas/documents';
import { useApiQuery } from '../../bridge/use-api-query';
import { compareTexts, type Segment } from './word-diff';
import './compare.css';

const heading = (d: DocumentDetail): string => [d.outlet ?? 'No outlet', d.published ?? 'date unknown'].join(' · ');

function Side({ doc, segments, label }: { doc: DocumentDetail; segments: Segment[]; label: string }) {
  return (
    <Stack gap={4} miw={0}>
      <Title order={3} size="h5">
        {heading(doc)}
      </Title>
      <Text size="sm" c="dimmed" truncate title={doc.title}>
        {doc.title}
      </Text>
      <Paper withBorder p="sm" className="compare-text" role="region" aria-label={label}>
        {segments.map((s, i) =>
          s.kind === 'same' ? (
            <span key={i}>{s.text}</span>
          ) : (
            <mark key={i} className={`compare-${s.kind}${s.salient ? ' compare-salient' : ''}`} aria-label={s.kind === 'added' ? 'added' : 'dropped'}>
              {s.text}
            </mark>
          ),
        )}
      </Paper>
    </Stack>
  );
}

/** Published first (then stored first) goes left: the right side is what the later text made of it. */
function inOrder(x: DocumentDetail, y: DocumentDetail): [DocumentDetail, DocumentDetail] {
  const key = (d: DocumentDetail): string => `${d.published ?? '9999'}|${d.createdAt}`;
  return key(x) <= key(y) ? [x, y] : [y, x];
}

/** Two versions of one story side by side, word by word: what the later text dropped, added and changed. */
export function CompareModal({ first, second, onClose }: { first: string; second: string; onClose(): void }) {
  const x = useApiQuery('documents.get', { uid: first });
  const y = useApiQuery('documents.get', { uid: second });
  const pair = useMemo(() => (x.data && y.data ? inOrder(x.data, y.data) : null), [x.data, y.data]);
  const cmp = useMemo(() => (pair ? compareTexts(pair[0].text, pair[1].text) : null), [pair]);
  const salient = cmp?.changes.filter((c) => c.kind !== 'wording') ?? [];
  return (
    <Modal opened onClose={onClose} title="Compare versions" size="100%" aria-label="Compare versions">
      {!pair || !cmp ? (
        <Loader aria-label="Loading both documents" />
      ) : (
        <Stack gap="sm">
          <Group gap="xs" aria-label="Differences">
            <Badge variant="light" color="gray">{`${cmp.sameWords} words in common`}</Badge>
            <Badge variant="light" color="red">{`${cmp.removedWords} dropped`}</Badge>
            <Badge variant="light" color="green">{`${cmp.addedWords} added`}</Badge>
          </Group>
          {salient.length > 0 && (
            <Stack gap={2} role="list" aria-label="Changed numbers and names">
              {salient.slice(0, 12).map((c, i) => (
                <Text key={i} size="sm" role="listitem">
                  <Badge size="xs" variant="outline" mr={6}>
                    {c.kind}
                  </Badge>
                  <span className="compare-removed compare-salient">{c.from}</span> → <span className="compare-added compare-salient">{c.to}</span>
                </Text>
              ))}
            </Stack>
          )}
          <ScrollArea.Autosize mah="70vh" type="auto">
            <SimpleGrid cols={2} spacing="md">
              <Side doc={pair[0]} segments={cmp.left} label="Earlier version" />
              <Side doc={pair[1]} segments={cmp.right} label="Later version" />
            </SimpleGrid>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}
