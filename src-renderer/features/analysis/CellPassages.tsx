import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useApiQuery } from '../../bridge/use-api-query';
import { openPassage } from '../annotate/open-passage';
import { useAnalysis, type DrillCell } from './analysis-store';

function PassageList({ cell }: { cell: DrillCell }) {
  const { data, error } = useApiQuery('analysis.cell', { spec: cell.spec, row: cell.row, col: cell.col, limit: 500 });
  if (error) return <Text c="red">{error}</Text>;
  if (!data) return <Text c="dimmed">Loading…</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {data.total} {data.total === 1 ? 'passage' : 'passages'}
        {data.total > data.items.length ? ` (the first ${data.items.length} shown)` : ''}
      </Text>
      <Stack gap={6} role="list" aria-label="Passages in this cell">
        {data.items.map((a) => (
          <Stack key={a.uid} role="listitem" gap={4} p={8} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
            <Text size="sm">“{a.exact}”</Text>
            <Group gap={6} justify="space-between" wrap="nowrap">
              <Group gap={4}>
                <Text size="xs" c="dimmed" truncate maw={260}>
                  {a.documentTitle} · {a.outlet ?? 'No outlet'}
                </Text>
                {a.themes.map((t) => (
                  <Badge key={t.uid} size="xs" variant="dot" color={t.color}>
                    {t.name}
                  </Badge>
                ))}
              </Group>
              <Button size="compact-xs" variant="light" aria-label={`Open passage: ${a.exact.slice(0, 60)}`} onClick={() => {
                  useAnalysis.getState().drillInto(null);
                  openPassage(a);
                }}>
                Open
              </Button>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}

/** The passages behind the cell last clicked, in a drawer beside the matrix. */
export function CellPassages() {
  const cell = useAnalysis((s) => s.drill);
  const close = (): void => useAnalysis.getState().drillInto(null);
  return (
    <Drawer opened={cell !== null} onClose={close} position="right" size="lg" title={cell?.title ?? ''} aria-label="Passages of the cell">
      {cell && <PassageList cell={cell} />}
    </Drawer>
  );
}
