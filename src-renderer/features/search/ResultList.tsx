import { Button, Text } from '@mantine/core';
import type { SearchHit } from '@common/api/schemas/search';
import { countLabel, type HitGroup } from './group-hits';
import { ResultItem } from './ResultItem';
import classes from './search.module.css';
import type { FilterKind } from './search-store';

export const optionId = (i: number): string => `search-hit-${i}`;

/** The groups in order; options are numbered through all groups for keyboard navigation. */
export function ResultList({
  groups,
  active,
  canLoadMore,
  onActive,
  onOpen,
  onMore,
}: {
  groups: HitGroup[];
  active: number;
  canLoadMore: boolean;
  onActive(i: number): void;
  onOpen(hit: SearchHit): void;
  onMore(kind: FilterKind): void;
}) {
  let index = 0;
  return (
    <div role="listbox" id="search-results" aria-label="Search results">
      {groups.map((g, gi) => {
        // Documents and passages share a query: offer its next page once, under the last of them.
        const lastOfSource = !groups.slice(gi + 1).some((o) => o.source === g.source);
        return (
          <div key={g.kind} role="group" aria-label={`${g.label}: ${countLabel(g)}`}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" className={classes.groupHeader} aria-hidden>
              {`${g.label} · ${countLabel(g)}`}
            </Text>
            {g.hits.map((hit) => {
              const i = index++;
              return (
                <ResultItem
                  key={`${hit.kind}:${hit.uid}:${hit.offset ?? ''}`}
                  hit={hit}
                  id={optionId(i)}
                  active={i === active}
                  onOpen={() => onOpen(hit)}
                  onHover={() => i !== active && onActive(i)}
                />
              );
            })}
            {g.hasMore && lastOfSource && (
              <Button
                variant="subtle"
                size="compact-xs"
                ml="xs"
                disabled={!canLoadMore}
                onClick={() => onMore(g.source)}
                aria-label={`Show more ${g.source === 'document' ? 'documents and passages' : g.label.toLowerCase()}`}
              >
                Show more
              </Button>
            )}
          </div>
        );
      })}
    </div>
  );
}
