import { Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { DocumentSummary } from '@common/api/schemas/documents';
import vgrid from '../../ui/virtual-grid.module.css';
import classes from './DocumentList.module.css';
import { useLibrary, type SortKey } from './library-store';

const ROW_HEIGHT = 36;

interface Column {
  key: SortKey;
  label: string;
  cell(d: DocumentSummary): string;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'title', label: 'Title', cell: (d) => d.title },
  { key: 'outlet', label: 'Outlet', cell: (d) => d.outlet ?? '—' },
  { key: 'published', label: 'Published', cell: (d) => d.published ?? '—' },
  { key: 'annotations', label: 'Annotations', cell: (d) => String(d.annotationCount), numeric: true },
  { key: 'created', label: 'Added', cell: (d) => d.createdAt.slice(0, 10) },
];

const rowId = (i: number): string => `library-row-${i}`;

/**
 * The documents as a grid: only the visible rows are in the DOM, so thousands scroll smoothly.
 * Arrow keys, Page Up/Down, Home and End move the cursor; Enter or a click opens the document.
 */
export function DocumentList({ docs, onOpen }: { docs: DocumentSummary[]; onOpen(uid: string): void }) {
  const { sort, direction, sortBy, active, setActive } = useLibrary();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: docs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const current = Math.min(active, Math.max(docs.length - 1, 0));

  // Coming back from the reader, the keys work at once; focus is never taken from a field.
  useEffect(() => {
    if (document.activeElement === document.body) grid.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (docs.length) virtual.scrollToIndex(current, { align: 'auto' });
  }, [current, docs.length, virtual]);

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const last = docs.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: last,
    };
    if (e.key in moves) setActive(Math.max(0, Math.min(last, moves[e.key]!)));
    else if (e.key === 'Enter' && docs[current]) onOpen(docs[current].uid);
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={grid}
      role="grid"
      aria-label="Documents"
      aria-rowcount={docs.length + 1}
      aria-colcount={COLUMNS.length}
      aria-activedescendant={docs.length ? rowId(current) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className={vgrid.grid}
    >
      <div role="row" aria-rowindex={1} className={`${vgrid.row} ${vgrid.header} ${classes.columns}`}>
        {COLUMNS.map((c) => (
          <div
            key={c.key}
            role="columnheader"
            aria-sort={sort === c.key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            className={c.numeric ? classes.numeric : undefined}
          >
            <UnstyledButton
              className={classes.sort}
              aria-label={`Sort by ${c.label.toLowerCase()}`}
              onClick={() => sortBy(c.key)}
            >
              {c.label}
              <span aria-hidden className={classes.arrow}>
                {sort === c.key ? (direction === 'asc' ? '▲' : '▼') : ''}
              </span>
            </UnstyledButton>
          </div>
        ))}
      </div>
      <div ref={scroller} className={vgrid.body} role="rowgroup">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const d = docs[v.index]!;
            return (
              <div
                key={d.uid}
                id={rowId(v.index)}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={v.index === current}
                aria-label={d.title}
                className={`${vgrid.row} ${classes.columns}`}
                data-active={v.index === current || undefined}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                onClick={() => {
                  setActive(v.index);
                  onOpen(d.uid);
                }}
              >
                {COLUMNS.map((c) => (
                  <Text key={c.key} role="gridcell" size="sm" truncate className={c.numeric ? classes.numeric : undefined} title={c.cell(d)}>
                    {c.cell(d)}
                  </Text>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
