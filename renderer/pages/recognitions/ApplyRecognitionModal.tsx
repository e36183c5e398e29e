import { Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FiveClear, Recognition } from '../../../shared/contract/recognitions';
import type { PersonDetail } from '../../../shared/contract/registry';
import { workingAgeStart } from '../../../shared/domain/population/working-age';
import { DateField } from '../../components/DateField';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { selectData } from '../registry/labels';
import { dateProblem, defaultDate } from './date-checks';
import { CATEGORY_LABEL, FIVE_CLEAR_ITEMS } from './recognition-labels';
import { useFormSave } from '../../lib/use-form-save';

interface Props {
  person: PersonDetail;
  onClose(): void;
  onSaved(): void;
  /** After a conflict (someone else recorded first): reload the section. */
  onRefresh(): void;
}

/** What the person page already knows for each 五清 item: a starting note the clerk checks. */
function knownNotes(p: PersonDetail): FiveClear {
  const skills = [p.skills, p.skillLevel].filter(Boolean).join('，');
  const item = (note: string) => ({ clear: note !== '', note: note || null });
  return {
    skills: item(skills),
    jobWish: item(''),
    family: item(''),
    employment: item(''),
    policies: item(p.policiesEnjoyed ?? ''),
  };
}

const FIELDS = ['category', 'appliedOn', 'especiallyDifficult', ...FIVE_CLEAR_ITEMS.flatMap((i) => [`fiveClear.${i.key}.clear`, `fiveClear.${i.key}.note`])];

/** 申请认定: category, date, the especially-difficult flag and the 五清 items (就业困难人员申请审核认定表). */
export function ApplyRecognitionModal({ person, onClose, onSaved, onRefresh }: Props) {
  const [category, setCategory] = useState<Recognition['category'] | null>(null);
  const [appliedOn, setAppliedOn] = useState<string | null>(defaultDate(person.archivedOn));
  const [especiallyDifficult, setEspeciallyDifficult] = useState(false);
  const [fiveClear, setFiveClear] = useState<FiveClear>(() => knownNotes(person));
  const save = useFormSave(FIELDS);
  const { errors } = save;

  const setItem = (key: keyof FiveClear, change: Partial<FiveClear[keyof FiveClear]>) =>
    setFiveClear((current) => ({ ...current, [key]: { ...current[key], ...change } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!category) local.category = '请选择认定类别';
    const dateError = dateProblem(appliedOn, '申请日期', { notBefore: [{ date: workingAgeStart(person.birthDate), label: '年满 16 周岁之日' }] });
    if (dateError) local.appliedOn = dateError;
    for (const { key, label } of FIVE_CLEAR_ITEMS) {
      if ((fiveClear[key].note ?? '').length > 200) local[`fiveClear.${key}.note`] = `${label}说明不能超过 200 个字`;
    }
    await save.run(local, async () => {
      if (!category || !appliedOn) return;
      const trimmed = Object.fromEntries(
        FIVE_CLEAR_ITEMS.map(({ key }) => [key, { clear: fiveClear[key].clear, note: fiveClear[key].note?.trim() || null }]),
      ) as FiveClear;
      await call('recognitions.apply', { personId: person.id, category, appliedOn, especiallyDifficult, fiveClear: trimmed });
      notifications.show({ color: 'green', message: `已登记“${person.name}”的就业困难人员认定申请` });
      onSaved();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`申请就业困难人员认定：${person.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <Select
              label="认定类别"
              required
              autoFocus
              data={selectData(CATEGORY_LABEL)}
              value={category}
              onChange={(v) => {
                setCategory(v as Recognition['category'] | null);
                save.clearError('category');
              }}
              error={errors.category}
              placeholder="请选择"
            />
            <DateField label="申请日期" required value={appliedOn} onChange={setAppliedOn} error={errors.appliedOn} />
          </Group>
          <Checkbox
            label="特别困难（认定后须在 72 小时内兑现即时就业承诺）"
            checked={especiallyDifficult}
            onChange={(e) => setEspeciallyDifficult(e.currentTarget.checked)}
            error={errors.especiallyDifficult}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              五清（逐项核实后勾选“已清”，并写明情况）
            </Text>
            <Table aria-label="五清" verticalSpacing={4} withRowBorders={false}>
              <Table.Tbody>
                {FIVE_CLEAR_ITEMS.map(({ key, label }) => (
                  <Table.Tr key={key}>
                    <Table.Td w={110}>
                      <Text size="sm">{label}</Text>
                    </Table.Td>
                    <Table.Td w={80}>
                      <Checkbox
                        label="已清"
                        aria-label={`${label}已清`}
                        checked={fiveClear[key].clear}
                        onChange={(e) => setItem(key, { clear: e.currentTarget.checked })}
                        error={errors[`fiveClear.${key}.clear`]}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`${label}说明`}
                        placeholder={`${label}的情况`}
                        value={fiveClear[key].note ?? ''}
                        onChange={(e) => setItem(key, { note: e.currentTarget.value })}
                        error={errors[`fiveClear.${key}.note`]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
          <ModalFormFooter failure={save.failure} onRefresh={onRefresh} onCancel={onClose} saving={save.saving} submitLabel="提交申请" />
        </Stack>
      </form>
    </Modal>
  );
}
