import { Divider, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { failureOf } from '../../../components/FailureAlert';
import { ModalFormFooter } from '../../../components/ModalFormFooter';
import type { Failure } from '../../../components/FailureAlert';
import { call } from '../../../lib/api';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { EDUCATION_LABEL, RELATION_LABEL, WORK_ABILITY_LABEL, selectData } from '../labels';
import { OptionalDateField } from '../../employment/OptionalDateField';
import { IdNumberField } from './IdNumberField';
import { idCheck, initialState, localProblems, toFields } from './person-form-state';
import type { FormState, Relation } from './person-form-state';

export type PersonFormTarget = { mode: 'create'; householdId: number; householdNumber: string; hasHead: boolean } | { mode: 'edit'; person: PersonDetail };

interface Props {
  target: PersonFormTarget;
  onClose(): void;
  onSaved(person: PersonDetail): void;
  onRefresh?: () => void;
}

/** Adds a member to a household, or edits a person (the ID number, gender and birth date are fixed once created). */
export function PersonFormModal({ target, onClose, onSaved, onRefresh }: Props) {
  const person = target.mode === 'edit' ? target.person : null;
  const creating = target.mode === 'create';
  const [s, setS] = useState<FormState>(() => initialState(person, target.mode === 'create' && !target.hasHead ? 'head' : 'child'));
  /** 迁入本户日期 (create only): empty = a member since before any record. */
  const [joinedOn, setJoinedOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const parsed = creating ? idCheck(s.idNumber, false) : null;
  const gender = person?.gender ?? (parsed?.ok ? parsed.value.gender : null);

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setS((old) => ({ ...old, [key]: value }));
    setErrors((old) => ({ ...old, [key]: '' }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = localProblems(s, creating);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const fields = toFields(s, gender);
      const saved =
        target.mode === 'create'
          ? await call('persons.create', { ...fields, householdId: target.householdId, idNumber: s.idNumber.trim(), joinedOn })
          : await call('persons.update', { id: target.person.id, version: target.person.version, fields });
      notifications.show({ color: 'green', message: `已保存“${saved.name}”` });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error, creating ? '' : 'fields.'));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  const title = target.mode === 'create' ? `添加成员：户 ${target.householdNumber}` : `编辑人员：${target.person.name}`;
  return (
    <Modal opened onClose={onClose} title={title} size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      <form onSubmit={submit} noValidate aria-label="人员信息">
        <Stack gap="sm">
          {creating ? (
            <IdNumberField value={s.idNumber} onChange={(v) => set('idNumber', v)} error={errors.idNumber || undefined} />
          ) : (
            <TextInput label="身份证号码" readOnly variant="filled" styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} value={person?.idNumber ?? ''} />
          )}
          <SimpleGrid cols={3}>
            <TextInput label="姓名" required autoFocus={!creating} value={s.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name || undefined} />
            <Select
              label="与户主关系"
              required
              allowDeselect={false}
              data={selectData(RELATION_LABEL)}
              value={s.relation}
              onChange={(v) => v && set('relation', v as Relation)}
              error={errors.relation || undefined}
            />
            <TextInput label="联系电话" value={s.phone} onChange={(e) => set('phone', e.currentTarget.value)} error={errors.phone || undefined} />
            <Select
              label="文化程度"
              clearable
              data={selectData(EDUCATION_LABEL)}
              value={s.education}
              onChange={(v) => set('education', v as FormState['education'])}
              error={errors.education || undefined}
            />
            <Select
              label="劳动能力"
              required
              allowDeselect={false}
              data={selectData(WORK_ABILITY_LABEL)}
              value={s.workAbility}
              onChange={(v) => v && set('workAbility', v as FormState['workAbility'])}
              error={errors.workAbility || undefined}
            />
            {gender === 'F' ? (
              <Select
                label="退休年龄基准"
                clearable
                placeholder="按规定（默认 55 岁）"
                data={[
                  { value: '50', label: '50 岁（女工人）' },
                  { value: '55', label: '55 岁（女干部）' },
                ]}
                value={s.retirementBase}
                onChange={(v) => set('retirementBase', v as FormState['retirementBase'])}
                error={errors.retirementBase || undefined}
              />
            ) : (
              <div />
            )}
          </SimpleGrid>
          {creating && (
            <SimpleGrid cols={3}>
              <OptionalDateField
                label="迁入本户日期"
                description="随户登记的成员留空；后来迁入的（婚入、回迁）填第一天"
                value={joinedOn}
                onChange={(v) => {
                  setJoinedOn(v);
                  setErrors((old) => ({ ...old, joinedOn: '' }));
                }}
                error={errors.joinedOn || undefined}
              />
            </SimpleGrid>
          )}
          <Group gap="xl">
            <Switch label="在校学生" checked={s.isStudent} onChange={(e) => set('isStudent', e.currentTarget.checked)} />
            <Switch label="已退休" checked={s.isRetired} onChange={(e) => set('isRetired', e.currentTarget.checked)} />
            <Switch label="农民工" checked={s.migrantWorker} onChange={(e) => set('migrantWorker', e.currentTarget.checked)} />
            <Switch label="复转军人" checked={s.veteran} onChange={(e) => set('veteran', e.currentTarget.checked)} />
          </Group>
          <Divider label="技能与政策" labelPosition="left" />
          <SimpleGrid cols={3}>
            <TextInput label="高校毕业年份" inputMode="numeric" maxLength={4} value={s.graduationYear} onChange={(e) => set('graduationYear', e.currentTarget.value.replace(/\D/g, ''))} error={errors.graduationYear || undefined} />
            <TextInput label="技能特长" value={s.skills} onChange={(e) => set('skills', e.currentTarget.value)} error={errors.skills || undefined} />
            <TextInput label="技能等级" value={s.skillLevel} onChange={(e) => set('skillLevel', e.currentTarget.value)} error={errors.skillLevel || undefined} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label="社保关系" value={s.socialInsurance} onChange={(e) => set('socialInsurance', e.currentTarget.value)} error={errors.socialInsurance || undefined} />
            <TextInput label="享受政策" value={s.policiesEnjoyed} onChange={(e) => set('policiesEnjoyed', e.currentTarget.value)} error={errors.policiesEnjoyed || undefined} />
          </SimpleGrid>
          <ModalFormFooter
            failure={failure}
            onRefresh={
              onRefresh &&
              (() => {
                setFailure(null);
                onRefresh();
              })
            }
            onCancel={onClose}
            saving={saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
