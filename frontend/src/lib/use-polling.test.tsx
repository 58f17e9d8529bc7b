import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePolling } from './use-polling';

describe('usePolling', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('loads at once and again every interval, keeping the last answer meanwhile', async () => {
    let calls = 0;
    const load = vi.fn(async () => ++calls);

    const { result } = renderHook(() => usePolling(load, 1000, true));

    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', data: 1 }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', data: 2 }));
  });

  it('does not poll while inactive', async () => {
    const load = vi.fn(async () => 'once');

    const { result } = renderHook(() => usePolling(load, 1000, false));

    await waitFor(() => expect(result.current.status).toBe('success'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5000);
    });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows an error until a later load succeeds', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue('back');

    const { result } = renderHook(() => usePolling(load, 1000, true));

    await waitFor(() => expect(result.current.status).toBe('error'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', data: 'back' }));
  });
});
