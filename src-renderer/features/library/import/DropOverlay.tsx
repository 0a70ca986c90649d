import { Center, Overlay, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useUi } from '../../../state/ui-store';
import { sourcesFromDrop } from './drop-sources';
import { useImportJob } from './import-job';

const carriesFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dragged over any part of the window show "Drop to import"; a drop imports them. The
 * document-level handlers also stop the browser from navigating to a dropped file.
 */
export function DropOverlay() {
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overDoc = (e: DragEvent): void => {
      e.preventDefault();
      if (e.dataTransfer && carriesFiles(e)) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      depth = 0;
      setOver(false);
      // Text dropped into a field stays the field's business; files never navigate the page.
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      const job = useImportJob.getState();
      if (job.phase === 'running') {
        notifications.show({ color: 'yellow', message: 'An import is running; drop the files again when it has finished.' });
        return;
      }
      void sourcesFromDrop(e.dataTransfer).then((sources) => {
        if (!sources.length) return;
        job.clear();
        useUi.getState().setImport(true);
        useImportJob.getState().start(sources);
      });
    };
    document.addEventListener('dragenter', enter);
    document.addEventListener('dragleave', leave);
    document.addEventListener('dragover', overDoc);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragenter', enter);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('dragover', overDoc);
      document.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <Overlay fixed zIndex={1000} backgroundOpacity={0.55} color="#000" style={{ pointerEvents: 'none' }} aria-hidden={false}>
      <Center h="100%" role="status" aria-label="Drop to import">
        <Stack
          align="center"
          gap={4}
          p="xl"
          style={{ border: '3px dashed var(--mantine-color-white)', borderRadius: 16, color: 'var(--mantine-color-white)' }}
        >
          <Title order={2} c="white">
            Drop to import
          </Title>
          <Text c="white">Text, Markdown, HTML and PDF files, or whole folders</Text>
        </Stack>
      </Center>
    </Overlay>
  );
}
