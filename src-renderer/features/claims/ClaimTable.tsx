import { Badge, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { ClaimSummary } from '@common/api/schemas/claims';
import vgrid from '../../ui/virtual-grid.module.css';
import { STATUS_COLORS, STATUS_LABELS } from './claim-labels';
import classes from './ClaimTable.module.css';
import type { ClaimSortKey } from './claims-filter-store';
import { CorroborationBadges } from './CorroborationBadges';

const ROW_HEIGHT = 38;

interface Column {
  key: ClaimSortKey | null;
  label: string;
  cell(c: ClaimSummary): React.ReactNode;
  /** Shown only when the table is wide: what it says is also in the grade and the badges. */
  wideOnly?: boolean;
}

const sources = (s: ClaimSummary['corroboration']['supporting']): number => s.outlets.length + s.unattributed;

const COLUMNS: Column[] = [
  { key: 'statement', label: 'Statement', cell: (c) => <Text size="sm" truncate title={c.statement}>{c.statement}</Text> },
  { key: 'eventDate', label: 'Event date', cell: (c) => <Text size="sm">{c.eventDate ?? '—'}</Text> },
  {
    key: 'status',
    label: 'Status',
    cell: (c) => (
      <Badge size="sm" variant="light" color={STATUS_COLORS[c.status]}>
        {STATUS_LABELS[c.status]}
      </Badge>
    ),
  },
  { key: 'credibility', label: 'Credibility', cell: (c) => <Text size="sm">{c.credibility}</Text>, wideOnly: true },
  { key: 'grade', label: 'Grade', cell: (c) => <Text size="sm" fw={600}>{c.corroboration.grade}</Text> },
  {
    key: 'support',
    label: 'For / against',
    cell: (c) => <Text size="sm">{`${sources(c.corroboration.supporting)} / ${sources(c.corroboration.contradicting)}`}</Text>,
    wideOnly: true,
  },
  {
    key: null,
    label: 'Badges',
    // Both forms are drawn; the table's width (a container query) shows one.
    cell: (c) => (
      <>
        <div className={classes.fullBadges}>
          <CorroborationBadges c={c.corroboration} withGrade={false} />
        </div>
        <div className={classes.compactBadges}>
          <CorroborationBadges c={c.corroboration} withGrade={false} compact />
        </div>
      </>
    ),
  },
];

interface Props {
  claims: readonly ClaimSummary[];
  sort: ClaimSortKey;
  direction: 'asc' | 'desc';
  onSort(key: ClaimSortKey): void;
  onOpen(uid: string): void;
}

/** The claims as a grid with only the visible rows in the DOM; click a header to sort, a row (or Enter) to open. */
export function ClaimTable({ claims, sort, direction, onSort, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtual = useVirtualizer({ count: claims.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const current = Math.min(active, Math.max(claims.length - 1, 0));

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const last = claims.length - 1;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last };
    if (e.key in moves) {
      const next = Math.max(0, Math.min(last, moves[e.key]!));
      setActive(next);
      virtual.scrollToIndex(next, { align: 'auto' });
    } else if (e.key === 'Enter' && claims[current]) onOpen(claims[current].uid);
    else return;
    e.preventDefault();
  };

  return (
    <div
      role="grid"
      aria-label="Claims"
      aria-rowcount={claims.length + 1}
      aria-colcount={COLUMNS.length}
      aria-activedescendant={claims.length ? `claim-row-${current}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className={`${vgrid.grid} ${classes.table}`}
    >
      <div role="row" aria-rowindex={1} className={`${vgrid.row} ${vgrid.header} ${classes.columns}`}>
        {COLUMNS.map((c) => (
          <div key={c.label} role="columnheader" className={c.wideOnly ? classes.wideOnly : undefined} aria-sort={c.key && sort === c.key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
            {c.key ? (
              <UnstyledButton className={classes.sort} aria-label={`Sort by ${c.label.toLowerCase()}`} onClick={() => onSort(c.key!)}>
                {c.label}
                <span aria-hidden className={classes.arrow}>
                  {sort === c.key ? (direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </UnstyledButton>
            ) : (
              <span className={classes.sort}>{c.label}</span>
            )}
          </div>
        ))}
      </div>
      <div ref={scroller} className={vgrid.body} role="rowgroup">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const claim = claims[v.index]!;
            return (
              <div
                key={claim.uid}
                id={`claim-row-${v.index}`}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={v.index === current}
                aria-label={claim.statement}
                className={`${vgrid.row} ${classes.columns}`}
                data-active={v.index === current || undefined}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                onClick={() => {
                  setActive(v.index);
                  onOpen(claim.uid);
                }}
              >
                {COLUMNS.map((c) => (
                  <div key={c.label} role="gridcell" className={c.wideOnly ? classes.wideOnly : undefined} style={{ minWidth: 0, overflow: 'hidden' }}>
                    {c.cell(claim)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
