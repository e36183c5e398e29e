import { Kbd, Text } from '@mantine/core';
import { useState } from 'react';
import type { RecordServiceResult } from '../../../shared/contract/services';
import type { VacancyListRow } from '../../../shared/contract/employers';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { kindFields } from './kind-fields';
import { KindSelect } from './KindSelect';
import { lastClerk, rememberClerk } from './last-clerk';
import { emptyForm, toInput } from './service-form';
import type { ServiceSubject, SubjectDates } from './service-form';
import { SERVICE_KIND_LABEL } from './service-kinds';
import type { ServiceKind } from './service-kinds';
import { VacancySelect } from './VacancySelect';

interface Props {
  subject: ServiceSubject;
  /** Whom the service is for, as the title shows it (张伟, 户 0001). */
  subjectName: string;
  dates: SubjectDates;
  onClose(): void;
  onSaved(result: RecordServiceResult, vacancy: VacancyListRow | null): void;
}

function kindProblem(kind: ServiceKind | null, household: boolean): string | null {
  if (!kind) return '请选择服务类型';
  return household && (kind === 'referral' || kind === 'training') ? `${SERVICE_KIND_LABEL[kind]}只能登记到个人` : null;
}

/** 记录服务: kind (type 职业指导 or zyzd), kind-specific fields, content and result; date today, clerk remembered. Enter saves. */
export function ServiceModal({ subject, subjectName, dates, onClose, onSaved }: Props) {
  const household = 'householdId' in subject;
  const [vacancy, setVacancy] = useState<VacancyListRow | null>(null);
  return (
    <FormDialog
      initial={emptyForm(lastClerk())}
      title={household ? `为本户记录服务：${subjectName}` : `记录服务：${subjectName}`}
      size="lg"
      modalProps={{ transitionProps: { duration: 0 } }}
      onClose={onClose}
      fields={({ kind, vacancyId }, { errors, set }) => [
        { custom: <KindSelect value={kind} onChange={(k) => set('kind', k)} error={errors.kind} household={household} />, names: ['kind'] },
        ...kindFields(kind, {
          custom: (
            <VacancySelect
              value={vacancyId}
              onChange={(row) => {
                setVacancy(row);
                set('vacancyId', row?.id ?? null);
              }}
              error={errors.vacancyId}
            />
          ),
          names: ['vacancyId'],
        }),
        { kind: 'text', name: 'content', label: '服务内容', placeholder: '如 介绍本月招聘岗位，讲解求职技巧' },
        { kind: 'text', name: 'outcome', label: '服务结果', placeholder: '如 有意向，下周面试（可空）' },
        {
          row: [
            { kind: 'date', name: 'date', label: '服务日期', required: true, notBefore: { 出生日期: dates.birthDate }, notAfter: { 迁出日期: dates.archivedOn } },
            { kind: 'text', name: 'clerk', label: '经办人', required: true, description: '下次默认为本次的经办人' },
          ],
        },
        <Text size="xs" c="dimmed">
          在文本框中按 <Kbd size="xs">Enter</Kbd> 保存，<Kbd size="xs">Esc</Kbd> 取消
        </Text>,
      ]}
      check={({ kind }) => ({ kind: kindProblem(kind, household) })}
      save={async (v) => {
        const { kind, date } = v;
        if (!kind) return;
        const result = await call('services.record', toInput({ ...v, kind }, subject));
        rememberClerk(v.clerk);
        onSaved(result, vacancy);
        return `已记录${SERVICE_KIND_LABEL[kind]}：${subjectName}（${date}）`;
      }}
    />
  );
}
