import { useCallback, useState } from 'react';
import { apiErrorMessage } from '../lib/api-errors';

/**
 * For dialogs that save each change on its own: runs a write, keeps the last failure's message to
 * show in the dialog, and answers whether the write succeeded.
 */
export function useWriteError() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (write: () => Promise<unknown>) => {
    setError(null);
    try {
      await write();
      return true;
    } catch (caught) {
      setError(apiErrorMessage(caught));
      return false;
    }
  }, []);
  return { error, run } as const;
}
