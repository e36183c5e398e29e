import { Alert, Button, Group, Kbd, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CalendarMonthDay } from '../../../shared/contract/calendar';
import { formatIsoDate } from '../../../shared/domain/dates';
import { todayIso } from '../../../shared/clock';
import { useApiQuery } from '../../lib/use-api-query';
import { CalendarImport } from './CalendarImport';
import { DayEditModal } from './DayEditModal';
import { MonthGrid } from './MonthGrid';
import { addMonths, yearMonthOf } from './calendar-nav';
import { useIsAdmin } from '../../lib/use-is-admin';

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1} 月` }));

/** 工作日历: the month grid with its holidays and make-up workdays, editing a day, importing later years. */
export function CalendarTab() {
  const canEdit = useIsAdmin();
  const [focusDate, setFocusDate] = useState(todayIso);
  const [editing, setEditing] = useState<CalendarMonthDay | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const { year, month } = yearMonthOf(focusDate);
  const view = useApiQuery('calendar.month', { year, month }, String(reloadKey));
  const shown = view.data;
  const coverage = view.data?.coverage;

  const lastSelectable = Math.max(coverage?.lastYear ?? year, year, Number(todayIso().slice(0, 4))) + 3;
  const firstSelectable = Math.min(coverage?.firstYear ?? year, year);
  const years = Array.from({ length: lastSelectable - firstSelectable + 1 }, (_, i) => String(firstSelectable + i));

  function jumpTo(y: number, m: number) {
    setFocusDate(formatIsoDate(y, m, 1));
  }

  function open(day: CalendarMonthDay) {
    if (!canEdit) {
      notifications.show({ color: 'yellow', message: '只有街道管理员可以修改日历' });
      return;
    }
    setEditing(day);
  }

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600} aria-label="日历覆盖范围">
            {coverage ? `日历覆盖 ${coverage.firstYear}–${coverage.lastYear} 年；之后的日期需导入日历文件` : '正在读取日历…'}
          </Text>
          <CalendarImport
            canEdit={canEdit}
            onImported={() => {
              setReloadKey((k) => k + 1);
            }}
          />
        </Stack>
      </Paper>
      <Group gap="xs" role="group" aria-label="选择月份">
        <Button variant="default" size="compact-sm" onClick={() => setFocusDate(addMonths(focusDate, -12))}>
          « 上一年
        </Button>
        <Button variant="default" size="compact-sm" onClick={() => setFocusDate(addMonths(focusDate, -1))}>
          ‹ 上一月
        </Button>
        <Select aria-label="年份" w={110} size="xs" data={years} value={String(year)} allowDeselect={false} onChange={(v) => v && jumpTo(Number(v), month)} />
        <Select aria-label="月份" w={90} size="xs" data={MONTHS} value={String(month)} allowDeselect={false} onChange={(v) => v && jumpTo(year, Number(v))} />
        <Button variant="default" size="compact-sm" onClick={() => setFocusDate(addMonths(focusDate, 1))}>
          下一月 ›
        </Button>
        <Button variant="default" size="compact-sm" onClick={() => setFocusDate(addMonths(focusDate, 12))}>
          下一年 »
        </Button>
        <Button variant="subtle" size="compact-sm" onClick={() => setFocusDate(todayIso())}>
          今天
        </Button>
        {view.loading && <Loader size="xs" aria-label="正在读取" />}
      </Group>
      {view.error && <Alert color="red">{view.error.message}</Alert>}
      {shown?.warning && (
        <Alert color="yellow" title="该年的节假日安排尚未导入">
          {shown.warning}
        </Alert>
      )}
      {shown && <MonthGrid month={shown} focusDate={focusDate} onFocusDate={setFocusDate} onOpen={open} />}
      <Text size="xs" c="dimmed">
        红色“休”为放假（节假日及调休放假），橙色“班”为调休上班的周末，绿框为今天。<Kbd size="xs">←</Kbd> <Kbd size="xs">→</Kbd> <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> 移动，
        <Kbd size="xs">PageUp</Kbd>/<Kbd size="xs">PageDown</Kbd> 换月（加 <Kbd size="xs">Shift</Kbd> 换年），<Kbd size="xs">Enter</Kbd> 或双击修改{canEdit ? '' : '（仅街道管理员）'}。
      </Text>
      {editing && (
        <DayEditModal
          day={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setReloadKey((k) => k + 1);
          }}
        />
      )}
    </Stack>
  );
}
