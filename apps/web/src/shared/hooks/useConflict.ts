import { useCallback, useState } from 'react';
import { conflictVersion, reloadOnConflict } from '../lib/conflict';

/** A CONFLICT a form is showing: the version saved meanwhile and, when the API sent them, their values. */
export interface Conflict<Theirs> {
  version: number | undefined;
  theirs: Theirs | null;
}

export interface UseConflictOptions<Theirs> {
  /** The other person's values from the error (`extensions.current`), when the form shows them. */
  read?: (error: unknown) => Theirs | null;
  /** Reloads the record, so the page shows the other version; a failed reload is left to the page. */
  reload?: () => Promise<unknown>;
}

/**
 * The web's one way of handling CONFLICT in a form: the person's edits stay, the other version is
 * reloaded and remembered, and the form offers to save over it (with `conflict.version`) or load it.
 */
export function useConflict<Theirs = never>({ read, reload }: UseConflictOptions<Theirs> = {}) {
  const [conflict, setConflict] = useState<Conflict<Theirs> | null>(null);
  /** Whether `error` was a CONFLICT; if so the form now shows it. */
  const catchConflict = useCallback(
    async (error: unknown): Promise<boolean> => {
      if (!(await reloadOnConflict(error, reload ?? (() => Promise.resolve())))) return false;
      setConflict({ version: conflictVersion(error), theirs: read ? read(error) : null });
      return true;
    },
    [read, reload],
  );
  const clearConflict = useCallback(() => setConflict(null), []);
  return { conflict, catchConflict, clearConflict };
}
