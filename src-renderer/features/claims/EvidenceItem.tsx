import { ActionIcon, Anchor, Badge, Blockquote, Button, CloseButton, Group, Menu, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type HTMLAttributes } from 'react';
import type { CitationStyle, Evidence, Stance } from '@common/api/schemas/claims';
import { api } from '../../bridge/api';
import { mutate } from '../../bridge/mutate';
import { useUi } from '../../state/ui-store';
import { useAnnotate } from '../annotate/annotate-store';
import { KIND_LABELS } from '../outlets/outlet-labels';
import { STANCE_COLORS, stanceOptions } from './claim-labels';
import { copyText } from './copy-text';

const STYLE_LABELS: Record<CitationStyle, string> = { notes: 'Notes style', chicago: 'Chicago', apa: 'APA', mla: 'MLA', harvard: 'Harvard', 'csl-json': 'CSL-JSON' };

const failed = (title: string) => (e: Error) => void notifications.show({ color: 'red', title, message: e.message });

async function copyCitation(annotation: string, style: CitationStyle): Promise<void> {
  const c = await api('citations.forAnnotation', { annotation, style });
  await copyText(c.text);
  notifications.show({ message: `${STYLE_LABELS[style]} citation copied` });
}

interface Props {
  claim: string;
  e: Evidence;
  onJump(): void;
  /** Where the row stands in the claim's order, for the move buttons. */
  place: { index: number; count: number };
  onMove(dir: -1 | 1): void;
  /** The list's keyboard and drop handling for the row, and its drag handle's. */
  rowProps: HTMLAttributes<HTMLDivElement> & { 'data-evidence-row': string };
  handleProps: HTMLAttributes<HTMLButtonElement>;
}

/**
 * One evidence passage of a claim: quote, source, stance and note (editable), citation, a jump
 * to the text, and its place in the claim's order.
 */
export function EvidenceItem({ claim, e, onJump, place, onMove, rowProps, handleProps }: Props) {
  const [note, setNote] = useState(e.note);
  const annotation = e.annotation.uid;
  const update = (patch: { stance?: Stance; note?: string }): void =>
    void mutate('claims.updateEvidence', { claim, annotation, ...patch }).catch(failed('Evidence not changed'));
  const jump = (): void => {
    useUi.getState().openDocumentAt(e.document.uid, { start: e.annotation.start, end: e.annotation.end });
    useAnnotate.getState().jumpTo(annotation);
    onJump();
  };
  return (
    <Paper withBorder p="sm" role="listitem" aria-label={`Evidence ${place.index + 1}: ${e.annotation.quote.slice(0, 80)}`} {...rowProps}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} role="group" aria-label="Order">
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Move evidence up" title="Move up (Alt+↑ on the row)" disabled={place.index === 0} onClick={() => onMove(-1)}>
              ↑
            </ActionIcon>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Drag to reorder evidence" title="Drag to reorder" style={{ cursor: 'grab' }} {...handleProps}>
              ⠿
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label="Move evidence down"
              title="Move down (Alt+↓ on the row)"
              disabled={place.index === place.count - 1}
              onClick={() => onMove(1)}
            >
              ↓
            </ActionIcon>
          </Stack>
          <Blockquote p={6} fz="sm" color={STANCE_COLORS[e.stance]} style={{ flex: 1 }}>
            {e.annotation.quote}
          </Blockquote>
          <CloseButton
            size="sm"
            aria-label="Remove evidence"
            onClick={() => void mutate('claims.removeEvidence', { claim, annotation }).catch(failed('Evidence not removed'))}
          />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Anchor component="button" size="sm" onClick={jump} aria-label={`Show passage in ${e.document.title}`}>
            {e.document.title}
          </Anchor>
          {e.outlet ? (
            <Badge variant="light" color="gray" size="sm" style={{ textTransform: 'none' }}>
              {e.outlet.name} · {KIND_LABELS[e.outlet.kind]} · {e.outlet.grade}
            </Badge>
          ) : (
            <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
              no outlet
            </Badge>
          )}
          {e.document.published && (
            <Text size="xs" c="dimmed">
              {e.document.published}
            </Text>
          )}
          {e.annotation.anchorStatus === 'orphaned' && (
            <Badge color="orange" variant="outline" size="sm">
              orphaned
            </Badge>
          )}
        </Group>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            size="xs"
            label="Stance"
            aria-label="Evidence stance"
            data={stanceOptions}
            value={e.stance}
            allowDeselect={false}
            onChange={(v) => v && v !== e.stance && update({ stance: v as Stance })}
            w={140}
          />
          <Textarea
            size="xs"
            label="Note"
            aria-label="Evidence note"
            autosize
            minRows={1}
            value={note}
            onChange={(ev) => setNote(ev.currentTarget.value)}
            onBlur={() => note !== e.note && update({ note })}
            style={{ flex: 1 }}
          />
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="xs" variant="default" aria-label="Copy citation">
                Copy citation
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['notes', 'chicago', 'apa', 'mla', 'harvard'] as const).map((style) => (
                <Menu.Item key={style} onClick={() => void copyCitation(annotation, style).catch(failed('Not copied'))}>
                  {STYLE_LABELS[style]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
    </Paper>
  );
}
