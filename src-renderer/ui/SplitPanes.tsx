import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import classes from './split-panes.module.css';

export interface Pane {
  id: string;
  label: string;
  content: ReactNode;
  /** The pane that takes the free width; exactly one pane has it. */
  flex?: boolean;
  /** Width in px when nothing is remembered (side panes). */
  size?: number;
  min: number;
  max?: number;
}

const STEP = 16;
const HANDLE = 6;
const key = (id: string): string => `dossier.panes.${id}`;

function remembered(id: string): Record<string, number> {
  try {
    const v = JSON.parse(localStorage.getItem(key(id)) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, number>) : {};
  } catch {
    return {}; // nothing stored yet, or something unreadable: the defaults
  }
}

/**
 * Side panes shrink, in proportion and never below their minimum, until the flexible pane has
 * its minimum: a laptop screen keeps every pane usable instead of crushing the middle one.
 */
export function fitWidths(panes: readonly Pane[], wanted: Record<string, number>, total: number): Record<string, number> {
  const sides = panes.filter((p) => !p.flex);
  const flexMin = panes.find((p) => p.flex)?.min ?? 0;
  const room = total - flexMin - HANDLE * (panes.length - 1);
  const out: Record<string, number> = {};
  for (const p of sides) out[p.id] = Math.min(p.max ?? Infinity, Math.max(p.min, wanted[p.id] ?? p.size ?? p.min));
  const sum = sides.reduce((n, p) => n + out[p.id]!, 0);
  if (sum > room) {
    const give = sides.reduce((n, p) => n + (out[p.id]! - p.min), 0);
    const cut = Math.min(give, sum - room);
    for (const p of sides) out[p.id] = out[p.id]! - (give ? ((out[p.id]! - p.min) / give) * cut : 0);
  }
  return out;
}

/**
 * Panes side by side with handles between them: drag, or focus a handle and use the arrow keys
 * (Home/End for the limits, double-click or Enter for the default). Sizes are remembered per
 * view in localStorage.
 */
export function SplitPanes({ id, panes }: { id: string; panes: readonly Pane[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState(0);
  const [wanted, setWanted] = useState<Record<string, number>>(() => remembered(id));
  useLayoutEffect(() => {
    const el = box.current!;
    setTotal(el.clientWidth);
    const ro = new ResizeObserver(() => setTotal(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => localStorage.setItem(key(id), JSON.stringify(wanted)), [id, wanted]);
  const widths = fitWidths(panes, wanted, total);
  const flexIndex = panes.findIndex((p) => p.flex);

  const resize = (pane: Pane, width: number | undefined): void =>
    setWanted((w) => {
      const next = { ...w };
      if (width === undefined) delete next[pane.id];
      else next[pane.id] = Math.round(Math.min(pane.max ?? Infinity, Math.max(pane.min, width)));
      return next;
    });

  return (
    <div ref={box} style={{ display: 'flex', height: '100%', minWidth: 0, flex: 1 }}>
      {panes.map((p, i) => {
        // A handle sits between two panes and resizes the side pane next to it.
        const side = i < flexIndex ? p : panes[i + 1];
        const handle = i < panes.length - 1 && side && !side.flex && (
          <Handle
            label={`Resize ${side.label}`}
            width={widths[side.id]!}
            pane={side}
            sign={i < flexIndex ? 1 : -1}
            onResize={(w) => resize(side, w)}
          />
        );
        return (
          <div key={p.id} style={{ display: 'contents' }}>
            <section
              aria-label={p.label}
              style={p.flex ? { flex: 1, minWidth: p.min, overflow: 'hidden', display: 'flex' } : { width: widths[p.id], flex: 'none', overflow: 'hidden', display: 'flex' }}
            >
              {p.content}
            </section>
            {handle}
          </div>
        );
      })}
    </div>
  );
}

function Handle({ label, width, pane, sign, onResize }: { label: string; width: number; pane: Pane; sign: 1 | -1; onResize(w: number | undefined): void }) {
  const drag = useRef<{ x: number; w: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, w: width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (drag.current) onResize(drag.current.w + sign * (e.clientX - drag.current.x));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, number | undefined> = {
      ArrowLeft: width - sign * STEP,
      ArrowRight: width + sign * STEP,
      Home: pane.min,
      End: pane.max ?? width,
      Enter: undefined,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    onResize(moves[e.key]);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(width)}
      aria-valuemin={pane.min}
      aria-valuemax={pane.max}
      tabIndex={0}
      className={classes.handle}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onDoubleClick={() => onResize(undefined)}
      onKeyDown={onKeyDown}
      style={{ width: HANDLE, flex: 'none', cursor: 'col-resize', touchAction: 'none' }}
    />
  );
}
