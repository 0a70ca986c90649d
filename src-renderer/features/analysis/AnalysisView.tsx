import { Stack, Tabs, Title } from '@mantine/core';
import { HypothesesPanel } from '../ach/HypothesesPanel';
import { useAnalysis, type AnalysisTab } from './analysis-store';
import { CellPassages } from './CellPassages';
import { MatrixPanel } from './MatrixPanel';
import { ThemesOverTime } from './ThemesOverTime';

/** Looking instead of reading: the matrix and themes over time (each count opening its passages), and hypothesis boards. */
export function AnalysisView() {
  const tab = useAnalysis((s) => s.tab);
  const setTab = useAnalysis((s) => s.setTab);
  return (
    <Stack p="md" gap="sm">
      <Title order={2}>Analysis</Title>
      <Tabs value={tab} onChange={(v) => v && setTab(v as AnalysisTab)} keepMounted={false}>
        <Tabs.List aria-label="Analysis views">
          <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
          <Tabs.Tab value="time">Themes over time</Tabs.Tab>
          <Tabs.Tab value="ach">Competing hypotheses</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="matrix" pt="sm">
          <MatrixPanel />
        </Tabs.Panel>
        <Tabs.Panel value="time" pt="sm">
          <ThemesOverTime />
        </Tabs.Panel>
        <Tabs.Panel value="ach" pt="sm">
          <HypothesesPanel />
        </Tabs.Panel>
      </Tabs>
      <CellPassages />
    </Stack>
  );
}
