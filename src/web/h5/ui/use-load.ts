import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'failed'; error: unknown };

/** Loads once per key; `reload` tries again, `set` replaces the data with a fresher answer. */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what is loaded; `load` is a new closure each render
  useEffect(() => {
    let isCurrent = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => isCurrent && setResult({ state: 'done', data }),
      (error: unknown) => isCurrent && setResult({ state: 'failed', error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setResult({ state: 'done', data }), []);
  return { result, reload, set };
}
