import { DateInput } from '@mantine/dates';
import { formatChineseDate } from '../../../shared/domain/dates';
import { parseTypedDate } from '../../components/DateField';

interface Props {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
  description?: string;
}

/** DateField for a date that may stay empty (an end not yet known): clearing the text clears the value. */
export function OptionalDateField({ label, value, onChange, error, description }: Props) {
  return (
    <DateInput
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      description={description}
      clearable
      placeholder="如 2024-01-15"
      valueFormat={(iso) => formatChineseDate(iso)}
      dateParser={parseTypedDate}
      popoverProps={{ withinPortal: true }}
    />
  );
}
