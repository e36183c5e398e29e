import { Checkbox, Stack, Table, Text, TextInput } from '@mantine/core';
import type { FiveClear } from '../../../shared/contract/recognitions';
import type { FieldErrors } from '../../components/form-dialog/field-checks';
import { FIVE_CLEAR_ITEMS } from './recognition-labels';

/** The form's names of the 五清 items (`fiveClear.skills.note`): a refusal naming one goes under it. */
export const FIVE_CLEAR_FIELDS = FIVE_CLEAR_ITEMS.flatMap((i) => [`fiveClear.${i.key}.clear`, `fiveClear.${i.key}.note`]);

interface Props {
  value: FiveClear;
  errors: FieldErrors;
  onChange(value: FiveClear): void;
}

/** 五清 in the application: each item 已清 or not, with what was found (就业困难人员申请审核认定表). */
export function FiveClearTable({ value, errors, onChange }: Props) {
  const setItem = (key: keyof FiveClear, change: Partial<FiveClear[keyof FiveClear]>) => onChange({ ...value, [key]: { ...value[key], ...change } });
  return (
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
                  checked={value[key].clear}
                  onChange={(e) => setItem(key, { clear: e.currentTarget.checked })}
                  error={errors[`fiveClear.${key}.clear`]}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${label}说明`}
                  placeholder={`${label}的情况`}
                  value={value[key].note ?? ''}
                  onChange={(e) => setItem(key, { note: e.currentTarget.value })}
                  error={errors[`fiveClear.${key}.note`]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
