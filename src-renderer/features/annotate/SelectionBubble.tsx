import { Badge, Button, CloseButton, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Theme } from '@common/api/schemas/themes';
import { commandKeys, displayKeys } from '../../commands/keys';
import { quickThemes } from '../themes/theme-search';
import { useAnnotate, type PendingRange } from './annotate-store';
import { ThemePicker, type ThemeChoice } from './ThemePicker';

const WIDTH = 300;

interface Props {
  pending: PendingRange;
  themes: readonly Theme[];
  /** The selected text, when it is short enough to be a name ("Also search as…"). */
  name: string | null;
  onPick(choice: ThemeChoice): void;
  onMakeClaim(): void;
  onAlsoSearchAs(name: string): void;
  onClose(): void;
}

const keysOf = (accel: string): string => displayKeys(accel).join('+');

/** The bubble under a text selection: quick themes (Ctrl+1…9), the theme picker (Alt+T), Make claim (Alt+M) and Also search as…. */
export function SelectionBubble({ pending, themes, name, onPick, onMakeClaim, onAlsoSearchAs, onClose }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const pickerFocus = useAnnotate((s) => s.pickerFocus);
  const focusAtMount = useRef(pickerFocus);
  useEffect(() => {
    if (pickerFocus === focusAtMount.current) return;
    picker.current?.focus();
    // Run from the palette, the palette's closing gives the focus back to the text 10 ms later: take it again.
    const again = setTimeout(() => picker.current?.focus(), 50);
    return () => clearTimeout(again);
  }, [pickerFocus]);
  const below = pending.bottom + 260 < window.innerHeight;
  const left = Math.max(8, Math.min(window.innerWidth - WIDTH - 8, pending.x - WIDTH / 2));
  const quick = quickThemes(themes);
  return (
    <Paper
      role="dialog"
      aria-label="Tag selection"
      shadow="md"
      withBorder
      p="xs"
      w={WIDTH}
      style={{ position: 'fixed', left, zIndex: 300, ...(below ? { top: pending.bottom + 8 } : { bottom: window.innerHeight - pending.top + 8 }) }}
      // Keep the text selection while clicking the quick buttons.
      onMouseDown={(e) => {
        if (!(e.target instanceof HTMLInputElement)) e.preventDefault();
      }}
    >
      <Group justify="space-between" mb={4}>
        <Text size="xs" c="dimmed">
          Tag the selection
        </Text>
        <CloseButton size="sm" aria-label="Close tagging" onClick={onClose} />
      </Group>
      {quick.length > 0 && (
        <Group gap={4} mb={6} role="group" aria-label="Quick themes">
          {quick.map((t, i) => (
            <UnstyledButton key={t.uid} aria-label={`Apply ${t.name}`} title={keysOf(`CmdOrCtrl+${i + 1}`)} onClick={() => onPick({ uid: t.uid })}>
              <Badge variant="light" color={t.color} size="sm" leftSection={i + 1} style={{ cursor: 'pointer', textTransform: 'none' }}>
                {t.name}
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      )}
      <div title={commandKeys('annotation.tag')}>
        <ThemePicker themes={themes} label="Theme for the selection" onPick={onPick} inputRef={picker} />
      </div>
      <Group justify="flex-end" mt={6} gap={4}>
        {name && (
          <Button variant="subtle" size="compact-xs" onClick={() => onAlsoSearchAs(name)} aria-label={`Also search as: ${name}`}>
            Also search as…
          </Button>
        )}
        <Button size="compact-xs" variant="light" aria-label="Make claim from selection" title={commandKeys('annotation.makeClaim')} onClick={onMakeClaim}>
          Make claim
        </Button>
      </Group>
    </Paper>
  );
}
