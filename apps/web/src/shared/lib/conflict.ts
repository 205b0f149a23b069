import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorNumber, hasApiErrorCode } from './api-errors';

// The web's one way of handling CONFLICT (someone saved a newer version first): keep the person's
// edits, reload the other version, and let them choose.

/** Whether the API refused a save because the record changed since it was loaded. */
export function isConflict(error: unknown): boolean {
  return hasApiErrorCode(error, 'CONFLICT');
}

/** The version the record has now, from a CONFLICT's `extensions.currentVersion`. */
export function conflictVersion(error: unknown): number | undefined {
  return isConflict(error) ? apiErrorNumber(error, 'currentVersion') : undefined;
}

/**
 * On a CONFLICT, reloads the record (so the page shows the other person's change) and answers
 * true; any other error answers false and reloads nothing. A failed reload is left to the page.
 */
export async function reloadOnConflict(error: unknown, reload: () => Promise<unknown>): Promise<boolean> {
  if (!isConflict(error)) return false;
  await reload().catch(() => undefined);
  return true;
}

/** The record as the other person saved it, from a CONFLICT's `extensions.current`, when the API sent it. */
export function conflictCurrent(error: unknown): Record<string, unknown> | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const current: unknown = item.extensions?.['code'] === 'CONFLICT' ? item.extensions['current'] : undefined;
    if (typeof current === 'object' && current !== null) return current as Record<string, unknown>;
  }
  return null;
}
