import { useState } from 'react';
import type { FormEvent } from 'react';
import { fieldErrorsOf, messageOf } from './field-errors';

export interface PageForm {
  /** Problems by field name: the local checks', else the service's refusals. */
  errors: Record<string, string>;
  /** The message of a refused or failed call, for the form's alert. */
  failure: string | null;
  setFailure(message: string | null): void;
  busy: boolean;
  /** The form's onSubmit: the local checks; when they pass, the call, its refusals placed on their fields. */
  submit(event: FormEvent): Promise<void>;
}

/** A full-page form (first start, sign-in set-up, change of password): local checks, then one call. */
export function usePageForm(check: () => Record<string, string>, send: () => Promise<void>): PageForm {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = check();
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await send();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return { errors, failure, setFailure, busy, submit };
}
