import { Badge, Group, Tooltip } from '@mantine/core';
import type { Corroboration } from '@common/api/schemas/claims';

const sources = (side: Corroboration['supporting']): number => side.outlets.length + side.unattributed;

/** Distinct outlets for and against, the single-source and state-media-only warnings, the combined grade. */
export function CorroborationBadges({ c, withGrade = true }: { c: Corroboration; withGrade?: boolean }) {
  const pro = sources(c.supporting);
  const con = sources(c.contradicting);
  return (
    <Group gap={4} wrap="nowrap" aria-label="Corroboration">
      {withGrade && (
        <Tooltip label="Combined Admiralty grade: source reliability + claim credibility">
          <Badge variant="filled" color="indigo" size="sm" aria-label={`Grade ${c.grade}`}>
            {c.grade}
          </Badge>
        </Tooltip>
      )}
      <Badge variant="light" color="green" size="sm" aria-label={`${pro} supporting ${pro === 1 ? 'outlet' : 'outlets'}`}>
        +{pro}
      </Badge>
      <Badge variant="light" color="red" size="sm" aria-label={`${con} contradicting ${con === 1 ? 'outlet' : 'outlets'}`}>
        −{con}
      </Badge>
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
