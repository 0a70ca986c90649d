import { Badge, Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Annotation } from '@common/api/schemas/annotations';
import type { Theme } from '@common/api/schemas/themes';
import { useAnnotate } from './annotate-store';
import { addTheme, deleteAnnotation, setThemes } from './annotation-ops';
import { PassageClaimActions } from '../claims/PassageClaimActions';
import { NoteEditor } from './NoteEditor';
import { ThemePicker, type ThemeChoice } from './ThemePicker';

const failed = (title: string) => (e: Error) => void notifications.show({ color: 'red', title, message: e.message });

/** The selected annotation: its quote, its themes (add, remove), its note, delete. */
export function AnnotationDetail({ annotation: a, themes }: { annotation: Annotation; themes: readonly Theme[] }) {
  const select = useAnnotate((s) => s.select);
  const current = a.themes.map((t) => t.uid);
  const add = (choice: ThemeChoice): void => {
    addTheme(a, choice).catch(failed('Theme not added'));
  };
  const remove = (uid: string): void => void setThemes(a, current.filter((u) => u !== uid)).catch(failed('Theme not removed'));
  const del = (): void => {
    deleteAnnotation(a.uid).then(() => {
      select(null);
      notifications.show({ message: 'Annotation deleted. Ctrl+Z brings it back.' });
    }, failed('Not deleted'));
  };

  return (
    <Paper withBorder p="sm" aria-label="Selected annotation" role="region">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fs="italic" lineClamp={4}>
            “{a.exact}”
          </Text>
          <CloseButton size="sm" aria-label="Close annotation" onClick={() => select(null)} />
        </Group>
        <Group gap={4} role="group" aria-label="Annotation themes">
          {a.themes.length === 0 && (
            <Text size="xs" c="dimmed">
              No theme yet
            </Text>
          )}
          {a.themes.map((t) => (
            <Badge
              key={t.uid}
              variant="light"
              color={t.color}
              style={{ textTransform: 'none' }}
              rightSection={<CloseButton size="xs" aria-label={`Remove theme ${t.name}`} onClick={() => remove(t.uid)} />}
            >
              {t.name}
            </Badge>
          ))}
        </Group>
        <ThemePicker themes={themes} applied={current} label="Add a theme" onPick={add} />
        <PassageClaimActions passage={a} />
        <Text size="xs" fw={500}>
          Note
        </Text>
        <NoteEditor key={a.uid} uid={a.uid} note={a.note} revision={a.updatedAt} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {a.evidenceCount > 0 ? `Evidence for ${a.evidenceCount} claim${a.evidenceCount === 1 ? '' : 's'}` : ''}
          </Text>
          <Button size="compact-xs" color="red" variant="subtle" onClick={del} aria-label="Delete annotation">
            Delete
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
