import { Button, Checkbox, ColorInput, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Theme } from '@common/api/schemas/themes';
import { ExportButton } from '../export/ExportButton';
import { updateTheme } from './theme-actions';
import { DeleteThemeDialog, MergeThemeDialog } from './ThemeDialogs';

interface Props {
  theme: Theme;
  themes: readonly Theme[];
  onSelect(uid: string | null): void;
}

/** One theme's name, colour, description and pin; merge and delete. Text fields save when they lose focus. */
export function ThemeEditor({ theme, themes, onSelect }: Props) {
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [color, setColor] = useState(theme.color);
  const [dialog, setDialog] = useState<'merge' | 'delete' | null>(null);
  const saveName = (): void => {
    if (name.trim() && name.trim() !== theme.name) void updateTheme({ uid: theme.uid, name: name.trim() }).then((t) => !t && setName(theme.name));
    else setName(theme.name);
  };
  const done = (next: string | null): void => {
    setDialog(null);
    onSelect(next);
  };

  return (
    <Paper withBorder p="md" role="region" aria-label="Theme details">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {theme.name}
          </Title>
          <Text size="sm" c="dimmed">
            {theme.annotationCount} annotation{theme.annotationCount === 1 ? '' : 's'}
          </Text>
        </Group>
        <TextInput
          label="Name"
          aria-label="Theme name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          onBlur={saveName}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <ColorInput
          label="Colour"
          aria-label="Theme colour"
          format="hex"
          value={color}
          onChange={setColor}
          onChangeEnd={(c) => /^#[0-9a-f]{6}$/i.test(c) && c !== theme.color && void updateTheme({ uid: theme.uid, color: c })}
          swatches={['#e03131', '#f08c00', '#2f9e44', '#1971c2', '#7048e8', '#0c8599', '#c2255c', '#868e96']}
        />
        <Textarea
          label="Description"
          aria-label="Theme description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          onBlur={() => description !== theme.description && void updateTheme({ uid: theme.uid, description })}
        />
        <Checkbox
          label="Pinned (Ctrl+1…9 in the reader)"
          aria-label="Pinned"
          checked={theme.pinned}
          onChange={(e) => void updateTheme({ uid: theme.uid, pinned: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <ExportButton preset={{ kind: 'theme', uid: theme.uid }} size="sm" />
          <Button variant="default" onClick={() => setDialog('merge')} aria-label="Merge theme" disabled={themes.length < 2}>
            Merge into…
          </Button>
          <Button color="red" variant="light" onClick={() => setDialog('delete')} aria-label="Delete theme…">
            Delete…
          </Button>
        </Group>
      </Stack>
      <MergeThemeDialog theme={theme} themes={themes} opened={dialog === 'merge'} onClose={() => setDialog(null)} onDone={done} />
      <DeleteThemeDialog theme={theme} opened={dialog === 'delete'} onClose={() => setDialog(null)} onDone={done} />
    </Paper>
  );
}
