import { Anchor, Badge, Group, ScrollArea, Stack, Text } from '@mantine/core';
import type { ImportFileResult } from '@common/api/schemas/documents';
import { useUi } from '../../../state/ui-store';
import { useImportJob } from './import-job';

const COLOR: Record<ImportFileResult['status'], string> = {
  imported: 'green',
  version: 'teal',
  duplicate: 'yellow',
  failed: 'red',
  cancelled: 'gray',
};

const LABEL: Record<ImportFileResult['status'], string> = {
  imported: 'imported',
  version: 'new version',
  duplicate: 'duplicate',
  failed: 'failed',
  cancelled: 'cancelled',
};

const baseName = (file: string): string => file.split(/[\\/]/).pop() || file;

function ResultLine({ r, onOpen }: { r: ImportFileResult; onOpen(uid: string): void }) {
  const link = (uid: string, text: string, label: string) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onOpen(uid)} aria-label={label}>
      {text}
    </Anchor>
  );
  return (
    <Group role="listitem" gap="xs" wrap="nowrap" pr="sm" aria-label={`${baseName(r.file)}: ${LABEL[r.status]}`} data-status={r.status}>
      <Badge color={COLOR[r.status]} variant="light" w={96} style={{ flexShrink: 0 }}>
        {LABEL[r.status]}
      </Badge>
      <Text size="sm" fw={500} truncate title={r.file} maw={200} style={{ flexShrink: 0 }}>
        {baseName(r.file)}
      </Text>
      <Text size="sm" c={r.status === 'failed' ? 'red' : 'dimmed'} truncate component="div" style={{ flex: 1, minWidth: 0 }}>
        {(r.status === 'imported' || r.status === 'version') && r.uid && link(r.uid, r.title ?? 'Open', `Open ${r.title ?? baseName(r.file)}`)}
        {r.status === 'duplicate' && r.existing && (
          <>
            already in the library as {link(r.existing, r.title ? `“${r.title}”` : 'the existing document', `Open existing document ${r.title ?? ''}`.trim())}
          </>
        )}
        {r.status === 'failed' && (r.reason ?? 'failed')}
        {r.status === 'cancelled' && 'not imported'}
      </Text>
    </Group>
  );
}

/** One line per file: what happened to it, with a link to the document it became or matched. */
export function ImportSummary({ onOpened }: { onOpened(): void }) {
  const { results, cancelled } = useImportJob();
  const openDocument = useUi((s) => s.openDocument);
  const count = (...st: ImportFileResult['status'][]) => results.filter((r) => st.includes(r.status)).length;
  const open = (uid: string): void => {
    onOpened();
    openDocument(uid);
  };
  return (
    <Stack gap="xs">
      <Text fw={600} role="status" aria-label="Import summary">
        {cancelled ? 'Import cancelled: ' : ''}
        {count('imported', 'version')} imported · {count('duplicate')} duplicate · {count('failed')} failed
        {count('cancelled') ? ` · ${count('cancelled')} not imported` : ''}
      </Text>
      <ScrollArea.Autosize mah="50vh" type="auto" scrollbars="y">
        <Stack gap={6} role="list" aria-label="Import results">
          {results.map((r, i) => (
            <ResultLine key={`${i}:${r.file}`} r={r} onOpen={open} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
