import { Text } from '@mantine/core';
import type { Spell } from '../../../shared/contract/employment';
import type { PersonDetail } from '../../../shared/contract/registry';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { SPELL_KIND_LABEL } from '../employment/employment-labels';
import type { SpellKind } from '../employment/employment-labels';
import { spellTerms } from '../employment/spell-terms';

/** 修改就业经历: dates, form, employer and post as they should have been entered (audited; the family episodes follow). */
export function EditSpellModal({ person, spell, ...dialog }: DialogProps & { person: PersonDetail; spell: Spell }) {
  return (
    <FormDialog
      {...dialog}
      initial={{
        kind: spell.kind as SpellKind | null,
        startDate: spell.startDate,
        endDate: spell.endDate ?? '',
        employerName: spell.employerName ?? '',
        post: spell.post ?? '',
      }}
      title={`修改就业经历：${person.name}`}
      size="lg"
      fields={({ startDate }) => [
        {
          row: [
            { kind: 'select', name: 'kind', label: '就业形式', required: true, data: SPELL_KIND_LABEL },
            { kind: 'date', name: 'startDate', label: '开始日期', required: true, notBefore: { 出生日期: person.birthDate } },
            { kind: 'date', name: 'endDate', label: '结束日期', description: '仍在就业的不填', notBefore: { 开始日期: startDate } },
          ],
        },
        {
          row: [
            { kind: 'text', name: 'employerName', label: '工作单位', limit: 100 },
            { kind: 'text', name: 'post', label: '岗位', limit: 60 },
          ],
        },
        <Text size="xs" c="dimmed">修改会记入审计日志（修改前后的内容），并重新计算该户的零就业家庭等状态。</Text>,
      ]}
      save={async (v) => {
        if (!v.kind) return;
        const row = await call('corrections.editSpell', { id: spell.id, ...spellTerms(v.kind, v) });
        return `${person.name}的就业经历已修改（${SPELL_KIND_LABEL[row.kind]}，${row.startDate} 至 ${row.endDate ?? '今'}）`;
      }}
    />
  );
}
