import { Group, Text } from '@mantine/core';
import type { MatrixHeader } from '@common/api/schemas/analysis';

interface Series {
  key: string;
  label: string;
  color: string;
  values: number[];
}

interface Props {
  months: MatrixHeader[];
  series: Series[];
  onOpen(series: Series, month: MatrixHeader): void;
}

const H = 260;
const PAD = { left: 36, bottom: 54, top: 8 };

/** A round step for the y axis: 1, 2 or 5 times a power of ten, about four ticks up to `max`. */
function tickStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * pow).find((s) => s >= raw)!;
}

/** Stacked bars, one per month, in the themes' own colours; each segment is a button. */
export function StackedBars({ months, series, onOpen }: Props) {
  const totals = months.map((_, j) => series.reduce((n, s) => n + s.values[j]!, 0));
  const max = Math.max(1, ...totals);
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const band = Math.max(18, Math.min(56, 900 / months.length));
  const width = PAD.left + band * months.length + 8;
  const y = (v: number): number => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / top);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg width={width} height={H} role="group" aria-label="Passages per theme per month" style={{ fontSize: 11 }}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={width} y1={y(t)} y2={y(t)} stroke="var(--mantine-color-default-border)" />
            <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fill="currentColor">
              {t}
            </text>
          </g>
        ))}
        {months.map((month, j) => {
          let base = 0;
          const x = PAD.left + j * band + 3;
          return (
            <g key={month.key}>
              {series.map((s) => {
                const v = s.values[j]!;
                if (!v) return null;
                const y0 = y(base);
                base += v;
                const label = `${s.label}, ${month.label}: ${v} passages`;
                return (
                  <rect key={s.key} x={x} width={band - 6} y={y(base)} height={Math.max(1, y0 - y(base))} fill={s.color} role="button" tabIndex={0}
                    aria-label={label} style={{ cursor: 'pointer' }} onClick={() => onOpen(s, month)}
                    onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onOpen(s, month))}>
                    <title>{label}</title>
                  </rect>
                );
              })}
              <text transform={`translate(${x + band / 2 - 3},${H - PAD.bottom + 12}) rotate(45)`} fill="currentColor">
                {month.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt={4} aria-label="Legend">
        {series.map((s) => (
          <Group key={s.key} gap={4}>
            <span style={{ width: 10, height: 10, borderRadius: 2, background: s.color, display: 'inline-block' }} />
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
