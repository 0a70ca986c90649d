/** Chromium must not reach the network, not even for its own updates (STACK.md §5): the PDF printer and the e2e browser both start with these. */
export const OFFLINE_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
