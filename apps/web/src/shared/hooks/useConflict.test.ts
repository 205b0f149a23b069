import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConflict } from './useConflict';

const conflict = new CombinedGraphQLErrors({
  errors: [{ message: 'Changed meanwhile', extensions: { code: 'CONFLICT', currentVersion: 7, current: { value: 12 } } }],
});
const invalid = new CombinedGraphQLErrors({ errors: [{ message: 'Too long', extensions: { code: 'BAD_USER_INPUT' } }] });

describe('useConflict', () => {
  it('on a CONFLICT reloads the record, then remembers the version saved meanwhile and their values', async () => {
    const reload = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useConflict({ reload, read: () => 12 }));

    let caught = false;
    await act(async () => {
      caught = await result.current.catchConflict(conflict);
    });

    expect(caught).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(result.current.conflict).toEqual({ version: 7, theirs: 12 });
    act(() => result.current.clearConflict());
    expect(result.current.conflict).toBeNull();
  });

  it('leaves any other error to the form and reloads nothing', async () => {
    const reload = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useConflict({ reload }));

    let caught = true;
    await act(async () => {
      caught = await result.current.catchConflict(invalid);
    });

    expect(caught).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(result.current.conflict).toBeNull();
  });
});
