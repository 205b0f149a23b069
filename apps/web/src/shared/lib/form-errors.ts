import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { apiErrorMessage, apiFieldErrors, hasApiErrorCode } from './api-errors';

/**
 * Puts a server BAD_USER_INPUT response beside the form fields it names. Errors on fields the form
 * does not have (or any other error) become the form's root error, shown above the buttons.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
): void {
  const fieldErrors = apiFieldErrors(error);
  const unplaced: string[] = [];
  for (const { field, message } of fieldErrors) {
    const match = fields.find((name) => name === field);
    if (match) setError(match, { type: 'server', message }, { shouldFocus: true });
    else unplaced.push(message);
  }
  if (fieldErrors.length === 0 || unplaced.length > 0) {
    const message = unplaced.length > 0 ? unplaced.join(' ') : apiErrorMessage(error);
    setError('root.server', { type: hasApiErrorCode(error, 'CONFLICT') ? 'conflict' : 'server', message });
  }
}

/** A failed save as a form's root error, for forms that keep their own state (FormFooter shows it; a conflict in yellow). */
export function serverFormError(error: unknown): { type: 'conflict' | 'server'; message: string } {
  return { type: hasApiErrorCode(error, 'CONFLICT') ? 'conflict' : 'server', message: apiErrorMessage(error) };
}
