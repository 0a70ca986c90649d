import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useSearch } from '../search/search-store';
import { SaveSearchDialog } from './SaveSearchDialog';
import { searchSpecOf } from './search-spec';
import { TagHitsDialog } from './TagHitsDialog';

/** The search view's "Tag all hits with…" and "Save search" buttons. */
export function CodeFromSearch() {
  const query = useSearch((s) => s.query);
  const filters = useSearch((s) => s.filters);
  const [open, setOpen] = useState<'tag' | 'save' | null>(null);
  const spec = searchSpecOf(query.trim(), filters);
  const none = !spec.query;
  return (
    <Group gap={6} wrap="nowrap">
      <Button size="sm" variant="default" disabled={none} onClick={() => setOpen('tag')}>
        Tag all hits…
      </Button>
      <Button size="sm" variant="default" disabled={none} onClick={() => setOpen('save')}>
        Save search
      </Button>
      {open === 'tag' && <TagHitsDialog search={spec} opened onClose={() => setOpen(null)} />}
      {open === 'save' && <SaveSearchDialog search={spec} opened onClose={() => setOpen(null)} />}
    </Group>
  );
}
