import { Box, Button, Group, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../bridge/use-api-query';
import { CodebookTree } from './CodebookTree';
import { createTheme } from './theme-actions';
import { ThemeAnnotations } from './ThemeAnnotations';
import { ThemeEditor } from './ThemeEditor';

/** The codebook: the theme tree on the left; the chosen theme's details and passages on the right. */
export function ThemesView() {
  const { data: themes } = useApiQuery('themes.list', {});
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const current = themes?.find((t) => t.uid === selected);
  const add = async (): Promise<void> => {
    if (!name.trim()) return;
    const t = await createTheme({ name: name.trim() });
    if (!t) return;
    setName('');
    setSelected(t.uid);
  };

  return (
    <Group p="md" gap="lg" h="100%" align="stretch" wrap="nowrap">
      <Box w="42%" miw={380} h="100%">
        <Stack gap="sm" h="100%">
          <Title order={2}>Themes</Title>
          <form
            aria-label="New theme"
            onSubmit={(e) => {
              e.preventDefault();
              void add();
            }}
          >
            <Group gap="xs" wrap="nowrap">
              <TextInput placeholder="New theme name" aria-label="New theme name" value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button type="submit" aria-label="Add theme" disabled={!name.trim()}>
                Add
              </Button>
            </Group>
          </form>
          {themes?.length === 0 && <Text c="dimmed">The codebook is empty: add a theme, or tag a passage in the reader.</Text>}
          <Text size="xs" c="dimmed">
            Drag a theme onto another to nest it (or onto a row's top or bottom edge to place it beside), or use the arrows.
          </Text>
          <ScrollArea style={{ flex: 1 }} type="auto">
            <CodebookTree themes={themes ?? []} selected={selected} onSelect={setSelected} />
          </ScrollArea>
        </Stack>
      </Box>
      <Box style={{ flex: 1 }} h="100%">
        <ScrollArea h="100%" type="auto">
          {current ? (
            <Stack gap="md">
              <ThemeEditor key={current.uid} theme={current} themes={themes ?? []} onSelect={setSelected} />
              <ThemeAnnotations theme={current} />
            </Stack>
          ) : (
            <Text c="dimmed" mt={48} ta="center">
              Choose a theme to edit it and see its passages.
            </Text>
          )}
        </ScrollArea>
      </Box>
    </Group>
  );
}
