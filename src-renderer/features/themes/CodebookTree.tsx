import { ActionIcon, Badge, ColorSwatch, Group, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Theme } from '@common/api/schemas/themes';
import { moveTheme } from './theme-actions';
import { flattenTree, placementFor, placementForDrop, type DropSide, type Move } from './theme-tree';

const MOVES: { move: Move; label: string; icon: string }[] = [
  { move: 'up', label: 'up', icon: '↑' },
  { move: 'down', label: 'down', icon: '↓' },
  { move: 'outdent', label: 'out a level', icon: '←' },
  { move: 'indent', label: 'in a level', icon: '→' },
];

/** Which part of a row the pointer is over: top quarter before, bottom quarter after, else inside. */
function sideOf(e: React.DragEvent<HTMLElement>): DropSide {
  const r = e.currentTarget.getBoundingClientRect();
  const y = (e.clientY - r.top) / r.height;
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
}

const DROP_STYLE: Record<DropSide, React.CSSProperties> = {
  before: { boxShadow: 'inset 0 2px 0 var(--mantine-color-blue-filled)' },
  after: { boxShadow: 'inset 0 -2px 0 var(--mantine-color-blue-filled)' },
  inside: { outline: '2px solid var(--mantine-color-blue-filled)' },
};

interface Props {
  themes: readonly Theme[];
  selected: string | null;
  onSelect(uid: string): void;
}

/** The codebook as a tree: drag a row onto another (before, inside, after), or use the move buttons. */
export function CodebookTree({ themes, selected, onSelect }: Props) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<{ uid: string; side: DropSide } | null>(null);
  const rows = flattenTree(themes);

  return (
    <div role="tree" aria-label="Codebook">
      {rows.map(({ theme: t, depth }) => {
        const drop = over?.uid === t.uid && dragged ? placementForDrop(themes, dragged, t.uid, over.side) : null;
        return (
          <Group
            key={t.uid}
            role="treeitem"
            aria-level={depth + 1}
            aria-selected={t.uid === selected}
            aria-label={t.name}
            gap={6}
            wrap="nowrap"
            pl={8 + depth * 20}
            pr={4}
            py={2}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData('text/plain', t.name);
              e.dataTransfer.effectAllowed = 'move';
              setDragged(t.uid);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            onDragOver={(e) => {
              if (!dragged) return;
              const side = sideOf(e);
              if (!placementForDrop(themes, dragged, t.uid, side)) return;
              e.preventDefault();
              if (over?.uid !== t.uid || over.side !== side) setOver({ uid: t.uid, side });
            }}
            onDragLeave={() => setOver((o) => (o?.uid === t.uid ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              const to = dragged ? placementForDrop(themes, dragged, t.uid, sideOf(e)) : null;
              if (dragged && to) void moveTheme({ uid: dragged, ...to });
              setDragged(null);
              setOver(null);
            }}
            style={{
              borderRadius: 4,
              background: t.uid === selected ? 'var(--mantine-color-default-hover)' : undefined,
              cursor: 'grab',
              ...(drop && over ? DROP_STYLE[over.side] : {}),
            }}
          >
            <UnstyledButton onClick={() => onSelect(t.uid)} aria-label={`Open theme ${t.name}`} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6} wrap="nowrap">
                <ColorSwatch color={t.color} size={12} />
                <Text size="sm" truncate>
                  {t.name}
                </Text>
                {t.pinned && (
                  <Text size="xs" c="dimmed" aria-label="pinned">
                    📌
                  </Text>
                )}
              </Group>
            </UnstyledButton>
            <Badge variant="light" size="sm" aria-label={`${t.annotationCount} annotations`}>
              {t.annotationCount}
            </Badge>
            <Group gap={0} wrap="nowrap">
              {MOVES.map(({ move, label, icon }) => {
                const to = placementFor(themes, t.uid, move);
                return (
                  <ActionIcon
                    key={move}
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${t.name} ${label}`}
                    disabled={!to}
                    onClick={() => to && void moveTheme({ uid: t.uid, ...to })}
                  >
                    {icon}
                  </ActionIcon>
                );
              })}
            </Group>
          </Group>
        );
      })}
    </div>
  );
}
