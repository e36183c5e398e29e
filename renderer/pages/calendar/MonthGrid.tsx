import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { CalendarMonth, CalendarMonthDay } from '../../../shared/contract/calendar';
import { chineseWeekday, formatChineseDate } from '../../../shared/domain/dates';
import { moveByKey, weeksOf } from './calendar-nav';
import './month-grid.css';

const WEEKDAY_HEADERS = ['一', '二', '三', '四', '五', '六', '日'];

export const DAY_KIND_LABEL: Record<CalendarMonthDay['kind'], string> = {
  workday: '上班',
  weekend: '休息',
  holiday: '放假',
  makeup_workday: '调休上班',
};

const SOURCE_LABEL: Record<CalendarMonthDay['source'], string> = { builtin: '', import: '导入', manual: '手工修改' };

export function dayLabel(day: CalendarMonthDay): string {
  const parts = [formatChineseDate(day.date), chineseWeekday(day.date), DAY_KIND_LABEL[day.kind]];
  if (day.name && day.name !== DAY_KIND_LABEL[day.kind]) parts.push(day.name);
  if (SOURCE_LABEL[day.source]) parts.push(`（${SOURCE_LABEL[day.source]}）`);
  return parts.join(' ');
}

interface Props {
  month: CalendarMonth;
  focusDate: string;
  onFocusDate(date: string): void;
  /** Enter, or a double click, on a day. */
  onOpen(day: CalendarMonthDay): void;
}

/**
 * The month as a grid, Monday first. One day at a time is focusable (roving tabindex): arrow keys move by a day or
 * a week, Home/End to the week's ends, PageUp/PageDown by a month (with Shift by a year), Enter opens the day.
 */
export function MonthGrid({ month, focusDate, onFocusDate, onOpen }: Props) {
  const grid = useRef<HTMLTableElement>(null);
  const keyboardMove = useRef(false);

  useEffect(() => {
    if (!keyboardMove.current) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-date="${focusDate}"]`);
    if (cell) {
      cell.focus();
      keyboardMove.current = false;
    }
  }, [focusDate, month]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      const day = month.days.find((d) => d.date === focusDate);
      if (day) {
        event.preventDefault();
        onOpen(day);
      }
      return;
    }
    const next = moveByKey(focusDate, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    keyboardMove.current = true;
    onFocusDate(next);
  }

  return (
    <table ref={grid} className="desk-cal" role="grid" aria-label={`${month.year} 年 ${month.month} 月`} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          {WEEKDAY_HEADERS.map((h, i) => (
            <th key={h} scope="col" className={i >= 5 ? 'desk-cal-weekend' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeksOf(month.days).map((week, w) => (
          <tr key={week.find((d) => d)?.date ?? w}>
            {week.map((day, i) =>
              day ? (
                <td key={day.date} role="gridcell" aria-selected={day.date === focusDate}>
                  <DayCell day={day} today={day.date === month.today} focused={day.date === focusDate} onFocusDate={onFocusDate} onOpen={onOpen} />
                </td>
              ) : (
                <td key={`blank-${i}`} aria-hidden="true" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CellProps {
  day: CalendarMonthDay;
  today: boolean;
  focused: boolean;
  onFocusDate(date: string): void;
  onOpen(day: CalendarMonthDay): void;
}

function DayCell({ day, today, focused, onFocusDate, onOpen }: CellProps) {
  const tag = day.kind === 'holiday' ? '休' : day.kind === 'makeup_workday' ? '班' : null;
  return (
    <div
      className="desk-cal-day"
      data-date={day.date}
      data-kind={day.kind}
      data-today={today}
      data-selected={focused}
      aria-current={today ? 'date' : undefined}
      aria-label={`${dayLabel(day)}${today ? '（今天）' : ''}`}
      tabIndex={focused ? 0 : -1}
      onClick={() => onFocusDate(day.date)}
      onDoubleClick={() => onOpen(day)}
    >
      <div className="desk-cal-num">{Number(day.date.slice(8))}</div>
      {tag && (
        <span className="desk-cal-tag" data-tag={tag} aria-hidden="true">
          {tag}
        </span>
      )}
      {day.name && <div className="desk-cal-name">{day.name}</div>}
      {SOURCE_LABEL[day.source] && <div className="desk-cal-source">{SOURCE_LABEL[day.source]}</div>}
    </div>
  );
}
