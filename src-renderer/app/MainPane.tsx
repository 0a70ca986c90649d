import { AnalysisView } from '../features/analysis/AnalysisView';
import { ArgumentsView } from '../features/arguments/ArgumentsView';
import { ClaimsView } from '../features/claims/ClaimsView';
import { LibraryView } from '../features/library/LibraryView';
import { OutletsView } from '../features/outlets/OutletsView';
import { ReaderView } from '../features/reader/ReaderView';
import { FindBar } from '../features/search/find/FindBar';
import { SearchView } from '../features/search/SearchView';
import { ThemesView } from '../features/themes/ThemesView';
import { useUi, type View } from '../state/ui-store';

const VIEWS: Record<View, () => React.ReactNode> = {
  library: () => <LibraryView />,
  reader: () => <ReaderView />,
  outlets: () => <OutletsView />,
  themes: () => <ThemesView />,
  claims: () => <ClaimsView />,
  arguments: () => <ArgumentsView />,
  search: () => <SearchView />,
  analysis: () => <AnalysisView />,
};

export function MainPane() {
  const view = useUi((s) => s.view);
  return (
    <section aria-label="Main pane" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      {VIEWS[view]()}
      {view === 'reader' && <FindBar />}
    </section>
  );
}
