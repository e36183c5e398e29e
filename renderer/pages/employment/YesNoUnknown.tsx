import { SegmentedControl, Stack, Text } from '@mantine/core';

const CHOICES = [
  { value: 'unknown', label: '未填' },
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];

interface Props {
  label: string;
  value: boolean | null;
  onChange(value: boolean | null): void;
  error?: string;
}

/** 是 / 否 / 未填 for a yes-or-no fact that may not be known (arrow keys move between the three). */
export function YesNoUnknown({ label, value, onChange, error }: Props) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        aria-label={label}
        data={CHOICES}
        value={value === null ? 'unknown' : value ? 'yes' : 'no'}
        onChange={(v) => onChange(v === 'unknown' ? null : v === 'yes')}
      />
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
