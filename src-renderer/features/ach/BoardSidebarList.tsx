import { NavLink } from '@mantine/core';
import { SidebarSection } from '../../ui/SidebarSection';
import { useApiQuery } from '../../bridge/use-api-query';
import { openBoards } from './open-board';

/** The sidebar's hypothesis boards; a click opens the board in Analysis. */
export function BoardSidebarList() {
  const { data } = useApiQuery('ach.list', {});
  if (!data?.length) return null;
  return (
    <SidebarSection title="Hypothesis boards" label="Hypothesis boards in the sidebar">
      {data.map((b) => (
        <NavLink key={b.uid} component="button" label={b.question} aria-label={`Hypothesis board ${b.question}`} onClick={() => openBoards(b.uid)}
          styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }} />
      ))}
    </SidebarSection>
  );
}
