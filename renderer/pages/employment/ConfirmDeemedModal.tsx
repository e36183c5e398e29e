import { Text } from '@mantine/core';
import type { DeemedCandidate } from '../../../shared/contract/employment';
import { DEEMED_NO_WISH_REASON } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { RefusalList } from './RefusalList';

/** The clerk's confirmation of “deemed no wish”: the refusals once more, the date, and an explicit button. */
export function ConfirmDeemedModal({ person, candidate, ...dialog }: DialogProps & { person: PersonDetail; candidate: DeemedCandidate }) {
  const second = candidate.refusals[1];
  return (
    <FormDialog
      {...dialog}
      initial={{ recordedOn: todayIso() }}
      title={`确认视为无就业意愿：${person.name}`}
      size="lg"
      submitLabel="确认视为无就业意愿"
      danger
      fields={() => [
        <Text size="sm">
          {person.name}登记有就业意愿后，拒绝了以下 {candidate.refusals.length} 次职业介绍。确认后记录为“无就业意愿”，原因“{DEEMED_NO_WISH_REASON}”；
          自记录日期起不再计入有就业意愿的劳动力。此后如本人重新表示愿意就业，可再记录就业意愿。
        </Text>,
        <RefusalList refusals={candidate.refusals} />,
        { kind: 'date', name: 'recordedOn', label: '记录日期', required: true, notBefore: { 第二次拒绝的日期: second?.date } },
      ]}
      save={async ({ recordedOn }) => {
        await call('wishes.confirmDeemedNoWish', { personId: person.id, recordedOn });
        return `已记录${person.name}无就业意愿（${DEEMED_NO_WISH_REASON}，${recordedOn}）`;
      }}
    />
  );
}
