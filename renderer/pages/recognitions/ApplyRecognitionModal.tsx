import type { FiveClear, Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { workingAgeStart } from '../../../shared/domain/population/working-age';
import type { FieldErrors } from '../../components/form-dialog/field-checks';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { latestDateFor } from '../registry/person/latest-date';
import { FIVE_CLEAR_FIELDS, FiveClearTable } from './FiveClearTable';
import { CATEGORY_LABEL, FIVE_CLEAR_ITEMS } from './recognition-labels';

/** What the person page already knows for each 五清 item: a starting note the clerk checks. */
function knownNotes(p: PersonDetail): FiveClear {
  const skills = [p.skills, p.skillLevel].filter(Boolean).join('，');
  const item = (note: string) => ({ clear: note !== '', note: note || null });
  return { skills: item(skills), jobWish: item(''), family: item(''), employment: item(''), policies: item(p.policiesEnjoyed ?? '') };
}

function notesTooLong(fiveClear: FiveClear): FieldErrors {
  const errors: FieldErrors = {};
  for (const { key, label } of FIVE_CLEAR_ITEMS) {
    if ((fiveClear[key].note ?? '').length > 200) errors[`fiveClear.${key}.note`] = `${label}说明不能超过 200 个字`;
  }
  return errors;
}

const trimmed = (fiveClear: FiveClear) =>
  Object.fromEntries(FIVE_CLEAR_ITEMS.map(({ key }) => [key, { clear: fiveClear[key].clear, note: fiveClear[key].note?.trim() || null }])) as FiveClear;

/** 申请认定: category, date, the especially-difficult flag and the 五清 items (就业困难人员申请审核认定表). */
export function ApplyRecognitionModal({ person, ...dialog }: DialogProps & { person: PersonDetail }) {
  const initial = {
    category: null as Recognition['category'] | null,
    appliedOn: latestDateFor(person.archivedOn),
    especiallyDifficult: false,
    fiveClear: knownNotes(person),
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`申请就业困难人员认定：${person.name}`}
      size="lg"
      submitLabel="提交申请"
      fields={({ fiveClear }, form) => [
        {
          row: [
            { kind: 'select', name: 'category', label: '认定类别', required: true, data: CATEGORY_LABEL, placeholder: '请选择' },
            { kind: 'date', name: 'appliedOn', label: '申请日期', required: true, notBefore: { '年满 16 周岁之日': workingAgeStart(person.birthDate) } },
          ],
        },
        { kind: 'checkbox', name: 'especiallyDifficult', label: '特别困难（认定后须在 72 小时内兑现即时就业承诺）' },
        { custom: <FiveClearTable value={fiveClear} errors={form.errors} onChange={(v) => form.set('fiveClear', v)} />, names: FIVE_CLEAR_FIELDS },
      ]}
      check={(v) => notesTooLong(v.fiveClear)}
      save={async ({ category, appliedOn, especiallyDifficult, fiveClear }) => {
        if (!category) return;
        await call('recognitions.apply', { personId: person.id, category, appliedOn, especiallyDifficult, fiveClear: trimmed(fiveClear) });
        return `已登记“${person.name}”的就业困难人员认定申请`;
      }}
    />
  );
}
