import { Button, Group, Stack, Text, useMantineTheme } from '@mantine/core';
import { useApiQuery } from '../../bridge/use-api-query';
import { saveBlob } from '../export/download';
import { useAnalysis } from './analysis-store';
import { AXIS_LABELS, unitLabel } from './analysis-labels';
import { HeatmapTable } from './HeatmapTable';
import { MatrixControls } from './MatrixControls';
import { matrixCsv, matrixSvg, svgToPng } from './matrix-files';

/** The matrix: controls, the heat map with totals, exports; a click on a count lists its passages. */
export function MatrixPanel() {
  const spec = useAnalysis((s) => s.spec);
  const theme = useMantineTheme();
  const color = theme.colors[theme.primaryColor]![7]!;
  const { data: m, error } = useApiQuery('analysis.matrix', { spec });
  const unit = unitLabel(spec);
  const title =
    spec.rows === 'themes' && spec.cols === 'themes'
      ? `Themes × themes (${spec.cooccurrence === 'paragraph' ? 'same paragraph' : 'same passage'}), ${unit}`
      : `${AXIS_LABELS[spec.rows]} × ${AXIS_LABELS[spec.cols]}, ${unit}`;
  const base = `matrix-${spec.rows}-${spec.cols}-${spec.measure}`;
  return (
    <Stack gap="sm">
      <MatrixControls />
      <Group gap="xs">
        <Text fw={600} style={{ flex: 1 }}>
          {title}
        </Text>
        <Button size="xs" variant="default" disabled={!m} aria-label="Export matrix as CSV"
          onClick={() => m && saveBlob(`${base}.csv`, new Blob([matrixCsv(m)], { type: 'text/csv' }))}>
          CSV
        </Button>
        <Button size="xs" variant="default" disabled={!m} aria-label="Export matrix as SVG"
          onClick={() => m && saveBlob(`${base}.svg`, new Blob([matrixSvg(m, color, title)], { type: 'image/svg+xml' }))}>
          SVG
        </Button>
        <Button size="xs" variant="default" disabled={!m} aria-label="Export matrix as PNG"
          onClick={() => m && void svgToPng(matrixSvg(m, color, title)).then((png) => saveBlob(`${base}.png`, png))}>
          PNG
        </Button>
      </Group>
      {error && <Text c="red">{error}</Text>}
      {m && m.rows.length === 0 && <Text c="dimmed">Nothing to count yet: tag passages with themes in the reader.</Text>}
      {m && m.rows.length > 0 && (
        <HeatmapTable
          matrix={m}
          color={color}
          measureLabel={unit}
          onOpen={(row, col, cellTitle) => useAnalysis.getState().drillInto({ spec, row, col, title: cellTitle })}
        />
      )}
    </Stack>
  );
}
