'use client';

import { useEffect, useEffectEvent, useState } from 'react';

export type PolledState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T; updatedAt: number }
  | { status: 'error'; error: unknown };

/**
 * Loads now and then every `intervalMs` while `active`, keeping the last answer on screen while the
 * next one is on its way — a live view that does not flicker. A failed load replaces the data with the
 * error until a later load succeeds.
 */
export function usePolling<T>(load: (signal: AbortSignal) => Promise<T>, intervalMs: number, active: boolean): PolledState<T> {
  const [state, setState] = useState<PolledState<T>>({ status: 'loading' });
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    let controller = new AbortController();
    const poll = () => {
      controller.abort();
      controller = new AbortController();
      const { signal } = controller;
      runLoad(signal).then(
        (data) => {
          if (!signal.aborted) setState({ status: 'success', data, updatedAt: Date.now() });
        },
        (error: unknown) => {
          if (!signal.aborted) setState({ status: 'error', error });
        },
      );
    };
    poll();
    const timer = active ? setInterval(poll, intervalMs) : undefined;
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [intervalMs, active]);

  return state;
}
