/**
 * The one rule for dates on screen (README "日期的写法"):
 * - in text and tables — sentences, headings, facts, cards, dialogs, notices, record tables — a date reads
 *   2026年12月6日 (`dateText`);
 * - only in the long lists read down a date column a screenful at a time (待办's 期限, the 台账, exported as shown)
 *   it reads 2026-12-06 (`tableDate`): the same width on every row, sorting as it reads;
 * - a period reads 2026年1月1日至2026年11月20日 (`periodText`), a month 2026年12月 (`monthText`);
 * - a moment (a save, a backup) adds the local time: 2026年12月6日 14:05 in text, 2026-12-06 14:05 in a table.
 * Input takes every common form (2026-12-06, 2026/12/6, 2026年12月6日, 20261206: renderer/components/DateField.tsx).
 */
import { formatChineseDate } from './dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2026-12-06 → 2026年12月6日; empty for no date; anything that is not a date is shown as it is. */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  return ISO.test(iso) ? formatChineseDate(iso) : iso;
}

/** A table's date column: 2026-12-06 as it is stored; empty for no date. */
export function tableDate(iso: string | null | undefined): string {
  return iso ?? '';
}

/** 2026-01-01, 2026-11-20 → 2026年1月1日至2026年11月20日; one day when both are the same. */
export function periodText(from: string, to: string): string {
  return from === to ? dateText(to) : `${dateText(from)}至${dateText(to)}`;
}

/** 2026-12 (or a date in it) → 2026年12月. */
export function monthText(isoMonth: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(isoMonth);
  return m ? `${Number(m[1])}年${Number(m[2])}月` : isoMonth;
}

function localParts(isoMoment: string): { date: string; time: string } | null {
  const d = new Date(isoMoment);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** 2026-12-06T06:05:00.000Z → 2026年12月6日 14:05 (local time), for text. */
export function momentText(isoMoment: string): string {
  const p = localParts(isoMoment);
  return p ? `${dateText(p.date)} ${p.time}` : isoMoment;
}

/** 2026-12-06T06:05:00.000Z → 2026-12-06 14:05 (local time), for a table column. */
export function tableMoment(isoMoment: string): string {
  const p = localParts(isoMoment);
  return p ? `${p.date} ${p.time}` : isoMoment;
}

/** The date picker's header and lists in Chinese (dayjs formats, zh-cn locale): 2026年12月, 2026年. */
export const PICKER_FORMATS = {
  monthLabelFormat: 'YYYY年M月',
  yearLabelFormat: 'YYYY年',
  monthsListFormat: 'M月',
  yearsListFormat: 'YYYY',
} as const;
