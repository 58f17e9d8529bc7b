'use client';

import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown };

interface Settled<T> {
  requestKey: string;
  state: AsyncState<T>;
}

/**
 * Runs `load` in the browser and tracks its outcome. `key` identifies the request: a new key (or a
 * retry) starts a new load, and the answer of an older one is dropped, so a slow response can never
 * overwrite a newer page of results.
 */
export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
): AsyncState<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const requestKey = `${key}#${attempt}`;
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    const settle = (state: AsyncState<T>) => {
      if (!controller.signal.aborted) {
        setSettled({ requestKey, state });
      }
    };
    runLoad(controller.signal).then(
      (data) => settle({ status: 'success', data }),
      (error: unknown) => settle({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [requestKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: AsyncState<T> = settled?.requestKey === requestKey ? settled.state : { status: 'loading' };
  return { ...state, retry };
}
