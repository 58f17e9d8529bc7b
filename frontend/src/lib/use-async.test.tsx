import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from './use-async';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('useAsync', () => {
  it('keeps the newest answer when an older request answers late', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const answers: Record<string, Promise<string>> = { a: first.promise, b: second.promise };
    const { result, rerender } = renderHook(({ key }) => useAsync(() => answers[key]!, key), {
      initialProps: { key: 'a' },
    });
    expect(result.current.status).toBe('loading');

    rerender({ key: 'b' });
    await act(async () => second.resolve('page b'));
    await act(async () => first.resolve('page a'));

    expect(result.current).toMatchObject({ status: 'success', data: 'page b' });
  });

  it('loads again on retry', async () => {
    let calls = 0;
    const { result } = renderHook(() =>
      useAsync(async () => {
        calls += 1;
        if (calls === 1) {
          throw new Error('down');
        }
        return 'up';
      }, 'key'),
    );
    await waitFor(() => expect(result.current.status).toBe('error'));

    act(() => result.current.retry());

    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toMatchObject({ status: 'success', data: 'up' }));
  });
});
