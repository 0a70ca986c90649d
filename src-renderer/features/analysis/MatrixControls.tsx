import { Group, SegmentedControl, Select } from '@mantine/core';
import { MATRIX_AXES, MATRIX_MEASURES, type MatrixAxis, type MatrixMeasure } from '@common/api/schemas/analysis';
import { OutletKindsSelect } from '../../ui/OutletKindsSelect';
import { useAnalysis } from './analysis-store';
import { AXIS_LABELS, MEASURE_LABELS } from './analysis-labels';

const axisData = MATRIX_AXES.map((a) => ({ value: a, label: AXIS_LABELS[a] }));

/** What the matrix counts and by what: rows, columns, measure, theme roll-up, co-occurrence, outlet kinds. */
export function MatrixControls() {
  const spec = useAnalysis((s) => s.spec);
  const setSpec = useAnalysis((s) => s.setSpec);
  const themesBoth = spec.rows === 'themes' && spec.cols === 'themes';
  const hasThemes = spec.rows === 'themes' || spec.cols === 'themes';
  // Choosing the other side's axis swaps the two, so rows and columns never end up equal by accident.
  const choose = (side: 'rows' | 'cols', axis: MatrixAxis): void => {
    const other = side === 'rows' ? 'cols' : 'rows';
    if (axis === spec[other] && axis !== 'themes') setSpec({ [side]: axis, [other]: spec[side] });
    else setSpec({ [side]: axis });
  };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select label="Rows" aria-label="Rows" data={axisData} value={spec.rows} allowDeselect={false} w={150}
        onChange={(v) => v && choose('rows', v as MatrixAxis)} />
      <Select label="Columns" aria-label="Columns" data={axisData} value={spec.cols} allowDeselect={false} w={150}
        onChange={(v) => v && choose('cols', v as MatrixAxis)} />
      <Select
        label="Count"
        aria-label="Count"
        data={MATRIX_MEASURES.filter((m) => !(themesBoth && spec.cooccurrence === 'paragraph' && m === 'words')).map((m) => ({ value: m, label: MEASURE_LABELS[m] }))}
        value={spec.measure}
        allowDeselect={false}
        w={130}
        onChange={(v) => v && setSpec({ measure: v as MatrixMeasure })}
      />
      {hasThemes && (
        <SegmentedControl
          aria-label="Theme level"
          data={[{ value: 'rollup', label: 'With sub-themes' }, { value: 'own', label: 'Own passages' }]}
          value={spec.themeLevel}
          onChange={(v) => setSpec({ themeLevel: v as 'rollup' | 'own' })}
        />
      )}
      {themesBoth && (
        <SegmentedControl
          aria-label="Co-occurrence"
          data={[{ value: 'passage', label: 'Same passage' }, { value: 'paragraph', label: 'Same paragraph' }]}
          value={spec.cooccurrence}
          onChange={(v) => setSpec({ cooccurrence: v as 'passage' | 'paragraph', ...(v === 'paragraph' && spec.measure === 'words' ? { measure: 'annotations' } : {}) })}
        />
      )}
      <OutletKindsSelect
        aria-label="Outlet kinds"
        value={spec.filter.kinds ?? []}
        w={240}
        onChange={(v) => setSpec({ filter: { ...spec.filter, kinds: v.length ? v : undefined } })}
      />
    </Group>
  );
}
