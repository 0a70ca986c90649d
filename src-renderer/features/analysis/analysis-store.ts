import { create } from 'zustand';
import type { MatrixSpec } from '@common/api/schemas/analysis';

export type AnalysisTab = 'matrix' | 'time' | 'ach';

/** A cell (or a row's or column's total, with the other key null) whose passages are listed. */
export interface DrillCell {
  spec: MatrixSpec;
  row: string | null;
  col: string | null;
  title: string;
}

interface AnalysisState {
  tab: AnalysisTab;
  spec: MatrixSpec;
  drill: DrillCell | null;
  setTab(tab: AnalysisTab): void;
  setSpec(patch: Partial<MatrixSpec>): void;
  drillInto(cell: DrillCell | null): void;
}

export const DEFAULT_SPEC: MatrixSpec = {
  rows: 'themes',
  cols: 'outlets',
  measure: 'annotations',
  themeLevel: 'rollup',
  cooccurrence: 'passage',
  filter: {},
};

export const useAnalysis = create<AnalysisState>((set) => ({
  tab: 'matrix',
  spec: DEFAULT_SPEC,
  drill: null,
  setTab: (tab) => set({ tab }),
  setSpec: (patch) => set((s) => ({ spec: { ...s.spec, ...patch } })),
  drillInto: (drill) => set({ drill }),
}));
