import { createTheme, localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
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
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" />
      <HostCheck>
        <Shell />
      </HostCheck>
    </MantineProvider>
  );
}
