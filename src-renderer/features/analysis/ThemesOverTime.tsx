import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Matrix, MatrixSpec } from '@common/api/schemas/analysis';
import type { OutletKind } from '@common/api/schemas/outlets';
import { useApiQuery } from '../../bridge/use-api-query';
import { OutletKindsSelect } from '../../ui/OutletKindsSelect';
import { useAnalysis } from './analysis-store';
import { HeatmapTable } from './HeatmapTable';
import { StackedBars } from './StackedBars';

/** Top-level themes (each with its sub-themes) over dated months: what the stacked chart draws. */
function chartSeries(m: Matrix) {
  const months = m.cols.map((c, j) => ({ c, j })).filter(({ c }) => c.key !== '');
  const themes = m.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.depth === 0);
  return {
    months: months.map(({ c }) => c),
    series: themes.map(({ r, i }) => ({ key: r.key, label: r.label, color: r.color ?? '#868e96', values: months.map(({ j }) => m.cells[i]![j]!) })),
    undated: m.cols.some((c) => c.key === '') ? m.colTotals[m.cols.findIndex((c) => c.key === '')]! : 0,
  };
}

/** Passages per theme per month, stacked, for some outlet kinds or all; a bar segment lists its passages. */
export function ThemesOverTime() {
  const [kinds, setKinds] = useState<OutletKind[]>([]);
  const [as, setAs] = useState<'chart' | 'table'>('chart');
  const spec: MatrixSpec = {
    rows: 'themes',
    cols: 'months',
    measure: 'annotations',
    themeLevel: 'rollup',
    cooccurrence: 'passage',
    filter: kinds.length ? { kinds } : {},
  };
  const { data: m, error } = useApiQuery('analysis.matrix', { spec });
  const drill = (row: string | null, col: string | null, title: string): void => useAnalysis.getState().drillInto({ spec, row, col, title });
  const data = m && chartSeries(m);
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <OutletKindsSelect aria-label="Outlet kinds over time" value={kinds} w={260} onChange={setKinds} />
        <SegmentedControl aria-label="Show as" data={[{ value: 'chart', label: 'Chart' }, { value: 'table', label: 'Table' }]} value={as}
          onChange={(v) => setAs(v as 'chart' | 'table')} />
      </Group>
      {error && <Text c="red">{error}</Text>}
      {data && data.months.length === 0 && <Text c="dimmed">No dated passages with themes{kinds.length ? ' from these outlet kinds' : ''}.</Text>}
      {m && data && data.months.length > 0 &&
        (as === 'chart' ? (
          <StackedBars months={data.months} series={data.series} onOpen={(theme, month) => drill(theme.key, month.key, `${theme.label}, ${month.label}`)} />
        ) : (
          <HeatmapTable matrix={m} color="#4263eb" measureLabel="passages" onOpen={drill} />
        ))}
      {data && data.undated > 0 && (
        <Text size="xs" c="dimmed">
          {data.undated} passages are in documents with no publication date (not drawn).
        </Text>
      )}
    </Stack>
  );
}
