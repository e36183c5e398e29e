import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { PICKER_FORMATS } from '../../shared/domain/date-text';
import { formatChineseDate, formatIsoDate, isValidIsoDate } from '../../shared/domain/dates';

/** Accepts 2024-01-15, 2024/1/15, 2024.1.15, 2024年1月15日 and 20240115; returns `YYYY-MM-DD` or null. */
export function parseTypedDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const iso = formatIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isValidIsoDate(iso) ? iso : null;
}

interface Props {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
  required?: boolean;
  description?: ReactNode;
  /** A date that may stay empty (an end not yet known): clearing the text clears the value. */
  clearable?: boolean;
  disabled?: boolean;
  /** Takes the focus when the dialog around it opens. */
  'data-autofocus'?: boolean;
}

const PICKER_ARIA = {
  monthLevelControl: '选择月份',
  yearLevelControl: '选择年份',
  nextMonth: '下一月',
  previousMonth: '上一月',
  nextYear: '下一年',
  previousYear: '上一年',
  nextDecade: '后十年',
  previousDecade: '前十年',
};

/** A date typed as 2024-01-15 (or picked), shown as 2024年1月15日; the picker's header reads 2024年1月. */
export function DateField({ label, value, onChange, error, required, description, clearable, disabled, ...rest }: Props) {
  return (
    <DateInput
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      description={description}
      clearable={clearable}
      disabled={disabled}
      data-autofocus={rest['data-autofocus'] || undefined}
      placeholder="如 2024-01-15"
      valueFormat={(iso) => formatChineseDate(iso)}
      dateParser={parseTypedDate}
      popoverProps={{ withinPortal: true }}
      {...PICKER_FORMATS}
      decadeLabelFormat={(start, end) => `${start.slice(0, 4)}–${end.slice(0, 4)}年`}
      ariaLabels={PICKER_ARIA}
      nextLabel="下一月"
      previousLabel="上一月"
    />
  );
}
