import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { StandardSummary } from '../../../shared/contract/standards';
import { standardLabel } from './assessment-format';
import { DateField } from '../../components/DateField';
import { yearStart } from '../../../shared/domain/dates';
import type { ResolvedRun } from './run-params';
import { dateText } from '../../../shared/domain/date-text';

interface Props {
  standards: readonly StandardSummary[];
  run: ResolvedRun;
  today: string;
  /** Problems the service found with the dates, by field (`asOf`, `from`). */
  serverErrors: Record<string, string>;
  onChange(next: ResolvedRun): void;
}

const keyOf = (s: StandardSummary) => `${s.id}@${s.version}`;

function optionLabel(s: StandardSummary): string {
  return `${standardLabel(s.name, s.version)}${s.example ? ' · 示例' : ''}`;
}

/** 考核标准, 截止日 and 期间自: any change re-runs the assessment (the parameters live in the address). */
export function AssessmentControls({ standards, run, today, serverErrors, onChange }: Props) {
  const [asOf, setAsOf] = useState<string | null>(run.asOf);
  const [from, setFrom] = useState<string | null>(run.from);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setAsOf(run.asOf);
    setFrom(run.from);
  }, [run.asOf, run.from]);

  function changeAsOf(value: string | null) {
    setAsOf(value);
    if (!value) return setErrors({ asOf: '请填写考核截止日（如 2026-11-20）' });
    if (value > today) return setErrors({ asOf: `考核截止日不能晚于今天（${today}）` });
    setErrors({});
    // A period start left at its default follows the as-of year.
    const nextFrom = run.fromChosen ? run.from : yearStart(value);
    if (nextFrom > value) return setErrors({ from: `考核期间的开始日 ${nextFrom} 晚于截止日，请先改开始日` });
    onChange({ ...run, asOf: value, from: nextFrom });
  }

  function changeFrom(value: string | null) {
    setFrom(value);
    if (!value) return setErrors({ from: '请填写考核期间的开始日（如 2026-01-01）' });
    if (value > run.asOf) return setErrors({ from: `开始日不能晚于考核截止日（${dateText(run.asOf)}）` });
    setErrors({});
    onChange({ ...run, from: value, fromChosen: value !== yearStart(run.asOf) });
  }

  const std = run.standard;
  return (
    <Stack gap="xs">
      <Group align="flex-start" wrap="wrap">
        <Select
          label="考核标准"
          w={420}
          data={standards.map((s) => ({ value: keyOf(s), label: optionLabel(s) }))}
          value={keyOf(std)}
          allowDeselect={false}
          onChange={(value) => {
            const next = standards.find((s) => keyOf(s) === value);
            if (next) onChange({ ...run, standard: next });
          }}
          renderOption={({ option }) => {
            const s = standards.find((x) => keyOf(x) === option.value);
            return (
              <Stack gap={0}>
                <Group gap={6}>
                  <Text size="sm">{s ? standardLabel(s.name, s.version) : option.label}</Text>
                  {s?.example && (
                    <Badge size="xs" color="orange" variant="light">
                      示例
                    </Badge>
                  )}
                </Group>
                {s && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {s.source}
                  </Text>
                )}
              </Stack>
            );
          }}
        />
        <DateField label="考核截止日" value={asOf} onChange={changeAsOf} error={errors.asOf ?? serverErrors.asOf} />
        <DateField label="考核期间自" value={from} onChange={changeFrom} error={errors.from ?? serverErrors.from} description={run.fromChosen ? undefined : '默认为截止日当年 1 月 1 日'} />
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {std.example && (
          <Badge color="orange" variant="filled" style={{ flexShrink: 0 }}>
            示例标准
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          依据：{std.source}
          {std.example ? '。本标准的达标值（含星级达标值）为示例，须以主管部门颁布的标准为准（导入新的规则文件即可替换）。' : ''}
        </Text>
      </Group>
    </Stack>
  );
}
