import { Group, Radio, Select, Stack } from '@mantine/core';
import type { ScopeKind, ScopeState } from './export-scope';

export interface Named {
  uid: string;
  name: string;
}

interface Props {
  value: ScopeState;
  onChange(next: ScopeState): void;
  themes: Named[];
  args: Named[];
}

/** Whole project / current document / a theme / an argument / the search results it was opened from. */
export function ExportScopeField({ value, onChange, themes, args }: Props) {
  const set = (patch: Partial<ScopeState>): void => onChange({ ...value, ...patch });
  const themeData = themes.map((t) => ({ value: t.uid, label: t.name }));
  const argData = args.map((a) => ({ value: a.uid, label: a.name }));

  return (
    <Radio.Group label="What to export" value={value.kind} onChange={(k) => set({ kind: k as ScopeKind })} aria-label="Export scope">
      <Stack gap={6} mt={6}>
        <Radio value="project" label="Whole project" aria-label="Whole project" />
        <Radio
          value="document"
          label={value.documentUid ? `Current document${value.documentLabel ? `: ${value.documentLabel}` : ''}` : 'Current document (none open)'}
          aria-label="Current document"
          disabled={!value.documentUid}
        />
        <Group gap="xs" wrap="nowrap">
          <Radio value="theme" label="A theme" aria-label="A theme" w={130} />
          <Select
            aria-label="Theme to export"
            placeholder="Choose a theme"
            data={themeData}
            value={value.themeUid}
            onChange={(v) => set({ themeUid: v, kind: 'theme' })}
            searchable
            size="xs"
            style={{ flex: 1 }}
          />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Radio value="argument" label="An argument" aria-label="An argument" w={130} disabled={!argData.length} />
          <Select
            aria-label="Argument to export"
            placeholder={argData.length ? 'Choose an argument' : 'No arguments yet'}
            data={argData}
            value={value.argumentUid}
            onChange={(v) => set({ argumentUid: v, kind: 'argument' })}
            disabled={!argData.length}
            searchable
            size="xs"
            style={{ flex: 1 }}
          />
        </Group>
        {value.refs && <Radio value="refs" label={value.refs.label} aria-label="Search results" />}
      </Stack>
    </Radio.Group>
  );
}
