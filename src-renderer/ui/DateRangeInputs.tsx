import { TextInput, type MantineSize } from '@mantine/core';
import { isPartialDate, PARTIAL_DATE_HINT } from '@common/text/partial-date';

interface Props {
  /** Names the pair for screen readers: "<name> from" and "<name> to". */
  name: string;
  from: string;
  to: string;
  onChange(patch: { from: string } | { to: string }): void;
  placeholders: [from: string, to: string];
  labels?: [from: string, to: string];
  size?: MantineSize;
  w: number;
}

const dateError = (s: string): string | undefined => (s.trim() && !isPartialDate(s) ? PARTIAL_DATE_HINT : undefined);

/** A from/to pair of partial dates (2025, 2025-10, 2025-10-03), each flagged while it is not one. */
export function DateRangeInputs({ name, from, to, onChange, placeholders, labels, size, w }: Props) {
  const ends = [
    { end: 'from', value: from, patch: (v: string) => ({ from: v }) },
    { end: 'to', value: to, patch: (v: string) => ({ to: v }) },
  ];
  return ends.map(({ end, value, patch }, i) => (
    <TextInput
      key={end}
      size={size}
      w={w}
      label={labels?.[i]}
      aria-label={`${name} ${end}`}
      placeholder={placeholders[i]}
      value={value}
      onChange={(e) => onChange(patch(e.currentTarget.value))}
      error={dateError(value)}
    />
  ));
}
