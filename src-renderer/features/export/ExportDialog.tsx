import { Alert, Button, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ExportRequest, ExportResult } from '@common/api/schemas/export';
import { ApiFailure, onEvent } from '../../bridge/api';
import { mutate } from '../../bridge/mutate';
import { useExport } from './export-store';
import { ExportForm } from './ExportForm';
import { ExportResultView } from './ExportResultView';
import { folderOf } from './export-paths';
import { useExportSetup, type LastExport } from './use-export-setup';

const fileName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

type Request = Omit<ExportRequest, 'jobId'>;
type Phase =
  | { kind: 'form'; error: string | null }
  | { kind: 'running'; done: number }
  | { kind: 'exists'; req: Request }
  | { kind: 'done'; result: ExportResult; csv?: string };

let jobCounter = 0;

/** File › Export (Ctrl+E): format, scope and destination; progress; then where the file is. */
export function ExportDialog() {
  const { open, preset, close } = useExport();
  return (
    <Modal opened={open} onClose={close} title="Export" size="lg" aria-label="Export dialog">
      {open && <ExportFlow key={JSON.stringify(preset)} onClose={close} />}
    </Modal>
  );
}

function ExportFlow({ onClose }: { onClose(): void }) {
  const preset = useExport((s) => s.preset);
  const setup = useExportSetup();
  const [phase, setPhase] = useState<Phase>({ kind: 'form', error: null });
  const job = useRef<string | null>(null);
  // "Export another" starts from what was just exported, not from the settings read on opening.
  const [justDone, setJustDone] = useState<LastExport | null>(null);

  useEffect(
    () =>
      onEvent('export.progress', (p) => {
        if (p.jobId === job.current && p.total > 0) setPhase((ph) => (ph.kind === 'running' ? { kind: 'running', done: p.done / p.total } : ph));
      }),
    [],
  );

  const run = (req: Request): void => {
    const jobId = `ui-${Date.now()}-${++jobCounter}`;
    job.current = jobId;
    setPhase({ kind: 'running', done: 0 });
    mutate('export.run', { ...req, jobId }).then(
      (result) => {
        setJustDone({ format: req.format, csv: req.csv, scope: req.scope ?? null, path: result.path });
        setPhase({ kind: 'done', result, csv: req.csv });
      },
      // An existing file is never replaced without asking.
      (e: Error) => {
        const code = e instanceof ApiFailure ? e.error.code : null;
        if (code === 'conflict' && !req.overwrite) setPhase({ kind: 'exists', req });
        // A cancelled export wrote nothing: back to the choices, without an error to read.
        else setPhase({ kind: 'form', error: code === 'cancelled' ? null : e.message });
      },
    );
  };

  const cancel = (): void => {
    if (job.current) void mutate('export.cancel', { jobId: job.current }).catch(() => undefined);
  };

  if (!setup.ready || !setup.info) return <Loader size="sm" aria-label="Loading export options" />;
  if (phase.kind === 'done') {
    return <ExportResultView result={phase.result} csv={phase.csv} onAgain={() => setPhase({ kind: 'form', error: null })} onClose={onClose} />;
  }
  // The form stays mounted while the export runs, so a failure returns to the choices as they were.
  return (
    <Stack gap="md">
      <ExportForm
        info={setup.info}
        last={justDone ?? setup.last}
        themes={setup.themes}
        args={setup.args}
        preset={preset}
        error={phase.kind === 'form' ? phase.error : null}
        running={phase.kind === 'running'}
        locked={phase.kind === 'exists'}
        onRun={run}
      />
      {phase.kind === 'exists' && (
        <Alert color="yellow" title="Replace the existing file?" role="alertdialog">
          <Text size="sm">
            {fileName(phase.req.path)} exists already in {folderOf(phase.req.path)}. Replacing it loses what it holds now.
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={() => setPhase({ kind: 'form', error: null })} aria-label="Keep the existing file" data-autofocus>
              Keep it
            </Button>
            <Button color="red" onClick={() => run({ ...phase.req, overwrite: true })} aria-label="Replace the file">
              Replace
            </Button>
          </Group>
        </Alert>
      )}
      {phase.kind === 'running' && (
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm">Exporting…</Text>
            <Button size="xs" variant="default" onClick={cancel} aria-label="Cancel the export">
              Cancel
            </Button>
          </Group>
          <Progress value={Math.round(phase.done * 100)} animated aria-label="Export progress" />
        </Stack>
      )}
    </Stack>
  );
}
