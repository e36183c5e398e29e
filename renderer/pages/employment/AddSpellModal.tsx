import { Alert, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Registration } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { chineseDate, selectData } from '../registry/labels';
import { dateProblem } from './employment-dates';
import type { FieldErrors } from '../../lib/use-form-save';
import { SPELL_KIND_LABEL } from './employment-labels';
import type { SpellKind } from './employment-labels';
import { submitOnEnter } from './form-keys';
import { OptionalDateField } from './OptionalDateField';
import { useFormSave } from '../../lib/use-form-save';
import { YesNoUnknown } from './YesNoUnknown';

const FIELDS = ['kind', 'startDate', 'endDate', 'employerName', 'employerId', 'post', 'contractSigned', 'socialInsurancePaid'];

interface Props {
  person: PersonDetail;
  /** Still open: a new open spell usually means it should be cancelled. */
  openRegistration: Registration | null;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 新增就业: one spell of employment, open (still working) or already ended. No two spells of a person may overlap. */
export function AddSpellModal({ person, openRegistration, onClose, onSaved, onRefresh }: Props) {
  const [kind, setKind] = useState<SpellKind | null>(null);
  const [startDate, setStartDate] = useState<string | null>(todayIso());
  const [endDate, setEndDate] = useState<string | null>(null);
  const [employerName, setEmployerName] = useState('');
  const [post, setPost] = useState('');
  const [contractSigned, setContractSigned] = useState<boolean | null>(null);
  const [socialInsurancePaid, setSocialInsurancePaid] = useState<boolean | null>(null);
  const save = useFormSave(FIELDS);
  const { errors } = save;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!kind) local.kind = '请选择就业形式';
    const start = dateProblem(startDate, '开始日期', { notBefore: { date: person.birthDate, label: '出生日期' } });
    if (start) local.startDate = start;
    if (endDate !== null) {
      const end = dateProblem(endDate, '结束日期', startDate ? { notBefore: { date: startDate, label: '开始日期' } } : {});
      if (end) local.endDate = end;
    }
    await save.run(local, async () => {
      if (!kind || !startDate) return;
      const spell = await call('spells.add', {
        personId: person.id,
        startDate,
        endDate,
        kind,
        employerName: employerName.trim() || null,
        post: post.trim() || null,
        contractSigned,
        socialInsurancePaid,
      });
      const period = spell.endDate ? `${spell.startDate} 至 ${spell.endDate}` : `${spell.startDate} 起`;
      notifications.show({ color: 'green', message: `已为${person.name}登记一段${SPELL_KIND_LABEL[spell.kind]}（${period}）` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={`新增就业：${person.name}`}>
      <form onSubmit={submit} onKeyDown={submitOnEnter} noValidate aria-label="新增就业">
        <Stack>
          {openRegistration && endDate === null && (
            <Alert color="orange" variant="light">
              {person.name}自{chineseDate(openRegistration.registeredOn)}起登记失业，尚未注销；已就业的，保存后请在“失业登记”一栏注销。
            </Alert>
          )}
          <SimpleGrid cols={3}>
            <Select
              label="就业形式"
              required
              autoFocus
              allowDeselect={false}
              data={selectData(SPELL_KIND_LABEL)}
              value={kind}
              onChange={(v) => v && save.track('kind', setKind)(v as SpellKind)}
              error={errors.kind}
            />
            <DateField label="开始日期" required value={startDate} onChange={save.track('startDate', setStartDate)} error={errors.startDate} description="第一个工作日" />
            <OptionalDateField label="结束日期" value={endDate} onChange={save.track('endDate', setEndDate)} error={errors.endDate} description="最后一个工作日；仍在就业的不填" />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label="工作单位" value={employerName} onChange={(e) => setEmployerName(e.currentTarget.value)} error={errors.employerName ?? errors.employerId} />
            <TextInput label="岗位" value={post} onChange={(e) => setPost(e.currentTarget.value)} error={errors.post} />
            <YesNoUnknown label="签订劳动合同" value={contractSigned} onChange={setContractSigned} error={errors.contractSigned} />
            <YesNoUnknown label="缴纳社会保险" value={socialInsurancePaid} onChange={setSocialInsurancePaid} error={errors.socialInsurancePaid} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            同一人的就业记录不能重叠（前一段的结束日期须早于后一段的开始日期）。
          </Text>
          <ModalFormFooter
            failure={save.failure}
            onRefresh={() => {
              save.clearFailure();
              onRefresh();
            }}
            onCancel={onClose}
            saving={save.saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
