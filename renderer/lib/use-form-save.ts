import { useState } from 'react';
import { failureOf } from '../components/FailureAlert';
import type { Failure } from '../components/FailureAlert';
import { fieldErrorsOf } from './field-errors';

export type FieldErrors = Record<string, string>;

export interface FormSave {
  errors: FieldErrors;
  failure: Failure | null;
  saving: boolean;
  /** Shows `local` problems on their fields; when there are none, runs `save` and puts a refusal on the fields it names. */
  run(local: FieldErrors, save: () => Promise<void>): Promise<void>;
  clearFailure(): void;
  /** Forgets the problem shown on one field (the clerk has just changed it). */
  clearError(path: string): void;
  /** Wraps a field's setter: a changed value no longer shows the problem of the old one. */
  track<T>(path: string, set: (value: T) => void): (value: T) => void;
}

/**
 * The save of one dialog form. Problems the service names on a field the form shows go on that field (an overlapping
 * spell on 开始日期); anything else (someone else changed the record, the person was archived meanwhile) in the
 * footer, with 刷新 when the record must be reloaded first.
 */
export function useFormSave(visibleFields: readonly string[]): FormSave {
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
      setErrors(shown);
      if (Object.keys(shown).length < Object.keys(fields).length || Object.keys(fields).length === 0) setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  function clearError(path: string): void {
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _dropped, ...rest } = current;
      return rest;
    });
  }

  function track<T>(path: string, set: (value: T) => void): (value: T) => void {
    return (value: T) => {
      set(value);
      clearError(path);
    };
  }

  return { errors, failure, saving, run, clearFailure: () => setFailure(null), clearError, track };
}
