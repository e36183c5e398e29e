import { Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CalendarMonthDay, SetCalendarDayInput } from '../../../shared/contract/calendar';
import { chineseWeekday, formatChineseDate, isWeekend } from '../../../shared/domain/dates';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
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
  const [kind, setKind] = useState<Kind>(initialKind(day));
  const [name, setName] = useState(day.kind === 'holiday' || day.kind === 'makeup_workday' ? (day.name ?? '') : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (kind === 'holiday' && name.trim() === '') local.name = '请填写放假的节日或原因（如 春节、国庆节）';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await call('calendar.setDay', { date: day.date, kind, name: kind === 'default' ? null : name.trim() || null });
      notifications.show({ color: 'green', message: `已将 ${formatChineseDate(day.date)} 设为${DAY_KIND_LABEL[saved.kind]}${saved.name ? `（${saved.name}）` : ''}` });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`修改 ${formatChineseDate(day.date)}（${chineseWeekday(day.date)}）`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            目前：{DAY_KIND_LABEL[day.kind]}
            {day.name ? `（${day.name}）` : ''}
          </Text>
          <div>
            <SegmentedControl
              aria-label="这一天"
              fullWidth
              value={kind}
              onChange={(v) => {
                setKind(v as Kind);
                setErrors({});
              }}
              data={[
                { value: 'holiday', label: '放假' },
                { value: 'workday', label: '调休上班', disabled: !weekend },
                { value: 'default', label: weekend ? '按周规则（休息）' : '按周规则（上班）' },
              ]}
            />
            {errors.kind && (
              <Text size="xs" c="red" mt={4}>
                {errors.kind}
              </Text>
            )}
            {!weekend && (
              <Text size="xs" c="dimmed" mt={4}>
                {chineseWeekday(day.date)}本来就上班，只有周六、周日才能设为调休上班。
              </Text>
            )}
          </div>
          <TextInput
            label="名称"
            description={kind === 'workday' ? '可不填，默认为“调休上班”' : '节日或放假原因，如 春节、国庆节'}
            required={kind === 'holiday'}
            disabled={kind === 'default'}
            maxLength={40}
            data-autofocus
            value={kind === 'default' ? '' : name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          {errors.date && (
            <Text size="sm" c="red">
              {errors.date}
            </Text>
          )}
          <ModalFormFooter failure={errors.date ? null : failure} onCancel={onClose} saving={saving} submitLabel="保存" />
        </Stack>
      </form>
    </Modal>
  );
}
