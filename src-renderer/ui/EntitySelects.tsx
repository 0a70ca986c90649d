import { Select, type SelectProps } from '@mantine/core';
import { useApiQuery } from '../bridge/use-api-query';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string | null; onChange(uid: string | null): void };

const byName = (rows: readonly { uid: string; name: string }[] | undefined) => (rows ?? []).map((r) => ({ value: r.uid, label: r.name }));

/** Picks one outlet by name (value is its uid); clearable, so no choice means any outlet. */
export function OutletSelect(props: Props) {
  const { data } = useApiQuery('outlets.list', {});
  return <Select aria-label="Filter by outlet" clearable searchable data={byName(data)} {...props} />;
}

/** Picks one theme by name (value is its uid); clearable, so no choice means any theme. */
export function ThemeSelect(props: Props) {
  const { data } = useApiQuery('themes.list', {});
  return <Select aria-label="Filter by theme" clearable searchable data={byName(data)} {...props} />;
}
