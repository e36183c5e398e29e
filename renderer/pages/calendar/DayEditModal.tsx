import { Text } from '@mantine/core';
import type { CalendarMonthDay, SetCalendarDayInput } from '../../../shared/contract/calendar';
import { chineseWeekday, formatChineseDate, isWeekend } from '../../../shared/domain/dates';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { DAY_KIND_LABEL } from './MonthGrid';

type Kind = SetCalendarDayInput['kind'];

interface Props {
  day: CalendarMonthDay;
  onClose(): void;
  onSaved(day: CalendarMonthDay): void;
}

function initialKind(day: CalendarMonthDay): Kind {
  if (day.kind === 'holiday') return 'holiday';
  if (day.kind === 'makeup_workday') return 'workday';
  return 'default';
}

/** 修改某一天: a holiday (with its name), a make-up workday (weekends only), or the plain weekly rule. */
export function DayEditModal({ day, onClose, onSaved }: Props) {
  const weekend = isWeekend(day.date);
  const named = day.kind === 'holiday' || day.kind === 'makeup_workday';
  return (
    <FormDialog
      initial={{ kind: initialKind(day), name: named ? (day.name ?? '') : '' }}
      title={`修改 ${formatChineseDate(day.date)}（${chineseWeekday(day.date)}）`}
      onClose={onClose}
      fields={({ kind }) => [
        <Text size="sm" c="dimmed">
          目前：{DAY_KIND_LABEL[day.kind]}
          {day.name ? `（${day.name}）` : ''}
        </Text>,
        {
          kind: 'segmented',
          name: 'kind',
          label: '这一天',
          fullWidth: true,
          data: [
            { value: 'holiday', label: '放假' },
            { value: 'workday', label: '调休上班', disabled: !weekend },
            { value: 'default', label: weekend ? '按周规则（休息）' : '按周规则（上班）' },
          ],
          description: !weekend && `${chineseWeekday(day.date)}本来就上班，只有周六、周日才能设为调休上班。`,
          // A day back to the weekly rule has no name.
          alsoSet: (k) => (k === 'default' ? { name: '' } : {}),
        },
        {
          kind: 'text',
          name: 'name',
          label: '名称',
          description: kind === 'workday' ? '可不填，默认为“调休上班”' : '节日或放假原因，如 春节、国庆节',
          required: kind === 'holiday',
          requiredMessage: '请填写放假的节日或原因（如 春节、国庆节）',
          disabled: kind === 'default',
          maxLength: 40,
          autofocus: true,
        },
      ]}
      save={async ({ kind: k, name }) => {
        const saved = await call('calendar.setDay', { date: day.date, kind: k, name: k === 'default' ? null : name.trim() || null });
        onSaved(saved);
        return `已将 ${formatChineseDate(day.date)} 设为${DAY_KIND_LABEL[saved.kind]}${saved.name ? `（${saved.name}）` : ''}`;
      }}
    />
  );
}
