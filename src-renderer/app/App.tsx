import { createTheme, localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../bridge/query-client';
import { HostCheck } from './HostCheck';
import { Shell } from './Shell';

const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, sans-serif',
  defaultRadius: 'sm',
});

const colorSchemeManager = localStorageColorSchemeManager({ key: 'dossier.appearance' });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
        {/* Bottom left, over the sidebar's empty end: never over the annotation panel or a dialog's buttons. */}
        <Notifications position="bottom-left" containerWidth={380} />
        <HostCheck>
          <Shell />
        </HostCheck>
      </MantineProvider>
    </QueryClientProvider>
  );
}
