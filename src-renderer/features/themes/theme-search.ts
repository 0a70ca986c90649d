import Fuse from 'fuse.js';
import type { Theme } from '@common/api/schemas/themes';
import { themeNameKey } from '@common/text/theme-name';

// Fuzzy theme lookup over folded names (fuse's own diacritics folding misses ı, ə and the
// Kazakh letters), shared by the tagging picker and the codebook's merge dialog.

export interface ThemeSearch {
  /** Best matches first; every theme (in codebook order) for an empty query. */
  find(query: string, limit?: number): Theme[];
  /** The theme whose folded name equals the query's, if any. */
  exact(query: string): Theme | undefined;
}

export function themeSearch(themes: readonly Theme[]): ThemeSearch {
  const items = themes.map((theme) => ({ theme, folded: themeNameKey(theme.name) }));
  const fuse = new Fuse(items, { keys: ['folded'], threshold: 0.4, ignoreLocation: true });
  return {
    find(query, limit = 8) {
      const q = themeNameKey(query);
      if (!q) return themes.slice(0, limit);
      return fuse.search(q, { limit }).map((r) => r.item.theme);
    },
    exact(query) {
      const q = themeNameKey(query);
      return items.find((i) => i.folded === q)?.theme;
    },
  };
}

/** The themes Ctrl+1…9 apply: the pinned ones, or the first nine when none is pinned. */
export function quickThemes(themes: readonly Theme[]): Theme[] {
  const pinned = themes.filter((t) => t.pinned);
  return (pinned.length ? pinned : themes).slice(0, 9);
}
