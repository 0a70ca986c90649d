import { ActionIcon, Code, Popover, Stack, Table, Text } from '@mantine/core';

const SYNTAX: [string, string][] = [
  ['corridor gas', 'every word must match'],
  ['"Middle Corridor"', 'the exact phrase'],
  ['gas OR oil', 'either word'],
  ['uav -drone', 'leave out results with a word'],
  ['surveil*', 'words that start with it'],
  ['theme:Energy', 'tagged with a theme (or a sub-theme)'],
  ['outlet:Azernews', 'from an outlet'],
  ['after:2025-09', 'dated after (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ['before:2026', 'dated before'],
  ['kind:claim', 'only documents, annotations, claims or arguments'],
];

/** The query language, in a popover next to the search box. */
export function SearchHelp() {
  return (
    <Popover width={460} position="bottom-end" withArrow shadow="md" trapFocus returnFocus transitionProps={{ duration: 0 }}>
      <Popover.Target>
        <ActionIcon variant="default" size="lg" aria-label="Search help">
          ?
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label="How to search">
        <Stack gap="xs">
          <Text size="sm">
            Case and accents do not matter: <Code>turkiye</Code> finds Türkiye, <Code>aliyev</Code> finds Əliyev.
          </Text>
          <Table withRowBorders={false} verticalSpacing={2} aria-label="Query language">
            <Table.Tbody>
              {SYNTAX.map(([example, meaning]) => (
                <Table.Tr key={example}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Code>{example}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{meaning}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            Anything can be typed: stray quotes, brackets and symbols are read as plain words.
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
