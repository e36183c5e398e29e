/** What a dialog refuses before asking the service: empty required fields, too long texts, dates out of bounds. */
import { dateProblem } from './date-rules';
import { fieldsOf } from './field-spec';
import type { AnyField, Item } from './field-spec';

/** Problems by field name (`startDate`, `fiveClear.skills.note`). */
export type FieldErrors = Record<string, string>;

export function valueOf(values: object, name: string): unknown {
  return (values as Record<string, unknown>)[name];
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function emptyMessage(field: AnyField, noun: string): string {
  if (field.requiredMessage) return field.requiredMessage;
  if (field.kind === 'select' || field.kind === 'segmented' || field.kind === 'radio') return `请选择${noun}`;
  if (field.kind === 'date') return `请填写${noun}（如 2024-01-15）`;
  return `请填写${noun}`;
}

function lengthProblem(field: AnyField, value: unknown, noun: string): string | null {
  if (field.kind !== 'text' && field.kind !== 'textarea' && field.kind !== 'autocomplete') return null;
  if (field.limit === undefined || typeof value !== 'string' || value.trim().length <= field.limit) return null;
  return `${noun}不能超过 ${field.limit} 个字`;
}

/** The first problem of one field: required, length, date bounds, then the field's own check. */
export function fieldProblem(field: AnyField, values: object): string | null {
  const value = valueOf(values, field.name);
  const noun = field.noun ?? field.label;
  if (field.disabled) return null;
  if (isEmpty(value)) return field.required ? emptyMessage(field, noun) : null;
  const problem = lengthProblem(field, value, noun) ?? (field.kind === 'date' && typeof value === 'string' ? dateProblem(value, noun, field) : null);
  return problem ?? (field.check?.(value as never, values as never) || null);
}

/** A dialog's own checks across fields: a message by field name (nothing, false or null where all is well). */
export type DialogCheck = (values: never) => Record<string, string | null | undefined | false>;

/** Every field's first problem, then the dialog's own checks on fields without one. */
export function localErrors(items: readonly Item[], values: object, check?: DialogCheck): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fieldsOf(items)) {
    const problem = fieldProblem(field, values);
    if (problem) errors[field.name] = problem;
  }
  for (const [name, message] of Object.entries(check?.(values as never) ?? {})) {
    if (message) errors[name] ??= message;
  }
  return errors;
}
