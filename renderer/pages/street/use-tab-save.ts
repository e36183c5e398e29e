import { useState } from 'react';
import type { Failure } from '../../components/FailureAlert';
import type { FieldErrors } from '../../components/form-dialog/field-checks';
import { refusalOf } from '../../components/form-dialog/refusal';

export interface TabSave {
  errors: FieldErrors;
  failure: Failure | null;
  saving: boolean;
  /** Shows `local` problems on their fields; when there are none, runs `save` and puts a refusal on the fields it names. */
  run(local: FieldErrors, save: () => Promise<void>): Promise<void>;
  /** Forgets the problem shown on one field (the clerk has just changed it). */
  clearError(path: string): void;
}

/**
 * The save of a settings tab (a form on the page, not a dialog): problems the service names on a field the tab shows
 * go under that field, the rest above the buttons — the same split as the dialogs' (form-dialog/refusal.ts).
 */
export function useTabSave(visibleFields: readonly string[]): TabSave {
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
      const refusal = refusalOf(error, visibleFields);
      setErrors(refusal.errors);
      setFailure(refusal.failure);
    } finally {
      setSaving(false);
    }
  }

  function clearError(path: string): void {
    setErrors((current) => (path in current ? Object.fromEntries(Object.entries(current).filter(([name]) => name !== path)) : current));
  }

  return { errors, failure, saving, run, clearError };
}
