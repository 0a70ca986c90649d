import type { Theme } from '@common/api/schemas/themes';

// The codebook as a tree, flattened for display, and where each keyboard move (up, down,
// indent, outdent) or drop puts a theme, as the `themes.move` call's { parent, position }.

export interface Row {
  theme: Theme;
  depth: number;
  /** Index among its siblings, and how many siblings there are (itself included). */
  index: number;
  siblings: number;
}

export interface Placement {
  parent: string | null;
  position: number;
}

export function childrenOf(themes: readonly Theme[], parent: string | null): Theme[] {
  return themes.filter((t) => t.parentUid === parent).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** Depth-first, parents before their children, siblings by position. */
export function flattenTree(themes: readonly Theme[]): Row[] {
  const known = new Set(themes.map((t) => t.uid));
  const rows: Row[] = [];
  const walk = (parent: string | null, depth: number): void => {
    const kids = childrenOf(themes, parent);
    kids.forEach((theme, index) => {
      rows.push({ theme, depth, index, siblings: kids.length });
      walk(theme.uid, depth + 1);
    });
  };
  walk(null, 0);
  // A theme whose parent is missing (should not happen) still shows, at the top level.
  for (const t of themes) if (t.parentUid && !known.has(t.parentUid)) rows.push({ theme: t, depth: 0, index: 0, siblings: 1 });
  return rows;
}

export type Move = 'up' | 'down' | 'indent' | 'outdent';

/** Where a keyboard move takes a theme; null when it cannot go that way. */
export function placementFor(themes: readonly Theme[], uid: string, move: Move): Placement | null {
  const theme = themes.find((t) => t.uid === uid);
  if (!theme) return null;
  const siblings = childrenOf(themes, theme.parentUid);
  const i = siblings.findIndex((t) => t.uid === uid);
  switch (move) {
    case 'up':
      return i > 0 ? { parent: theme.parentUid, position: i - 1 } : null;
    case 'down':
      return i < siblings.length - 1 ? { parent: theme.parentUid, position: i + 1 } : null;
    case 'indent': {
      // Becomes the last child of the sibling above it.
      const above = siblings[i - 1];
      return above ? { parent: above.uid, position: childrenOf(themes, above.uid).length } : null;
    }
    case 'outdent': {
      if (!theme.parentUid) return null;
      const parent = themes.find((t) => t.uid === theme.parentUid);
      const grand = childrenOf(themes, parent?.parentUid ?? null);
      // Right after its old parent.
      return { parent: parent?.parentUid ?? null, position: grand.findIndex((t) => t.uid === theme.parentUid) + 1 };
    }
  }
}

export type DropSide = 'before' | 'inside' | 'after';

/** Whether `uid` is `ancestor` or lies under it (a theme cannot be dropped into its own subtree). */
export function isWithin(themes: readonly Theme[], uid: string, ancestor: string): boolean {
  for (let cur: string | null | undefined = uid; cur; cur = themes.find((t) => t.uid === cur)?.parentUid) if (cur === ancestor) return true;
  return false;
}

/** Where dropping `dragged` on `target` (before it, inside it as the last child, after it) puts it; null if not allowed. */
export function placementForDrop(themes: readonly Theme[], dragged: string, target: string, side: DropSide): Placement | null {
  if (isWithin(themes, target, dragged)) return null;
  const t = themes.find((x) => x.uid === target);
  if (!t) return null;
  if (side === 'inside') return { parent: t.uid, position: childrenOf(themes, t.uid).filter((x) => x.uid !== dragged).length };
  const siblings = childrenOf(themes, t.parentUid).filter((x) => x.uid !== dragged);
  const at = siblings.findIndex((x) => x.uid === target);
  return { parent: t.parentUid, position: side === 'before' ? at : at + 1 };
}
