import { Button, Center, Group, Kbd, List, Stack, Text, Title } from '@mantine/core';
import { useUi } from '../../state/ui-store';
import { openSampleProject } from './open-sample';

/** What to do in an empty project: every way in, with its key. */
export function EmptyLibrary() {
  const setImport = useUi((s) => s.setImport);
  const setPaste = useUi((s) => s.setPaste);
  return (
    <Center py="xl" aria-label="Empty library">
      <Stack align="center" gap="sm" maw={520}>
        <Title order={3}>No documents yet</Title>
        <Text c="dimmed" ta="center">
          Import the articles you work from: plain text, Markdown, HTML or PDF files, or whole folders.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            File › Import Files… (<Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">I</Kbd>)
          </List.Item>
          <List.Item>drag and drop files or folders anywhere on this window</List.Item>
          <List.Item>
            paste an article’s text (<Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Shift</Kbd> + <Kbd size="xs">V</Kbd>)
          </List.Item>
          <List.Item>or look around first: Help › Open Sample Project</List.Item>
        </List>
        <Group>
          <Button onClick={() => setImport(true)} aria-label="Import files">
            Import files…
          </Button>
          <Button variant="default" onClick={() => setPaste(true)} aria-label="Paste text">
            Paste text…
          </Button>
          <Button variant="subtle" onClick={() => void openSampleProject()} aria-label="Open sample project">
            Open sample project
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
