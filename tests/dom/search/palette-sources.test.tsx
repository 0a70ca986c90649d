import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiCall } from '@common/api/calls';
import { dispatch } from '../../../src-main/core/dispatch';
import type { Session } from '../../../src-main/core/session';
import { usePaletteSources, type PaletteEntry } from '../../../src-renderer/features/search/palette-sources';
import { tempSession } from '../../helpers/temp-project';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

let session: Session;
let root: Root;
let seen: { entries: PaletteEntry[]; searched: PaletteEntry[] };
const searches: unknown[] = [];

async function call(name: ApiCall, input: unknown): Promise<void> {
  const r = await dispatch(session, name, input);
  if (!r.ok) throw new Error(r.error.message);
}

function Probe({ query, limit }: { query: string; limit: number }) {
  seen = usePaletteSources(true, query, limit);
  return null;
}

beforeEach(async () => {
  session = tempSession();
  searches.length = 0;
  window.dossier = {
    call: ((name: ApiCall, input: unknown) => {
      if (name === 'search.query') searches.push(input);
      return dispatch(session, name, input);
    }) as never,
    on: () => () => {},
  };
  await call('documents.import', { items: [{ kind: 'text', text: 'Title: Işık in İstanbul\n\nA note.', name: 'a.txt' }], overrides: { outlet: 'AZERTAC' } });
  await call('themes.create', { name: 'Güvenlik' });
  for (const s of ['Əliyev met Erdoğan.', 'Gas flows via TANAP.', 'Uzbekistan bought Bayraktar drones.']) await call('claims.create', { statement: s });
  root = createRoot(document.createElement('div'));
});

afterEach(() => {
  root.unmount();
  delete window.dossier;
});

const titles = (l: PaletteEntry[]) => l.map((e) => `${e.group}: ${e.title}`).sort();

describe('usePaletteSources', () => {
  it('loads documents, themes, outlets and claims with folded names while the lists are small', async () => {
    root.render(<Probe query="" limit={10} />);
    await vi.waitFor(() => expect(seen.entries.length).toBe(6), { timeout: 5000 });
    expect(titles(seen.entries)).toEqual([
      'Claim: Gas flows via TANAP.',
      'Claim: Uzbekistan bought Bayraktar drones.',
      'Claim: Əliyev met Erdoğan.',
      'Document · AZERTAC: Işık in İstanbul',
      'Outlet: AZERTAC',
      'Theme: Güvenlik',
    ]);
    expect(seen.entries.find((e) => e.title === 'Əliyev met Erdoğan.')!.folded).toBe('aliyev met erdogan.');
    expect(searches).toHaveLength(0);
  });

  it('asks the search index instead of loading a list longer than the limit', async () => {
    root.render(<Probe query="" limit={2} />);
    await vi.waitFor(() => expect(seen.entries.length).toBe(3), { timeout: 5000 });
    // Three claims are over the limit of two: they are not loaded; the one document is.
    expect(seen.entries.some((e) => e.group === 'Claim')).toBe(false);
    expect(seen.entries.some((e) => e.group.startsWith('Document'))).toBe(true);
    root.render(<Probe query="bayraktar" limit={2} />);
    await vi.waitFor(() => expect(titles(seen.searched)).toEqual(['Claim: Uzbekistan bought Bayraktar drones.']), { timeout: 5000 });
    expect(searches).toEqual([expect.objectContaining({ query: 'bayraktar', kinds: ['claim'], channel: expect.stringMatching(/^palette:/) })]);
  });
});
