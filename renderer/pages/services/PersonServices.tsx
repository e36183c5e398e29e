import { Alert, Group, Kbd, Stack, Text, Title, Tooltip } from '@mantine/core';
import { WriteButton } from '../../components/WriteButton';
import { useState } from 'react';
import type { RecordServiceResult, ServiceRecord } from '../../../shared/contract/services';
import type { VacancyListRow } from '../../../shared/contract/employers';
import type { PersonDetail } from '../../../shared/contract/registry';
import { useApiQuery } from '../../lib/use-api-query';
import { useCanWrite } from '../../lib/auth';
import { EditServiceModal } from '../corrections/EditServiceModal';
import { VoidRecordModal } from '../corrections/VoidRecordModal';
import { chineseDate } from '../registry/labels';
import { ReferralResultModal } from './ReferralResultModal';
import { SERVICE_KIND_LABEL } from './service-kinds';
import { ServiceModal } from './ServiceModal';
import { ServicesTable } from './ServicesTable';
import { SpellSuggestionModal } from './SpellSuggestionModal';
import type { SpellProposal } from './SpellSuggestionModal';
import { SERVICE_HOTKEY, useServiceHotkey } from './use-service-hotkey';
import { dateText } from '../../../shared/domain/date-text';

type Dialog = { kind: 'record' } | { kind: 'decide'; record: ServiceRecord } | { kind: 'void' | 'edit'; record: ServiceRecord } | { kind: 'spell'; proposal: SpellProposal } | null;

interface Props {
  person: PersonDetail;
  /** Something the rest of the page shows changed (the timeline, a new employment spell). */
  onChanged(): void;
}

/** 服务记录 on the person page: 记录服务 (button or S), the list newest first, 更新结果 of pending referrals, and 录用 → 就业. */
export function PersonServices({ person, onChanged }: Props) {
  const [tick, setTick] = useState(0);
  const services = useApiQuery('services.listForPerson', { personId: person.id }, String(tick));
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCanWrite();
  const archived = person.archivedOn !== null;
  const blocked = archived ? `${person.name}已于${dateText(person.archivedOn)}迁出，不能再登记服务` : null;
  const openRecord = () => setDialog({ kind: 'record' });
  useServiceHotkey(openRecord, blocked);

  const changed = () => {
    setTick((t) => t + 1);
    onChanged();
  };
  const closeChanged = () => {
    setDialog(null);
    changed();
  };
  const afterResult = (result: RecordServiceResult, vacancy: VacancyListRow | null) => {
    changed();
    if (!result.suggestedSpell) return setDialog(null);
    const post = vacancy?.title ?? result.record.vacancyTitle;
    setDialog({ kind: 'spell', proposal: { suggestion: result.suggestedSpell, personName: person.name, post, employerId: vacancy?.employerId ?? null } });
  };
  const records = services.data ?? [];

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>服务记录</Title>
        <Tooltip label={blocked} disabled={!blocked}>
          <WriteButton onClick={openRecord} disabled={archived} rightSection={<Kbd size="xs">{SERVICE_HOTKEY}</Kbd>}>
            记录服务
          </WriteButton>
        </Tooltip>
      </Group>
      {services.error && <Alert color="red">{services.error.message}</Alert>}
      {!services.loading && records.length === 0 && !services.error && (
        <Text c="dimmed" size="sm">
          还没有服务记录。{archived ? '' : `按 ${SERVICE_HOTKEY} 或点“记录服务”登记职业指导、职业介绍、培训等。`}
        </Text>
      )}
      {records.length > 0 && (
        <ServicesTable
          records={records}
          onDecide={(record) => setDialog({ kind: 'decide', record })}
          onVoid={canWrite ? (record) => setDialog({ kind: 'void', record }) : null}
          onEdit={canWrite ? (record) => setDialog({ kind: 'edit', record }) : null}
        />
      )}
      {dialog?.kind === 'record' && (
        <ServiceModal
          subject={{ personId: person.id }}
          subjectName={person.name}
          dates={{ birthDate: person.birthDate, archivedOn: person.archivedOn }}
          onClose={() => setDialog(null)}
          onSaved={afterResult}
        />
      )}
      {dialog?.kind === 'decide' && (
        <ReferralResultModal
          record={dialog.record}
          personName={person.name}
          onClose={() => setDialog(null)}
          onSaved={(result) => afterResult(result, null)}
          onRefresh={closeChanged}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditServiceModal
          person={person}
          record={dialog.record}
          onClose={() => setDialog(null)}
          onSaved={closeChanged}
          onRefresh={closeChanged}
        />
      )}
      {dialog?.kind === 'void' && (
        <VoidRecordModal
          entity="service_record"
          id={dialog.record.id}
          owner={person.name}
          summary={[chineseDate(dialog.record.date), SERVICE_KIND_LABEL[dialog.record.kind], dialog.record.content].filter(Boolean).join('，')}
          onClose={() => setDialog(null)}
          onSaved={closeChanged}
          onRefresh={closeChanged}
        />
      )}
      {dialog?.kind === 'spell' && (
        <SpellSuggestionModal
          proposal={dialog.proposal}
          onClose={() => setDialog(null)}
          onSaved={closeChanged}
        />
      )}
    </Stack>
  );
}
