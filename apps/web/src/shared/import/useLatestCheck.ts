import { useCallback, useRef, useState } from 'react';

/**
 * Checks of an import file that may overlap (each column change starts one): only the latest
 * check's answer or error counts. `forget` drops any check under way (a new file was chosen).
 */
export function useLatestCheck() {
  const sequence = useRef(0);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);

  const run = useCallback(<Result,>(check: () => Promise<Result>, onResult: (result: Result) => void) => {
    const mine = ++sequence.current;
    setChecking(true);
    setCheckError(null);
    check().then(
      (result) => {
        if (mine !== sequence.current) return;
        onResult(result);
        setChecking(false);
      },
      (error: unknown) => {
        if (mine !== sequence.current) return;
        setCheckError(error);
        setChecking(false);
      },
    );
  }, []);

  const forget = useCallback(() => {
    sequence.current += 1;
    setCheckError(null);
  }, []);

  return { checking, checkError, run, forget };
}
