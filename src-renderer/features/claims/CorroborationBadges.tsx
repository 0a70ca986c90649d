import { Badge, Group, Tooltip } from '@mantine/core';
import type { Corroboration } from '@common/api/schemas/claims';

const sources = (side: Corroboration['supporting']): number => side.outlets.length + side.unattributed;
const outlets = (n: number, side: string): string => `${n} ${side} ${n === 1 ? 'outlet' : 'outlets'}`;
// A badge keeps its whole text: a row too narrow for all of them wraps or uses the compact form.
const whole = { flexShrink: 0 } as const;

function warningsOf(c: Corroboration): string[] {
  return [...(c.singleSource ? ['single source'] : []), ...(c.stateMediaOnly ? ['state media only'] : [])];
}

/**
 * Distinct outlets for and against, the single-source and state-media-only warnings, the
 * combined grade. `compact` gives one line that fits a narrow column: the counts and one badge
 * for the warnings, all of it spelled out in the tooltip and the accessible name.
 */
export function CorroborationBadges({ c, withGrade = true, compact = false }: { c: Corroboration; withGrade?: boolean; compact?: boolean }) {
  const pro = sources(c.supporting);
  const con = sources(c.contradicting);
  const warnings = warningsOf(c);
  if (compact) {
    const said = [...(withGrade ? [`grade ${c.grade}`] : []), outlets(pro, 'supporting'), outlets(con, 'contradicting'), ...warnings].join(', ');
    return (
      <Tooltip label={said}>
        <Group gap={4} wrap="nowrap" aria-label={`Corroboration: ${said}`} role="group">
          {withGrade && (
            <Badge variant="filled" color="indigo" size="sm" style={whole}>
              {c.grade}
            </Badge>
          )}
          <Badge variant="light" color="gray" size="sm" style={whole}>
            +{pro} −{con}
          </Badge>
          {warnings.length > 0 && (
            <Badge variant="outline" color="orange" size="sm" style={whole}>
              {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}
            </Badge>
          )}
        </Group>
      </Tooltip>
    );
  }
  return (
    <Group gap={4} wrap="wrap" aria-label="Corroboration" role="group">
      {withGrade && (
        <Tooltip label="Combined Admiralty grade: source reliability + claim credibility">
          <Badge variant="filled" color="indigo" size="sm" aria-label={`Grade ${c.grade}`} style={whole}>
            {c.grade}
          </Badge>
        </Tooltip>
      )}
      <Badge variant="light" color="green" size="sm" aria-label={outlets(pro, 'supporting')} style={whole}>
        +{pro}
      </Badge>
      <Badge variant="light" color="red" size="sm" aria-label={outlets(con, 'contradicting')} style={whole}>
        −{con}
      </Badge>
      {c.singleSource && (
        <Badge variant="outline" color="orange" size="sm" aria-label="Single source" style={whole}>
          single source
        </Badge>
      )}
      {c.stateMediaOnly && (
        <Badge variant="outline" color="grape" size="sm" aria-label="State media only" style={whole}>
          state media only
        </Badge>
      )}
    </Group>
  );
}
