import { useSyncExternalStore } from 'react';

/**
 * A choice remembered on this phone (长辈版, the language) that pages follow: read once, applied to
 * the document, and re-rendered on change. Storage can be off in private modes: then the choice
 * still holds for this visit, only not the next.
 */
export function rememberedChoice<T extends string>(
  key: string,
  initial: (stored: string | null) => T,
  apply: (v: T) => void,
) {
  let value = initial(readKey(key));
  const listeners = new Set<() => void>();
  apply(value);
  const subscribe = (fn: () => void) => {
    listeners.add(fn);
    return () => {
      listeners.delete(fn);
    };
  };
  return {
    get: () => value,
    set(next: T) {
      value = next;
      apply(next);
      try {
        localStorage.setItem(key, next);
      } catch {
        // not remembered, still switched
      }
      for (const l of listeners) l();
    },
    /** The choice; the component re-renders when it changes. */
    use: () => useSyncExternalStore(subscribe, () => value),
  };
}

function readKey(key: string) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
