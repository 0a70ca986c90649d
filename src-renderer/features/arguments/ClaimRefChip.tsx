import { Menu, UnstyledButton } from '@mantine/core';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { Stance } from '@common/api/schemas/claims';
import { shorten, STANCE_COLORS, STANCE_LABELS, stanceOptions } from '../claims/claim-labels';
import { useClaimsUi } from '../claims/claims-store';
import { useUi } from '../../state/ui-store';
import { useRefs } from './refs-store';

/** The chip of a claim reference: shortened statement and [n], coloured by stance; its menu changes the stance or removes it. */
export function ClaimRefChip({ node, editor, getPos, deleteNode, selected }: ReactNodeViewProps) {
  const uid = String(node.attrs.claimUid);
  const stance = node.attrs.stance as Stance;
  const statement = useRefs((s) => s.statements?.get(uid));
  const loaded = useRefs((s) => s.statements !== null);
  const n = useRefs((s) => s.numbers.get(uid));
  const broken = loaded && statement === undefined;
  const color = broken ? 'orange' : STANCE_COLORS[stance];
  const label = broken ? '⚠ deleted claim' : statement === undefined ? '…' : shorten(statement, 48);
  const setStance = (s: Stance): void => {
    const pos = getPos();
    if (typeof pos === 'number') editor.chain().focus().setClaimRefStance(pos, s).run();
  };
  return (
    <NodeViewWrapper as="span" className="claim-ref-wrap">
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <UnstyledButton
            component="span"
            role="button"
            className="claim-ref"
            data-stance={stance}
            data-broken={broken || undefined}
            data-selected={selected || undefined}
            aria-label={`${broken ? 'Deleted claim' : `Claim: ${statement ?? ''}`}, ${STANCE_LABELS[stance].toLowerCase()}, citation ${n ?? ''}`}
            title={broken ? 'This claim was deleted' : statement}
            contentEditable={false}
            style={{
              background: `var(--mantine-color-${color}-light)`,
              color: `var(--mantine-color-${color}-light-color)`,
              borderColor: `var(--mantine-color-${color}-outline)`,
            }}
          >
            {label} <sup>[{n ?? '?'}]</sup>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown aria-label="Claim reference">
          <Menu.Label>Stance</Menu.Label>
          {stanceOptions.map((o) => (
            <Menu.Item key={o.value} onClick={() => setStance(o.value as Stance)} rightSection={o.value === stance ? '✓' : null} aria-label={`Stance: ${o.label}`}>
              {o.label}
            </Menu.Item>
          ))}
          <Menu.Divider />
          {!broken && (
            <Menu.Item
              onClick={() => {
                useClaimsUi.getState().open(uid);
                useUi.getState().setView('claims');
              }}
            >
              Open claim
            </Menu.Item>
          )}
          <Menu.Item color="red" onClick={deleteNode} aria-label="Remove reference">
            Remove reference
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </NodeViewWrapper>
  );
}
