import { Badge, Group, Tooltip } from '@mantine/core';
import type { Corroboration } from '@common/api/schemas/claims';
import { originSentence } from '@common/text/origin-sentence';

const originsLabel = (n: number, side: string): string => `${n} ${side} independent ${n === 1 ? 'origin' : 'origins'}`;

/** Independent origins for and against, the single-source and state-media-only warnings, the combined grade. */
export function CorroborationBadges({ c, withGrade = true }: { c: Corroboration; withGrade?: boolean }) {
  const pro = c.supporting.independentOrigins;
  const con = c.contradicting.independentOrigins;
  return (
    <Group gap={4} wrap="nowrap" aria-label="Corroboration">
      {withGrade && (
        <Tooltip label="Combined Admiralty grade: source reliability + claim credibility">
          <Badge variant="filled" color="indigo" size="sm" aria-label={`Grade ${c.grade}`}>
            {c.grade}
          </Badge>
        </Tooltip>
      )}
      <Tooltip label={`For: ${originSentence(c.supporting)}`}>
        <Badge variant="light" color="green" size="sm" aria-label={originsLabel(pro, 'supporting')}>
          +{pro}
        </Badge>
      </Tooltip>
      <Tooltip label={`Against: ${originSentence(c.contradicting)}`}>
        <Badge variant="light" color="red" size="sm" aria-label={originsLabel(con, 'contradicting')}>
          −{con}
        </Badge>
      </Tooltip>
      {c.singleSource && (
        <Badge variant="outline" color="orange" size="sm" aria-label="Single source">
          single source
        </Badge>
      )}
      {c.stateMediaOnly && (
        <Badge variant="outline" color="grape" size="sm" aria-label="State media only">
          state media only
        </Badge>
      )}
    </Group>
  );
}
