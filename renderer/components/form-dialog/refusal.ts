/** Where a refused save is shown: each problem the service names on a field the dialog shows goes under that field, the rest once above the buttons. */
import { ApiCallError } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { failureOf } from '../FailureAlert';
import type { Failure } from '../FailureAlert';
import type { FieldErrors } from './field-checks';

export interface ServerPaths {
  /** Stripped from the service's paths (`fields.` of an update). */
  errorPrefix?: string;
  /** The service's path → the form's field (`subject.personId` → `person`). */
  fieldOf?(path: string): string;
}

export interface Refusal {
  errors: FieldErrors;
  failure: Failure | null;
}

export function refusalOf(error: unknown, shown: readonly string[], paths: ServerPaths = {}): Refusal {
  const errors: FieldErrors = {};
  const named = Object.entries(fieldErrorsOf(error, paths.errorPrefix));
  let elsewhere = named.length === 0;
  for (const [path, message] of named) {
    const name = paths.fieldOf?.(path) ?? path;
    if (shown.includes(name)) errors[name] ??= message;
    else elsewhere = true;
  }
  const failure = failureOf(error);
  if (elsewhere) return { errors, failure };
  // Every problem stands under its field; an already registered person is still linked from here.
  return { errors, failure: failure.existingPersonId === null ? null : { ...failure, message: null } };
}

/** A refusal the dialog finds itself while saving (no household with that number): thrown, it shows under the field. */
export function refusedOn(name: string, message: string): ApiCallError {
  return new ApiCallError({ code: 'INVALID_INPUT', message, details: { fields: [{ path: name, message }] } });
}
