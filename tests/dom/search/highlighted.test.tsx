import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Highlighted, splitByRanges } from '../../../src-renderer/features/search/Highlighted';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(node));
  return host;
}

describe('splitByRanges', () => {
  it('cuts text into hit and non-hit pieces that join back to the text', () => {
    const parts = splitByRanges('Türkiye and Azerbaijan', [
      [12, 22],
      [0, 7],
    ]);
    expect(parts).toEqual([
      { text: 'Türkiye', hit: true },
      { text: ' and ', hit: false },
      { text: 'Azerbaijan', hit: true },
    ]);
  });

  it('clamps ranges past the end and skips empty or overlapping ones', () => {
    const parts = splitByRanges('abcdef', [
      [1, 3],
      [2, 4],
      [5, 99],
      [4, 4],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('abcdef');
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['bc', 'd', 'f']);
  });
});

describe('Highlighted', () => {
  it('marks the hits with <mark> and adds ellipses for cut snippets', () => {
    const el = render(<Highlighted text="drones over Bayraktar units" ranges={[[12, 21]]} before after />);
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Bayraktar']);
    expect(el.textContent).toBe('…drones over Bayraktar units…');
  });

  it('shows markup in untrusted text as text, never as elements', () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script> Türkiye';
    const el = render(<Highlighted text={text} ranges={[[text.length - 7, text.length]]} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toBe(text);
    expect(el.querySelector('mark')!.textContent).toBe('Türkiye');
  });
});
