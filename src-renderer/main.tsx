import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getBridge } from './bridge';
import { followHostChanges } from './bridge/host-events';
import { installCommandKeys } from './commands/registry';

getBridge();
followHostChanges();
installCommandKeys();
createRoot(document.getElementById('root')!).render(<App />);
