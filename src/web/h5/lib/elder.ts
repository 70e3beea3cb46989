import { useSyncExternalStore } from 'react';

// 长辈版 (适老化): larger type, higher contrast, a simpler page; remembered on this phone.
const STORAGE_KEY = 'sl-h5-elder';
const CLASS = 'is-elder';

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // storage can be off in private modes
  }
}

let isElder = readStored();
const listeners = new Set<() => void>();
document.documentElement.classList.toggle(CLASS, isElder);

/** Turns 长辈版 on or off and remembers it. */
export function setElder(on: boolean) {
  isElder = on;
  document.documentElement.classList.toggle(CLASS, on);
  try {
    localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
  } catch {
    // not remembered, still switched
  }
  for (const l of listeners) l();
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
};

/** Whether 长辈版 is on; components re-render when it changes. */
export const useElder = () => useSyncExternalStore(subscribe, () => isElder);
