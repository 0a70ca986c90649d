import { Badge, Group, Stack, Text } from '@mantine/core';
import type { AchBoard } from '@common/api/schemas/ach';
import { originsLabel } from './ach-labels';
import classes from './ach.module.css';

interface Ranked {
  uid: string;
  label: string;
  score: number;
  /** 1 + how many hypotheses score better; tied hypotheses share a rank. */
  rank: number;
  tied: boolean;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** Hypotheses from least to most inconsistent under `scores` (board order among equals). */
export function ranking(board: AchBoard, scores: readonly number[]): Ranked[] {
  const all = board.hypotheses.map((h, i) => ({ uid: h.uid, label: h.label, score: scores[i] ?? 0, i }));
  return all
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .map(({ i: _i, ...h }) => ({
      ...h,
      rank: 1 + all.filter((x) => x.score < h.score && !same(x.score, h.score)).length,
      tied: all.filter((x) => same(x.score, h.score)).length > 1,
    }));
}

function Ranking({ items }: { items: Ranked[] }) {
  return (
    <Group gap={4} wrap="wrap">
      {items.map((h) => (
        <Badge key={h.uid} variant={h.rank === 1 && !h.tied ? 'filled' : 'light'} color={h.rank === 1 ? 'teal' : 'gray'} tt="none" size="md">
          {`${h.rank}${h.tied ? '=' : ''}. ${h.label} (${h.score.toFixed(2)})`}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * "Which hypothesis wins if this claim is wrong?": for each claim, the ranking with it left out;
 * claims whose removal changes the leader come first and are flagged, since the conclusion
 * rests on them.
 */
export function SensitivityTable({ board }: { board: AchBoard }) {
  const now = ranking(board, board.hypotheses.map((h) => h.weightedInconsistency));
  const label = (uid: string | null): string => board.hypotheses.find((h) => h.uid === uid)?.label ?? '';
  const rows = board.rows.map((r, i) => ({ r, i })).sort((a, b) => Number(b.r.leaderChanges) - Number(a.r.leaderChanges) || a.i - b.i);
  const pivotal = board.rows.filter((r) => r.leaderChanges).length;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          Ranking now:
        </Text>
        <Ranking items={now} />
      </Group>
      <Text size="sm" c="dimmed" role="status" aria-label="Sensitivity summary">
        {board.rows.length === 0
          ? 'Add claims to see how the ranking depends on each one.'
          : pivotal === 0
            ? 'No single claim decides the leader: leaving out any one of them keeps the ranking’s winner.'
            : `${pivotal} of ${board.rows.length} claims decide the leader: if one of them is wrong, another hypothesis (or a tie) leads.`}
      </Text>
      <div className={classes.wrap}>
        <table className={classes.grid} aria-label="Sensitivity: the ranking if each claim is wrong">
          <thead>
            <tr>
              <th scope="col" className={classes.claimHead}>If this claim is wrong</th>
              <th scope="col" className={classes.narrow}>Grade</th>
              <th scope="col" className={classes.narrow}>Origins</th>
              <th scope="col" style={{ textAlign: 'left' }}>The ranking without it (weighted inconsistency)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ r }) => (
              <tr key={r.claimUid} className={r.leaderChanges ? classes.changed : undefined} aria-label={r.statement.slice(0, 80)}>
                <th scope="row" className={classes.claim}>
                  <Text size="sm" span lineClamp={3}>
                    {r.statement}
                  </Text>
                  {r.leaderChanges && (
                    <Badge size="sm" color="yellow" variant="filled" mt={4} tt="none" c="dark">
                      {r.leaderIfWrong ? `Leader becomes ${label(r.leaderIfWrong)}` : 'No single leader'}
                    </Badge>
                  )}
                </th>
                <td className={classes.narrow}>{r.grade}</td>
                <td className={classes.narrow} title={originsLabel(r.origins, r.originsTraced)}>
                  {r.origins}
                </td>
                <td>
                  <Ranking items={ranking(board, r.scoresIfWrong)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}
