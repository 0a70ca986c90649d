import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { OUTLET_KINDS, type OutletKind } from '@common/api/schemas/outlets';
import { KIND_LABELS } from '@common/text/outlet-kind-labels';

const kindData = OUTLET_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

type Props = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & { value: OutletKind[]; onChange(kinds: OutletKind[]): void };

/** Outlet kinds to keep, none chosen meaning all: the one filter the matrix, themes over time and claims share. */
export function OutletKindsSelect({ value, onChange, label = 'Outlet kinds', ...rest }: Props) {
  return (
    <MultiSelect label={label} placeholder={value.length ? undefined : 'All'} data={kindData} value={value} clearable
      onChange={(v) => onChange(v as OutletKind[])} {...rest} />
  );
}
