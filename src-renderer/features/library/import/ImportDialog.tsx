import { Button, Group, Modal, Stack, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useUi } from '../../../state/ui-store';
import { takesTyping } from '../../../ui/takes-typing';
import { ProjectImportForm } from '../../export/ProjectImportForm';
import { FilePickers } from './FilePickers';
import { useImportJob } from './import-job';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { PasteForm } from './PasteForm';

type Tab = 'files' | 'paste' | 'project';

/**
 * File › Import: choose files or a folder, or paste text; then progress with Cancel, then a
 * line per file. Text pasted anywhere outside a field opens it on the paste tab.
 */
export function ImportDialog() {
  const importOpen = useUi((s) => s.importOpen);
  const pasteOpen = useUi((s) => s.pasteOpen);
  const setImport = useUi((s) => s.setImport);
  const setPaste = useUi((s) => s.setPaste);
  const { phase, start, clear } = useImportJob();
  const [tab, setTab] = useState<Tab>('files');
  const [pasted, setPasted] = useState({ text: '', n: 0 });
  const opened = importOpen || pasteOpen;

  useEffect(() => {
    if (pasteOpen) setTab('paste');
    else if (importOpen) setTab('files');
  }, [importOpen, pasteOpen]);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent): void => {
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim() || takesTyping(e.target) || useImportJob.getState().phase === 'running') return;
      e.preventDefault();
      useImportJob.getState().clear();
      setPasted((p) => ({ text, n: p.n + 1 }));
      useUi.getState().setPaste(true);
      setTab('paste');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const close = (): void => {
    setImport(false);
    setPaste(false);
    if (useImportJob.getState().phase === 'done') clear();
    setPasted((p) => ({ text: '', n: p.n + 1 }));
  };

  return (
    <Modal opened={opened} onClose={close} title="Import" size="xl" aria-label="Import dialog">
      {phase === 'idle' && (
        <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'files')}>
          <Tabs.List>
            <Tabs.Tab value="files" aria-label="Files and folders">
              Files and folders
            </Tabs.Tab>
            <Tabs.Tab value="paste" aria-label="Paste text tab">
              Paste text
            </Tabs.Tab>
            <Tabs.Tab value="project" aria-label="Dossier export tab">
              Dossier export (.qdpx, W3C)
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="files">
            <FilePickers onChosen={(sources) => start(sources)} />
          </Tabs.Panel>
          <Tabs.Panel value="paste" pt="sm">
            <PasteForm key={pasted.n} initialText={pasted.text} onImport={(text, overrides) => start([{ kind: 'text', text }], overrides)} />
          </Tabs.Panel>
          <Tabs.Panel value="project">
            <ProjectImportForm />
          </Tabs.Panel>
        </Tabs>
      )}
      {phase === 'running' && <ImportProgress />}
      {phase === 'done' && (
        <Stack>
          <ImportSummary onOpened={close} />
          <Group justify="flex-end">
            <Button variant="default" onClick={clear} aria-label="Import more">
              Import more…
            </Button>
            <Button onClick={close} aria-label="Close import">
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
