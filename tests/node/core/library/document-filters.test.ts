import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '@common/api/schemas/documents';
import { dispatch } from '../../../../src-main/core/dispatch';
import { tempSession } from '../../../helpers/temp-project';
import { annotate, AZERNEWS, importArticle, TREND } from '../claims/fixtures';

async function seeded() {
  const s = tempSession();
  const p = s.project;
  const border = await importArticle(p, { text: 'Border cameras went up in October.', title: 'Border 100% covered', outlet: AZERNEWS, published: '2025-10-07' });
  await importArticle(p, { text: 'Rail freight grew in the autumn.', title: 'Rail_freight', outlet: TREND, published: '2025-10' });
  await importArticle(p, { text: 'Gas exports rose.', title: 'Gas exports', outlet: TREND, published: '2024' });
  await importArticle(p, { text: 'Undated note on the border.', title: 'Undated border note' });
  annotate(p, border, 'Border cameras', ['Security']);
  return s;
}

async function titles(s: ReturnType<typeof tempSession>, filters: Record<string, unknown>): Promise<string[]> {
  const r = await dispatch(s, 'documents.list', { sort: 'title', direction: 'asc', ...filters });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as DocumentSummary[]).map((d) => d.title);
}

describe('documents.list filters', () => {
  it('narrows by outlet, theme, partial-date range and title words, each alone and together', async () => {
    const s = await seeded();
    const outlets = s.project.db.prepare('SELECT name, uid FROM outlets').all() as { name: string; uid: string }[];
    const trend = outlets.find((o) => o.name === TREND.name)!.uid;
    const theme = (s.project.db.prepare("SELECT uid FROM themes WHERE name = 'Security'").get() as { uid: string }).uid;

    expect(await titles(s, {})).toEqual(['Border 100% covered', 'Gas exports', 'Rail_freight', 'Undated border note']);
    expect(await titles(s, { outlet: trend })).toEqual(['Gas exports', 'Rail_freight']);
    expect(await titles(s, { theme })).toEqual(['Border 100% covered']);
    // '2025-10' as the end takes in every day of October; undated documents fall outside any range.
    expect(await titles(s, { from: '2025', to: '2025-10' })).toEqual(['Border 100% covered', 'Rail_freight']);
    expect(await titles(s, { to: '2024-12' })).toEqual(['Gas exports']);
    expect(await titles(s, { text: 'border' })).toEqual(['Border 100% covered', 'Undated border note']);
    // LIKE wildcards in the words are matched literally.
    expect(await titles(s, { text: '100%' })).toEqual(['Border 100% covered']);
    expect(await titles(s, { text: 'l_f' })).toEqual(['Rail_freight']);
    expect(await titles(s, { outlet: trend, from: '2025' })).toEqual(['Rail_freight']);
  });
});
