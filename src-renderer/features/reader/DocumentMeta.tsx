import { Anchor, Badge, Group, Text } from '@mantine/core';
import type { DocumentDetail } from '@common/api/schemas/documents';
import { safeHttpUrl } from './safe-url';
import { languageLabel } from './search-language';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="sm" c="dimmed" component="span" aria-label={label}>
      {children}
    </Text>
  );
}

/** "Filed in Gabala, 2025-10-07, by AZERTAC": the dateline the item opened with, as metadata. */
export function datelineSummary(d: NonNullable<DocumentDetail['dateline']>): string {
  const where = [d.place, d.date].filter(Boolean).join(', ');
  return `Filed${where ? ` in ${where}` : ''}${d.outlet ? ` by ${d.outlet}` : ''}`;
}

/** Outlet, author, published date, dateline and source address above the text. */
export function DocumentMeta({ doc }: { doc: DocumentDetail }) {
  const href = safeHttpUrl(doc.url);
  return (
    <Group gap="md" wrap="wrap" aria-label="Document details">
      <Field label="Outlet">{doc.outlet ?? 'No outlet'}</Field>
      {doc.author && <Field label="Author">{`by ${doc.author}`}</Field>}
      <Field label="Published">{doc.published ?? 'Date unknown'}</Field>
      {doc.dateline && (
        <Text size="sm" c="dimmed" component="span" aria-label="Dateline" title={`As written: ${doc.dateline.text}`}>
          {datelineSummary(doc.dateline)}
        </Text>
      )}
      {doc.url &&
        (href ? (
          <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow" size="sm" aria-label="Source address" maw={420} truncate>
            {doc.url}
          </Anchor>
        ) : (
          <Field label="Source address">{doc.url}</Field>
        ))}
      <Field label="Language">
        <span title="The language its words are searched in: it decides which inflections of a word match">{`Language: ${languageLabel(doc.searchLanguage)}`}</span>
      </Field>
      {doc.versions > 1 && <Field label="Version">{`version ${doc.version} of ${doc.versions}`}</Field>}
      {doc.collections.map((c) => (
        <Badge key={`c:${c}`} variant="light" size="sm" aria-label={`In collection ${c}`}>
          {c}
        </Badge>
      ))}
      {doc.variables.map((v) => (
        <Badge key={`v:${v.name}`} variant="outline" size="sm" color="gray" aria-label={`${v.name}: ${v.value}`}>
          {`${v.name}: ${v.value}`}
        </Badge>
      ))}
    </Group>
  );
}
