/**
 * How a workbook column is formatted and checked in the written file: ID numbers, codes and other text as text (so
 * Excel keeps all 18 digits and leading zeros of what a clerk types later), dates as dates; in the blank template
 * also Excel data validation — dropdowns for 是/否 and every vocabulary, dates, numbers, the ID number's length.
 */
import type { ColumnDef } from '../../../shared/domain/workbook/sheet-kit';
import { allowedValues, requiredText } from '../../../shared/domain/workbook/notes';
import type { XlsxColumn, XlsxValidation } from './xlsx-stream-writer';

function validationOf(column: ColumnDef): XlsxValidation | null {
  if (column.values) return { kind: 'list', values: column.values };
  switch (column.kind) {
    case 'date':
      return { kind: 'date' };
    case 'integer':
      return { kind: 'whole', min: 0, max: 1_000_000 };
    case 'decimal':
      return { kind: 'decimal', min: 0, max: 100_000_000 };
    case 'id':
      return { kind: 'textLength', min: 15, max: 18 };
    default:
      return null;
  }
}

export function xlsxColumn(column: ColumnDef, withValidation: boolean): XlsxColumn {
  const style = column.kind === 'date' ? 'date' : column.kind === 'integer' || column.kind === 'decimal' ? null : 'text';
  if (!withValidation) return { header: column.header, width: column.width, style };
  const meaning = column.meaning.length > 0 ? `${column.meaning}。` : '';
  return {
    header: column.header,
    width: column.width,
    style,
    validation: validationOf(column),
    prompt: `${requiredText(column)}。${meaning}可填：${allowedValues(column)}`,
  };
}
