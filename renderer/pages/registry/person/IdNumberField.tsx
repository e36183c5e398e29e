import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { GENDER_LABEL } from '../../../../shared/domain/workbook/vocabulary';
import { idCheck } from './person-form-state';

interface Props {
  value: string;
  onChange(value: string): void;
  error?: string;
}

/** 身份证号码 with a live check: the converted 18-digit number for a 15-digit one, and the gender and birth date it gives. */
export function IdNumberField({ value, onChange, error }: Props) {
  const [touched, setTouched] = useState(false);
  const check = idCheck(value, touched && value.trim() !== '');
  const info = check?.ok ? check.value : null;
  const liveError = check && !check.ok ? check.reason : undefined;
  return (
    <>
      <TextInput
        label="身份证号码"
        required
        data-autofocus
        maxLength={18}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={value}
        onChange={(e) => {
          setTouched(false);
          onChange(e.currentTarget.value.replace(/[^\dxX]/g, '').toUpperCase());
        }}
        onBlur={() => setTouched(true)}
        error={error ?? liveError}
        description={info?.converted ? `15 位旧号码，转换为 18 位：${info.idNumber}` : info ? '校验通过' : '18 位（最后一位可为 X），或 15 位旧号码'}
      />
      <Group grow>
        <TextInput label="性别（由号码得出）" readOnly variant="filled" value={info ? GENDER_LABEL[info.gender] : ''} />
        <TextInput label="出生日期（由号码得出）" readOnly variant="filled" value={info ? formatChineseDate(info.birthDate) : ''} />
      </Group>
    </>
  );
}
