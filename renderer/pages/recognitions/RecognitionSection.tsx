import { Alert, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { WriteButton } from '../../components/WriteButton';
import type { AssistanceAgreement, AssistanceMeasure, Recognition } from '../../../shared/contract/recognitions';
import { useApiQuery } from '../../lib/use-api-query';
import { chineseDate } from '../registry/labels';
import { AddMeasureModal } from './AddMeasureModal';
import { AgreementCard } from './AgreementCard';
import { ApplyRecognitionModal } from './ApplyRecognitionModal';
import { CloseAgreementModal } from './CloseAgreementModal';
import { CompleteMeasureModal } from './CompleteMeasureModal';
import { CreateAgreementModal } from './CreateAgreementModal';
import { EditAgreementModal } from './EditAgreementModal';
import { EditRecognitionModal } from './EditRecognitionModal';
import { ExitRecognitionModal } from './ExitRecognitionModal';
import { FollowUpModal } from './FollowUpModal';
import { RecognitionCard } from './RecognitionCard';
import { CATEGORY_LABEL, STATUS_LABEL } from './recognition-labels';
import { ReviewRecognitionModal } from './ReviewRecognitionModal';
import { VoidRecordModal } from '../corrections/VoidRecordModal';
import { useSectionDialog } from '../../lib/use-section-dialog';
import type { PersonSectionProps } from '../../lib/use-section-dialog';

type Dialog =
  | { kind: 'apply' }
  | { kind: 'review'; recognition: Recognition }
  | { kind: 'exit'; recognition: Recognition }
  | { kind: 'sign'; recognition: Recognition }
  | { kind: 'measure'; agreement: AssistanceAgreement }
  | { kind: 'complete'; agreement: AssistanceAgreement; measure: AssistanceMeasure }
  | { kind: 'followUp'; agreement: AssistanceAgreement }
  | { kind: 'close'; agreement: AssistanceAgreement }
  | { kind: 'editRecognition'; recognition: Recognition }
  | { kind: 'voidRecognition'; recognition: Recognition }
  | { kind: 'editAgreement'; agreement: AssistanceAgreement }
  | { kind: 'voidAgreement'; agreement: AssistanceAgreement }
  | null;

/** The day a 72-hour commitment measure under these agreements was done, if one was. */
function commitmentKeptOn(agreements: AssistanceAgreement[]): string | null {
  const days = agreements.flatMap((a) => a.measures.filter((m) => m.kind === 'commitment' && m.doneOn !== null).map((m) => m.doneOn ?? ''));
  return days.sort()[0] ?? null;
}

/** 就业困难认定 on the person page (seed 003): apply → review → recognised/refused → exited, and 一人一策 under it. */
export function RecognitionSection({ person, reloadKey, onChanged }: PersonSectionProps) {
  const { dialog, setDialog, tick, handlers } = useSectionDialog<NonNullable<Dialog>>(onChanged);
  const key = `${reloadKey}.${tick}`;
  const recognitions = useApiQuery('recognitions.listForPerson', { personId: person.id }, key);
  const assistance = useApiQuery('assistance.get', { personId: person.id }, key);
  const archived = person.archivedOn !== null;
  const list = recognitions.data ?? [];
  const agreements = assistance.data?.personId === person.id ? assistance.data.agreements : [];
  const live = list.find((r) => r.status === 'applied' || r.status === 'recognised') ?? null;
  const active = agreements.find((a) => a.status === 'active') ?? null;
  const previousClosedOn = agreements.map((a) => a.closedOn ?? '').sort().at(-1) || null;


  /** 修改 / 作废 of a record entered wrongly (issue #14), on every card whatever its state. */
  const corrections = (label: string, edit: () => void, voidIt: () => void) => (
    <>
      <WriteButton size="compact-xs" variant="subtle" onClick={edit} aria-label={`修改${label}`}>
        修改
      </WriteButton>
      <WriteButton size="compact-xs" variant="subtle" color="red" onClick={voidIt} aria-label={`作废${label}`}>
        作废
      </WriteButton>
    </>
  );

  const recognitionActions = (r: Recognition) => {
    const fix = corrections(
      `就业困难认定（${r.appliedOn} 申请）`,
      () => setDialog({ kind: 'editRecognition', recognition: r }),
      () => setDialog({ kind: 'voidRecognition', recognition: r }),
    );
    if (r.status === 'applied') {
      return (
        <>
          <WriteButton size="xs" onClick={() => setDialog({ kind: 'review', recognition: r })}>
            审核
          </WriteButton>
          {fix}
        </>
      );
    }
    if (r.status !== 'recognised') return fix;
    return (
      <>
        {fix}
        {!active && !archived && (
          <WriteButton size="xs" onClick={() => setDialog({ kind: 'sign', recognition: r })}>
            签订一人一策援助协议
          </WriteButton>
        )}
        <WriteButton size="xs" variant="light" color="red" onClick={() => setDialog({ kind: 'exit', recognition: r })}>
          退出认定
        </WriteButton>
      </>
    );
  };

  const agreementActions = (a: AssistanceAgreement) => ({
    addMeasure: () => setDialog({ kind: 'measure', agreement: a }),
    complete: (measure: AssistanceMeasure) => setDialog({ kind: 'complete', agreement: a, measure }),
    followUp: () => setDialog({ kind: 'followUp', agreement: a }),
    close: () => setDialog({ kind: 'close', agreement: a }),
  });

  const error = recognitions.error ?? assistance.error;
  return (
    <Stack gap="xs" aria-label="就业困难认定">
      <Group justify="space-between">
        <Title order={5}>就业困难认定</Title>
        <Tooltip
          label={archived ? `${person.name}已迁出，不能再申请认定` : `已有一条${live?.status === 'applied' ? '待审核' : '有效'}的认定，退出后才能重新申请`}
          disabled={!archived && !live}
        >
          <WriteButton variant="default" disabled={archived || live !== null || recognitions.loading} onClick={() => setDialog({ kind: 'apply' })}>
            申请认定
          </WriteButton>
        </Tooltip>
      </Group>
      {error && <Alert color="red">{error.message}</Alert>}
      {!recognitions.loading && !error && list.length === 0 && (
        <Text size="sm" c="dimmed">
          尚未申请就业困难人员认定。{archived ? '' : '符合 4050、低保、零就业家庭成员、残疾、长期失业等条件的，可点“申请认定”。'}
        </Text>
      )}
      {archived && active && (
        <Alert color="yellow" variant="light">
          {person.name}已于{chineseDate(person.archivedOn)}迁出，一人一策援助协议仍在执行中，请终止协议（终止日期不晚于迁出日期）。
        </Alert>
      )}
      {list.map((r) => {
        const own = agreements.filter((a) => a.recognitionId === r.id);
        return (
          <RecognitionCard key={r.id} recognition={r} actions={recognitionActions(r)} commitmentKeptOn={commitmentKeptOn(own)}>
            {own.map((a) => (
              <AgreementCard
                key={a.id}
                agreement={a}
                archived={archived}
                actions={a.status === 'active' ? agreementActions(a) : null}
                corrections={corrections(
                  `一人一策援助协议（${a.signedOn} 签订）`,
                  () => setDialog({ kind: 'editAgreement', agreement: a }),
                  () => setDialog({ kind: 'voidAgreement', agreement: a }),
                )}
              />
            ))}
          </RecognitionCard>
        );
      })}
      {dialog?.kind === 'apply' && <ApplyRecognitionModal person={person} {...handlers} />}
      {dialog?.kind === 'review' && <ReviewRecognitionModal person={person} recognition={dialog.recognition} {...handlers} />}
      {dialog?.kind === 'exit' && (
        <ExitRecognitionModal person={person} recognition={dialog.recognition} agreement={active} {...handlers} />
      )}
      {dialog?.kind === 'sign' && (
        <CreateAgreementModal person={person} recognition={dialog.recognition} previousClosedOn={previousClosedOn} {...handlers} />
      )}
      {dialog?.kind === 'measure' && <AddMeasureModal agreement={dialog.agreement} {...handlers} />}
      {dialog?.kind === 'complete' && (
        <CompleteMeasureModal person={person} agreement={dialog.agreement} measure={dialog.measure} {...handlers} />
      )}
      {dialog?.kind === 'followUp' && <FollowUpModal person={person} agreement={dialog.agreement} {...handlers} />}
      {dialog?.kind === 'close' && <CloseAgreementModal person={person} agreement={dialog.agreement} {...handlers} />}
      {dialog?.kind === 'editRecognition' && <EditRecognitionModal person={person} recognition={dialog.recognition} {...handlers} />}
      {dialog?.kind === 'editAgreement' && <EditAgreementModal person={person} agreement={dialog.agreement} {...handlers} />}
      {dialog?.kind === 'voidRecognition' && (
        <VoidRecordModal
          entity="difficulty_recognition"
          id={dialog.recognition.id}
          summary={`${chineseDate(dialog.recognition.appliedOn)}申请，${CATEGORY_LABEL[dialog.recognition.category]}，${STATUS_LABEL[dialog.recognition.status]}`}
          owner={person.name}
          {...handlers}
        />
      )}
      {dialog?.kind === 'voidAgreement' && (
        <VoidRecordModal
          entity="assistance_agreement"
          id={dialog.agreement.id}
          summary={`${chineseDate(dialog.agreement.signedOn)}签订，目标：${dialog.agreement.goal}`}
          owner={person.name}
          {...handlers}
        />
      )}
    </Stack>
  );
}
