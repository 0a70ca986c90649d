import { List, Stack, Text, Title } from '@mantine/core';
import type { ArgumentCitation } from '@common/api/schemas/arguments';

function sources(c: ArgumentCitation): string {
  const docs = new Map<string, string>();
  for (const e of c.claim?.evidence ?? []) {
    const parts = [e.outlet?.name, e.document.published].filter(Boolean).join(', ');
    docs.set(e.document.uid, `${e.document.title}${parts ? ` (${parts})` : ''}`);
  }
  return [...docs.values()].join('; ');
}

/** The numbered citations under the body, in order of first reference. */
export function CitationList({ citations }: { citations: readonly ArgumentCitation[] }) {
  return (
    <Stack gap={4} role="region" aria-label="Citations">
      <Title order={3} size="h6">
        Citations
      </Title>
      {citations.length === 0 ? (
        <Text size="sm" c="dimmed">
          Type @ in the text to cite a claim.
        </Text>
      ) : (
        <List listStyleType="none" spacing={4} size="sm" aria-label="Numbered citations">
          {citations.map((c) => (
            <List.Item key={c.claimUid}>
              <Text span fw={600}>
                [{c.number}]
              </Text>{' '}
              {c.claim ? (
                <>
                  {c.claim.statement} <Text span c="dimmed" size="xs">{sources(c)} · {c.claim.corroboration.grade}</Text>
                </>
              ) : (
                <Text span c="orange">
                  ⚠ deleted claim
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
