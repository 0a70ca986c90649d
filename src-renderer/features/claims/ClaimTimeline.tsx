import { Badge, Group, Stack, Text, Timeline, Title, UnstyledButton } from '@mantine/core';
import type { Timeline as TimelineData } from '@common/api/schemas/claims';
import { STATUS_COLORS, STATUS_LABELS } from './claim-labels';
import { CorroborationBadges } from './CorroborationBadges';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-10" → "October 2025"; "2025" stays (claims dated by year only). */
export function periodLabel(period: string): string {
  const [y, m] = period.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : `${y} (year only)`;
}

/** Claims by event date, one bullet per month (or year), oldest first. */
export function ClaimTimeline({ data, onOpen }: { data: TimelineData; onOpen(uid: string): void }) {
  const years = [...new Set(data.groups.map((g) => g.period.slice(0, 4)))];
  return (
    <Stack gap="lg" aria-label="Claims timeline" role="region">
      {data.groups.length === 0 && <Text c="dimmed">No dated claims match.</Text>}
      {years.map((year) => (
        <Stack key={year} gap="xs">
          <Title order={3} size="h4">
            {year}
          </Title>
          <Timeline bulletSize={18} lineWidth={2} active={-1}>
            {data.groups
              .filter((g) => g.period.startsWith(year))
              .map((g) => (
                <Timeline.Item key={g.period} title={periodLabel(g.period)}>
                  <Stack gap={6} mt={4}>
                    {g.claims.map((c) => (
                      <UnstyledButton key={c.uid} onClick={() => onOpen(c.uid)} aria-label={`Open claim: ${c.statement}`}>
                        <Group gap="xs" wrap="nowrap" align="flex-start">
                          <Text size="xs" c="dimmed" w={80} style={{ flexShrink: 0 }}>
                            {c.eventDate}
                          </Text>
                          <Stack gap={2}>
                            <Text size="sm">{c.statement}</Text>
                            <Group gap={4}>
                              <Badge size="xs" variant="light" color={STATUS_COLORS[c.status]}>
                                {STATUS_LABELS[c.status]}
                              </Badge>
                              <CorroborationBadges c={c.corroboration} />
                            </Group>
                          </Stack>
                        </Group>
                      </UnstyledButton>
                    ))}
                  </Stack>
                </Timeline.Item>
              ))}
          </Timeline>
        </Stack>
      ))}
      {data.undated > 0 && (
        <Text size="sm" c="dimmed">
          {data.undated} {data.undated === 1 ? 'claim has' : 'claims have'} no event date.
        </Text>
      )}
    </Stack>
  );
}
