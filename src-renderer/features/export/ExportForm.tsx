import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { EXPORT_EXTENSIONS, type ExportFormat, type ExportRequest } from '@common/api/schemas/export';
import type { ProjectInfo } from '@common/api/schemas/project';
import { api } from '../../bridge/api';
import { useUi } from '../../state/ui-store';
import { PathField } from '../../ui/PathField';
import { choiceByValue, choiceFor, extensionOf, FORMAT_CHOICES } from './export-formats';
import { defaultExportPath, folderOf, withExtension } from './export-paths';
import { initialScope, scopeOf, type ScopeState } from './export-scope';
import type { ScopePreset } from './export-store';
import { ExportScopeField, type Named } from './ExportScopeField';
import type { LastExport } from './use-export-setup';

interface Props {
  info: ProjectInfo;
  last: LastExport | null;
  themes: Named[];
  args: Named[];
  preset: ScopePreset | null;
  error: string | null;
  running: boolean;
  /** Waiting for an answer elsewhere (replace the file?): the form is read-only, not busy. */
  locked?: boolean;
  onRun(req: Omit<ExportRequest, 'jobId'>): void;
}

const EXTENSIONS = Object.values(EXPORT_EXTENSIONS);

function scopeName(s: ScopeState, themes: Named[], args: Named[]): string {
  if (s.kind === 'document') return s.documentLabel || 'document';
  if (s.kind === 'theme') return themes.find((t) => t.uid === s.themeUid)?.name ?? 'theme';
  if (s.kind === 'argument') return args.find((a) => a.uid === s.argumentUid)?.name ?? 'argument';
  if (s.kind === 'refs') return 'search';
  return '';
}

/** Format, scope and destination, with the last export's choices as defaults. */
export function ExportForm({ info, last, themes, args, preset, error, running, locked = false, onRun }: Props) {
  const openDocument = useUi((s) => (s.view === 'reader' ? s.documentUid : null));
  const [choice, setChoice] = useState(() => (last ? choiceFor(last.format as ExportFormat, last.csv) : FORMAT_CHOICES[0]!));
  const [scope, setScope] = useState(() => initialScope(preset, openDocument, last?.scope ?? null));
  const [edited, setEdited] = useState<string | null>(null);
  const desktop = Boolean(window.dossier?.host);

  const lastFolder = last ? folderOf(last.path) : undefined;
  const suggested = useMemo(
    () => defaultExportPath(info.path, info.name, [scopeName(scope, themes, args), choice.content], extensionOf(choice), lastFolder),
    [info, scope, themes, args, choice, lastFolder],
  );
  const path = edited ?? suggested;
  const target = scopeOf(scope);

  // The reader's title arrives after the dialog opens when Ctrl+E was pressed there.
  const { documentUid, documentLabel } = scope;
  useEffect(() => {
    if (!documentUid || documentLabel) return;
    let live = true;
    api('documents.get', { uid: documentUid }).then(
      (d) => live && setScope((s) => ({ ...s, documentLabel: d.title })),
      () => undefined,
    );
    return () => void (live = false);
  }, [documentUid, documentLabel]);

  const pickFormat = (value: string | null): void => {
    const next = choiceByValue(value);
    setChoice(next);
    if (edited) setEdited(withExtension(edited, extensionOf(next), EXTENSIONS));
  };

  const choose = async (): Promise<void> => {
    const picked = await window.dossier!.host!.call('host.saveFile', { defaultPath: path });
    if (picked.ok && picked.value) setEdited(picked.value);
  };

  const submit = (): void => {
    if (typeof target === 'string' || !path.trim()) return;
    onRun({ format: choice.format, csv: choice.csv ?? 'annotations', scope: target, path: path.trim(), overwrite: false });
  };

  return (
    <fieldset disabled={running || locked} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Stack gap="md">
        <div>
          <Select
            label="Format"
            aria-label="Export format"
            data={FORMAT_CHOICES.map((c) => ({ value: c.value, label: c.label }))}
            value={choice.value}
            onChange={pickFormat}
            allowDeselect={false}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {choice.hint}
          </Text>
        </div>
        <ExportScopeField value={scope} onChange={setScope} themes={themes} args={args} />
        <PathField
          label="Save to"
          aria-label="Destination file"
          description={desktop ? undefined : 'A path on this computer; after the export you can also download the file.'}
          value={path}
          onChange={(e) => setEdited(e.currentTarget.value)}
          action={
            desktop && (
              <Button variant="default" onClick={() => void choose()} aria-label="Choose destination">
                Choose…
              </Button>
            )
          }
        />
        {typeof target === 'string' && (
          <Text size="sm" c="dimmed" role="status">
            {target}
          </Text>
        )}
        {error && (
          <Alert color="red" title="The export failed" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={submit} disabled={typeof target === 'string' || !path.trim()} loading={running} aria-label="Export">
            Export
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
