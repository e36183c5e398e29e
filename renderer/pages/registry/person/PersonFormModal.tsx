import { Divider, ScrollArea, TextInput } from '@mantine/core';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { PHONE_PATTERN } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { FormDialog } from '../../../components/form-dialog/FormDialog';
import { call } from '../../../lib/api';
import { EDUCATION_LABEL, WORK_ABILITY_LABEL } from '../labels';
import { relationChoices } from '../../../../shared/domain/relation-words';
import { IdNumberField } from './IdNumberField';
import { idCheck, initialState, toFields } from './person-form-state';

export type PersonFormTarget = { mode: 'create'; householdId: number; householdNumber: string; hasHead: boolean } | { mode: 'edit'; person: PersonDetail };

interface Props {
  target: PersonFormTarget;
  onClose(): void;
  onSaved(person: PersonDetail): void;
  onRefresh?: () => void;
}

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
const RETIREMENT_BASES = { '50': '50 岁（女工人）', '55': '55 岁（女干部）' };

function yearProblem(year: string): string | null {
  const latest = Number(todayIso().slice(0, 4)) + 1;
  return !/^\d{4}$/.test(year) || Number(year) < 1950 || Number(year) > latest ? `毕业年份应为 1950 到 ${latest} 之间的四位年份` : null;
}

/** Adds a member to a household, or edits a person (the ID number, gender and birth date are fixed once created). */
export function PersonFormModal({ target, onClose, onSaved, onRefresh }: Props) {
  const person = target.mode === 'edit' ? target.person : null;
  const creating = target.mode === 'create';
  const relation = target.mode === 'create' && !target.hasHead ? 'head' : 'child';
  /** The gender the ID number typed so far gives (when editing, the person's). */
  const genderOf = (idNumber: string) => {
    const parsed = creating ? idCheck(idNumber, false) : null;
    return person?.gender ?? (parsed?.ok ? parsed.value.gender : null);
  };
  return (
    <FormDialog
      initial={{ ...initialState(person, relation), joinedOn: '' }}
      title={target.mode === 'create' ? `添加成员：户 ${target.householdNumber}` : `编辑人员：${target.person.name}`}
      size="xl"
      gap="sm"
      modalProps={{ scrollAreaComponent: ScrollArea.Autosize }}
      onClose={onClose}
      onRefresh={onRefresh}
      errorPrefix={creating ? '' : 'fields.'}
      fields={({ idNumber }, { errors, set }) => [
        creating
          ? { custom: <IdNumberField value={idNumber} onChange={(v) => set('idNumber', v)} error={errors.idNumber} />, names: ['idNumber'] }
          : <TextInput label="身份证号码" readOnly variant="filled" styles={MONO} value={person?.idNumber ?? ''} />,
        {
          row: [
            { kind: 'text', name: 'name', label: '姓名', required: true, limit: 30 },
            { kind: 'select', name: 'relation', label: '与户主关系', required: true, searchable: true, data: relationChoices() },
            { kind: 'text', name: 'phone', label: '联系电话', check: (phone) => !PHONE_PATTERN.test(phone.trim()) && '联系电话应为 11 位手机号码，或带区号的固定电话（如 0514-87654321）' },
            { kind: 'select', name: 'education', label: '文化程度', clearable: true, data: EDUCATION_LABEL },
            { kind: 'select', name: 'workAbility', label: '劳动能力', required: true, data: WORK_ABILITY_LABEL },
            genderOf(idNumber) === 'F' ? { kind: 'select', name: 'retirementBase', label: '退休年龄基准', clearable: true, placeholder: '按规定（默认 55 岁）', data: RETIREMENT_BASES } : <div />,
          ],
          cols: 3,
        },
        // 迁入本户日期 (a new member only): empty = a member since before any record.
        creating && { row: [{ kind: 'date', name: 'joinedOn', label: '迁入本户日期', description: '随户登记的成员留空；后来迁入的（婚入、回迁）填第一天' }], cols: 3 },
        {
          row: [
            { kind: 'switch', name: 'isStudent', label: '在校学生' },
            { kind: 'switch', name: 'isRetired', label: '已退休' },
            { kind: 'switch', name: 'migrantWorker', label: '农民工' },
            { kind: 'switch', name: 'veteran', label: '复转军人' },
          ],
          inline: true,
        },
        <Divider label="技能与政策" labelPosition="left" />,
        {
          row: [
            { kind: 'text', name: 'graduationYear', label: '高校毕业年份', inputMode: 'numeric', maxLength: 4, filter: (t) => t.replace(/\D/g, ''), check: (y) => yearProblem(y.trim()) },
            { kind: 'text', name: 'skills', label: '技能特长', limit: 100 },
            { kind: 'text', name: 'skillLevel', label: '技能等级', limit: 30 },
          ],
        },
        { row: [{ kind: 'text', name: 'socialInsurance', label: '社保关系', limit: 100 }, { kind: 'text', name: 'policiesEnjoyed', label: '享受政策', limit: 200 }] },
      ]}
      check={(v) => {
        const id = creating ? idCheck(v.idNumber, true) : null;
        return { idNumber: id && !id.ok && id.reason };
      }}
      save={async (v) => {
        const fields = toFields(v, genderOf(v.idNumber));
        const saved =
          target.mode === 'create'
            ? await call('persons.create', { ...fields, householdId: target.householdId, idNumber: v.idNumber.trim(), joinedOn: v.joinedOn || null })
            : await call('persons.update', { id: target.person.id, version: target.person.version, fields });
        onSaved(saved);
        return `已保存“${saved.name}”`;
      }}
    />
  );
}
