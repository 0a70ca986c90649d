import { MantineProvider } from '@mantine/core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A fresh host element and React root for each test of a virtualised grid, unmounted after it.
 * happy-dom lays nothing out, so while the file runs every element gets a 720×720 box and the
 * virtualiser sees a viewport. Call at the top of the file, before the file's own beforeEach.
 */
export function mountGrid() {
  const boxes = ['offsetHeight', 'offsetWidth', 'clientHeight', 'clientWidth'] as const;
  const saved = boxes.map((k) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, k));
  beforeAll(() => boxes.forEach((k) => Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => 720 })));
  afterAll(() => boxes.forEach((k, i) => (saved[i] ? Object.defineProperty(HTMLElement.prototype, k, saved[i]) : delete (HTMLElement.prototype as never)[k])));

  let root: Root;
  const m = {
    host: document.createElement('div'),
    render(node: ReactNode): void {
      act(() => root.render(<MantineProvider>{node}</MantineProvider>));
    },
    grid: () => m.host.querySelector<HTMLElement>('[role="grid"]')!,
    bodyRows: () => Array.from(m.host.querySelectorAll('[role="rowgroup"] [role="row"]')),
    key: (k: string) => act(() => void m.grid().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))),
  };
  beforeEach(() => {
    m.host = document.createElement('div');
    document.body.append(m.host);
    root = createRoot(m.host);
  });
  afterEach(() => {
    act(() => root.unmount());
    m.host.remove();
  });
  return m;
}
