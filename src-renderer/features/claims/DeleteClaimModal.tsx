import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useApiQuery } from '../../bridge/use-api-query';
import { shorten } from './claim-labels';
import { deleteClaimWithUndo } from './delete-claim';

/** Asks before deleting a claim, naming the arguments whose references to it would break. */
export function DeleteClaimModal({ uid, onClose, onDeleted }: { uid: string; onClose(): void; onDeleted(): void }) {
  const { data: impact } = useApiQuery('claims.deleteImpact', { uid });
  const del = (): void => {
    deleteClaimWithUndo(uid).then(onDeleted, (e: Error) => notifications.show({ color: 'red', title: 'The claim was not deleted', message: e.message }));
  };
  return (
    <Modal opened onClose={onClose} title="Delete claim?">
      <Stack gap="sm" role="alertdialog" aria-label="Delete claim">
        {impact && (
          <>
            <Text size="sm">“{shorten(impact.statement, 200)}”</Text>
            {impact.arguments.length === 0 ? (
              <Text size="sm">No argument cites it. Its evidence passages stay in their documents.</Text>
            ) : (
              <>
                <Text size="sm" fw={500}>
                  {impact.arguments.length === 1 ? 'This argument cites it' : `These ${impact.arguments.length} arguments cite it`}; the
                  references will show as deleted claims:
                </Text>
                <List size="sm" aria-label="Arguments citing the claim">
                  {impact.arguments.map((a) => (
                    <List.Item key={a.uid}>
                      {a.title} ({a.references} {a.references === 1 ? 'reference' : 'references'})
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} aria-label="Keep claim" data-autofocus>
            Keep
          </Button>
          <Button color="red" onClick={del} disabled={!impact} aria-label="Delete claim">
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
