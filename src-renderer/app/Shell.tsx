import { AppShell, useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { onEvent } from '../bridge/api';
import { useApiQuery } from '../bridge/use-api-query';
import { CommandPalette } from '../commands/CommandPalette';
import { baseHandlers, useCommandKeys, type CommandHandlers } from '../commands/registry';
import { ShortcutSheet } from '../commands/ShortcutSheet';
import { AliasesDialog } from '../features/aliases/AliasesDialog';
import { useAliases } from '../features/aliases/alias-store';
import { AlsoSearchAsDialog } from '../features/aliases/AlsoSearchAsDialog';
import { BackupsDialog } from '../features/backup/BackupsDialog';
import { useBackups } from '../features/backup/backup-store';
import { ExportDialog } from '../features/export/ExportDialog';
import { openExport } from '../features/export/export-store';
import { DropOverlay } from '../features/library/import/DropOverlay';
import { importStatusText, useImportJob } from '../features/library/import/import-job';
import { ImportDialog } from '../features/library/import/ImportDialog';
import { useLibrary } from '../features/library/library-store';
import { openSampleProject } from '../features/library/open-sample';
import { projectHandlers } from '../features/project/project-commands';
import { ProjectDialog } from '../features/project/ProjectDialog';
import { useUi } from '../state/ui-store';
import { MainPane } from './MainPane';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';

export function Shell() {
  const { setColorScheme } = useMantineColorScheme();
  const { data: info } = useApiQuery('project.info', {});
  const importStatus = useImportJob(importStatusText);

  const handlers = useMemo<CommandHandlers>(
    () => ({
      ...baseHandlers(),
      ...projectHandlers(),
      'theme.system': () => setColorScheme('auto'),
      'theme.light': () => setColorScheme('light'),
      'theme.dark': () => setColorScheme('dark'),
      'help.sample': () => void openSampleProject(),
      'project.export': () => openExport(),
      'project.backup': () => useBackups.getState().show(),
      'project.restore': () => useBackups.getState().show(true),
      'search.aliases': () => useAliases.getState().show(),
      'help.about': () =>
        notifications.show({ title: 'Dossier', message: 'An offline research workbench for sourced claims and annotated articles.' }),
    }),
    [setColorScheme],
  );
  useCommandKeys(handlers);
  useEffect(() => onEvent('project.changed', () => {
    useUi.getState().setView('library');
    // Outlet and theme filters name rows of the previous project.
    useLibrary.getState().clearFilters();
  }), []);

  return (
    <AppShell navbar={{ width: 200, breakpoint: 0 }} footer={{ height: 28 }} padding={0}>
      <AppShell.Navbar>
        <Sidebar handlers={handlers} />
      </AppShell.Navbar>
      <AppShell.Main style={{ display: 'flex', flexDirection: 'column', height: '100dvh', paddingBottom: 28 }}>
        <MainPane />
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar info={info} message={importStatus} />
      </AppShell.Footer>
      <CommandPalette handlers={handlers} />
      <ShortcutSheet />
      <ImportDialog />
      <DropOverlay />
      <ExportDialog />
      <BackupsDialog />
      <AliasesDialog />
      <AlsoSearchAsDialog />
      <ProjectDialog />
    </AppShell>
  );
}
