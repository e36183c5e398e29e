/** How packages read on screen (Chinese). */
import type { PackageLogEntry } from '../../../shared/contract/packages';
import { ENTITY_LABEL, PACKAGE_KIND_LABEL, PACKAGE_KINDS } from '../../../shared/domain/packages/kinds';
import type { EntityName, PackageKind } from '../../../shared/domain/packages/kinds';
import { periodText as periodOf } from '../../../shared/domain/date-text';

/** Log kinds that are not packages (the workbook, a calendar file, the demo). */
const OTHER_KIND_LABEL: Record<string, string> = { 'standard-workbook': '标准数据工作簿', calendar: '日历文件', 'demo-street': '演示数据' };

export function kindLabel(kind: string, isPackage = true): string {
  if (isPackage && (PACKAGE_KINDS as readonly string[]).includes(kind)) return PACKAGE_KIND_LABEL[kind as PackageKind];
  return OTHER_KIND_LABEL[kind] ?? kind;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABEL[entity as EntityName] ?? entity;
}

export function bytesText(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** 2026-11-23T06:12:00.000Z → "2026年11月23日 14:12" (local time; shared/domain/date-text.ts). */
export { momentText as dateTimeText } from '../../../shared/domain/date-text';

export function partyText(code: string | null): string {
  if (code === null) return '';
  return code === '*' ? '所有单位（*）' : code;
}

export function periodText(entry: Pick<PackageLogEntry, 'periodFrom' | 'periodTo'>): string {
  if (!entry.periodFrom || !entry.periodTo) return '';
  return periodOf(entry.periodFrom, entry.periodTo);
}

/** A SHA-256 shown in groups of 8, so it can be read aloud over the phone and compared with the receipt. */
export function shaGroups(sha: string): string {
  return sha.replace(/(.{8})(?=.)/g, '$1 ');
}

export const PACKAGE_FILES = [{ name: '交换包', extensions: ['cfjy'] }];
