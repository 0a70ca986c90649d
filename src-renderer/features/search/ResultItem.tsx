import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import type { SearchHit } from '@common/api/schemas/search';
import { languageName } from '@common/text/language-names';
import { Highlighted } from './Highlighted';
import classes from './search.module.css';

const HOW: Record<SearchHit['matchedBy'][number], string> = {
  exact: 'the word itself',
  stem: 'another form of the word',
  transliteration: 'another spelling or script of the name',
  alias: 'an alias',
};

/** How a hit matched, when not only by the word as typed. */
function MatchedBy({ hit }: { hit: SearchHit }) {
  const other = hit.matchedBy.filter((m) => m !== 'exact');
  if (other.length === 0) return null;
  return (
    <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }} title={`Matched ${hit.matchedBy.map((m) => HOW[m]).join(', ')}`}>
      {other.join(' · ')}
    </Badge>
  );
}

/** The language a document's text was searched in: it decides which inflections a word matched. */
function Language({ hit }: { hit: SearchHit }) {
  if (!hit.lang || (hit.kind !== 'passage' && hit.kind !== 'document')) return null;
  return (
    <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }} title={`Searched as ${languageName(hit.lang)}`} aria-label={`Language: ${languageName(hit.lang)}`}>
      {hit.lang}
    </Badge>
  );
}

/** One hit: title, snippet with the hits marked, outlet and date, and how it matched. */
export function ResultItem({
  hit,
  id,
  active,
  onOpen,
  onHover,
}: {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen(): void;
  onHover(): void;
}) {
  // A passage or annotation is its text; the document it is in reads as a source line under it.
  const inDocument = hit.kind === 'passage' || hit.kind === 'annotation';
  const meta = [hit.outlet, hit.date].filter(Boolean).join(' · ');
  // A claim's title is its statement: a snippet cut from the statement would repeat it.
  const showSnippet = hit.snippet !== '' && !(hit.kind === 'claim' && hit.title.includes(hit.snippet));
  const snippet = showSnippet && (
    <Text size="sm" className={classes.snippet}>
      <Highlighted text={hit.snippet} ranges={hit.highlights} before={hit.truncatedStart} after={hit.truncatedEnd} />
    </Text>
  );
  return (
    <UnstyledButton
      id={id}
      role="option"
      aria-selected={active}
      aria-label={inDocument ? `${hit.snippet} — ${hit.title}` : hit.title}
      tabIndex={-1}
      className={classes.item}
      data-active={active || undefined}
      onClick={onOpen}
      onMouseMove={onHover}
    >
      {inDocument ? (
        <>
          {snippet}
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" lineClamp={1}>
              <Highlighted text={hit.title} ranges={hit.titleHighlights} />
              {[hit.outlet, hit.date].filter(Boolean).map((m) => ` · ${m}`)}
            </Text>
            <MatchedBy hit={hit} />
            <Language hit={hit} />
          </Group>
        </>
      ) : (
        <>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600} lineClamp={1}>
              <Highlighted text={hit.title} ranges={hit.titleHighlights} />
            </Text>
            <MatchedBy hit={hit} />
            <Language hit={hit} />
            {hit.credibility !== null && (
              <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>{`credibility ${hit.credibility}`}</Badge>
            )}
          </Group>
          {snippet}
          {meta && (
            <Text size="xs" c="dimmed">
              {meta}
            </Text>
          )}
        </>
      )}
    </UnstyledButton>
  );
}
