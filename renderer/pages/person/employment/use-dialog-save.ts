import { useState } from 'react';
import { failureOf } from '../../../components/FailureAlert';
import type { Failure } from '../../../components/FailureAlert';
import { fieldErrorsOf } from '../../../lib/field-errors';

export type FieldErrors = Record<string, string>;

export interface DialogSave {
  errors: FieldErrors;
  failure: Failure | null;
  saving: boolean;
  /** Shows `local` problems on their fields, or runs `save`; an API refusal lands on the fields the form shows. */
  run(local: FieldErrors, save: () => Promise<void>): Promise<void>;
  clearFailure(): void;
  /** Wraps a field's setter: a changed value no longer shows the problem of the old one. */
  track<T>(path: string, set: (value: T) => void): (value: T) => void;
}

/**
 * The save of one employment dialog. A refusal naming a field the form shows (an overlapping spell on 开始日期) is
 * shown on that field only; anything else (the person archived meanwhile, a record changed by someone else) in the
 * footer, with 刷新 when the record must be reloaded first.
 */
export function useDialogSave(visibleFields: readonly string[]): DialogSave {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function run(local: FieldErrors, save: () => Promise<void>): Promise<void> {
    setErrors(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      await save();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const shown = Object.fromEntries(Object.entries(fields).filter(([path]) => visibleFields.includes(path)));
      const onFields = Object.keys(shown).length;
      setErrors(shown);
      if (onFields === 0 || onFields < Object.keys(fields).length) {
        const f = failureOf(error);
        setFailure({ ...f, stale: f.stale && (onFields === 0 && Object.keys(fields).every((p) => p === 'id')) });
      }
    } finally {
      setSaving(false);
    }
  }

  function track<T>(path: string, set: (value: T) => void): (value: T) => void {
    return (value: T) => {
      set(value);
      setErrors((current) => {
        if (!(path in current)) return current;
        const { [path]: _gone, ...rest } = current;
        return rest;
      });
    };
  }

  return { errors, failure, saving, run, clearFailure: () => setFailure(null), track };
}
