import { useState } from 'react';
import type { Failure } from '../FailureAlert';
import type { FieldErrors } from './field-checks';

/** The state of one dialog form: its values, the problems shown on its fields, a failure to show, and the save under way. */
export interface FormDialogState<V> {
  values: V;
  /** Changes one value; the problem shown on that field goes (it was about the old value). */
  set<K extends keyof V>(name: K, value: V[K]): void;
  /** Changes several values at once (their problems go too). */
  patch(values: Partial<V>): void;
  errors: FieldErrors;
  failure: Failure | null;
  saving: boolean;
  setErrors(errors: FieldErrors): void;
  setFailure(failure: Failure | null): void;
  setSaving(saving: boolean): void;
}

export function useFormDialog<V extends object>(initial: V | (() => V)): FormDialogState<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  function patch(changed: Partial<V>): void {
    setValues((old) => ({ ...old, ...changed }));
    const names = Object.keys(changed);
    setErrors((old) => (names.some((n) => n in old) ? Object.fromEntries(Object.entries(old).filter(([n]) => !names.includes(n))) : old));
  }

  return {
    values,
    set(name, value) {
      const changed: Partial<V> = {};
      changed[name] = value;
      patch(changed);
    },
    patch,
    errors,
    failure,
    saving,
    setErrors,
    setFailure,
    setSaving,
  };
}
