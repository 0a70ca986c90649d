import { useEffect, useRef, useState } from 'react';
import { fold } from '@common/text/fold';
import { api } from '../../bridge/api';
import { useChanges } from '../../bridge/query-client';
import { useUi } from '../../state/ui-store';
import { useLibrary } from '../library/library-store';
import { openClaim } from './open-hit';
import { channelOf, nextSeq } from './query-channel';

export interface PaletteEntry {
  id: string;
  title: string;
  group: string;
  keys?: string;
  /** fold(title): fuse.js matches over it, so turkiye finds Türkiye (fuse's own folding misses ı, ə…). */
  folded: string;
  run(): void;
}

/** The palette's lists load again when a write changed one of them. */
const PALETTE_LISTS = ['documents.list', 'themes.list', 'outlets.list', 'claims.list'] as const;

/** Above this many items a list is not handed to fuse.js: the palette asks the search index instead. */
export const FUSE_LIMIT = 3000;

interface Sources {
  /** Small lists, matched in the palette with fuse.js. */
  entries: PaletteEntry[];
  /** Documents and claims found through search.query when their lists are too long for fuse. */
  searched: PaletteEntry[];
}

const entry = (id: string, title: string, group: string, run: () => void): PaletteEntry => ({ id, title, group, folded: fold(title), run });

function openLibraryFiltered(patch: { theme?: string; outlet?: string }): void {
  useLibrary.getState().clearFilters();
  useLibrary.getState().setFilters(patch);
  useUi.getState().setView('library');
}

/**
 * Documents, themes, outlets and claims for the command palette. Lists load when the palette
 * opens; a list longer than FUSE_LIMIT is searched with search.query as the query changes
 * (latest-wins on the 'palette' channel) instead of being loaded whole.
 */
export function usePaletteSources(open: boolean, query: string, limit = FUSE_LIMIT): Sources {
  const [entries, setEntries] = useState<PaletteEntry[]>([]);
  const [large, setLarge] = useState<{ documents: boolean; claims: boolean }>({ documents: false, claims: false });
  const [searched, setSearched] = useState<PaletteEntry[]>([]);
  const seq = useRef(0);
  const version = useChanges(PALETTE_LISTS);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const ui = useUi.getState();
    Promise.all([
      api('documents.list', { sort: 'title', direction: 'asc', limit: limit + 1 }),
      api('themes.list', {}),
      api('outlets.list', {}),
      api('claims.list', { sort: 'statement', direction: 'asc', limit: limit + 1 }),
    ]).then(
      ([docs, themes, outlets, claims]) => {
        if (!live) return;
        const manyDocs = docs.length > limit;
        const manyClaims = claims.length > limit;
        setLarge({ documents: manyDocs, claims: manyClaims });
        setEntries([
          ...(manyDocs ? [] : docs.map((d) => entry(`doc:${d.uid}`, d.title, d.outlet ? `Document · ${d.outlet}` : 'Document', () => ui.openDocument(d.uid)))),
          ...themes.map((t) => entry(`theme:${t.uid}`, t.name, 'Theme', () => openLibraryFiltered({ theme: t.uid }))),
          ...outlets.map((o) => entry(`outlet:${o.uid}`, o.name, 'Outlet', () => openLibraryFiltered({ outlet: o.uid }))),
          ...(manyClaims ? [] : claims.map((c) => entry(`claim:${c.uid}`, c.statement, 'Claim', () => openClaim(c.uid)))),
        ]);
      },
      () => live && setEntries([]),
    );
    return () => {
      live = false;
    };
  }, [open, version, limit]);

  useEffect(() => {
    const kinds = [...(large.documents ? (['document'] as const) : []), ...(large.claims ? (['claim'] as const) : [])];
    const mine = nextSeq();
    seq.current = mine;
    if (!open || kinds.length === 0 || !query.trim()) return setSearched([]);
    const ui = useUi.getState();
    api('search.query', { query, kinds, mode: 'ranked', limit: 20, channel: channelOf('palette'), seq: mine }).then(
      (r) => {
        if (r.stale || seq.current !== mine) return;
        setSearched(
          r.hits
            .filter((h) => h.kind === 'document' || h.kind === 'claim')
            .map((h) =>
              h.kind === 'claim'
                ? entry(`claim:${h.uid}`, h.title, 'Claim', () => openClaim(h.uid))
                : entry(`doc:${h.uid}`, h.title, h.outlet ? `Document · ${h.outlet}` : 'Document', () => ui.openDocument(h.uid)),
            ),
        );
      },
      () => seq.current === mine && setSearched([]),
    );
  }, [open, query, large]);

  return { entries, searched };
}
