import { describe, expect, it } from 'vitest';
import { schemaSql } from '../../../db/schema-snapshot';
import { tempProject } from '../../helpers/temp-project';

// db/schema.sql is the schema the migrations build, kept in the repository so that a change
// to it shows in review. A migration that changes the schema without the snapshot fails here
// with the difference; `npm run db:snapshot` rewrites the file (then commit it).

describe('schema snapshot', () => {
  it('a fresh project with every migration has the schema of db/schema.sql', async () => {
    const p = tempProject();
    await expect(
      schemaSql(p.db),
      'The migrations build a schema that differs from db/schema.sql (diff below). If the change is intended, run `npm run db:snapshot` and commit db/schema.sql',
    ).toMatchFileSnapshot('../../../db/schema.sql');
  });
});
