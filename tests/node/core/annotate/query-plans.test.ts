import { describe, expect, it } from 'vitest';
import { AnnotationQuery } from '@common/api/schemas/annotations';
import { listQuery } from '../../../../src-main/core/annotate/annotation-rows';
import { tempSession } from '../../../helpers/temp-project';
import { importText, ok } from './helpers';

// Query plans instead of timings (ARCHITECTURE §3.5): the reader's list and the theme list
// must reach their rows through an index, never by scanning every annotation.

async function plan(input: Record<string, unknown>): Promise<string> {
  const s = tempSession();
  const doc = await importText(s, 'Drones patrol the border.');
  const theme = await ok(s, 'themes.create', { name: 'Security' });
  const q = listQuery(s.project, AnnotationQuery.parse({ ...input, document: input.document && doc.uid, themes: input.themes && [theme.uid] }));
  const rows = s.project.db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(q.params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('annotation list query plans', () => {
  it('one document: through annotations_by_document', async () => {
    const p = await plan({ document: true });
    expect(p).toMatch(/SEARCH a USING INDEX annotations_by_document \(document_id=\?\)/);
    expect(p).not.toMatch(/SCAN a\b/);
  });

  it('by theme across the project: through annotation_themes_by_theme, annotations by primary key', async () => {
    const p = await plan({ themes: true });
    expect(p).toMatch(/annotation_themes_by_theme \(theme_id=\?\)/);
    expect(p).toMatch(/SEARCH a USING INTEGER PRIMARY KEY/);
    expect(p).not.toMatch(/SCAN a\b/);
  });
});
