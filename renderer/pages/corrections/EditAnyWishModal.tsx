import { Alert, Loader, Modal } from '@mantine/core';
import type { PersonDetail } from '../../../shared/contract/registry';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { useApiQuery } from '../../lib/use-api-query';
import { EditWishModal } from './EditWishModal';

/** 修改 of any of the person's wishes (an earlier one as well as the one in force): loads it, then the form. */
export function EditAnyWishModal({ person, wishId, ...dialog }: DialogProps & { person: PersonDetail; wishId: number }) {
  const wish = useApiQuery('corrections.wish', { id: wishId });
  if (wish.data) return <EditWishModal person={person} wish={wish.data} {...dialog} />;
  return (
    <Modal opened onClose={dialog.onClose} title={`修改就业意愿：${person.name}`}>
      {wish.error ? <Alert color="red">{wish.error.message}</Alert> : <Loader size="sm" aria-label="正在读取就业意愿" />}
    </Modal>
  );
}
