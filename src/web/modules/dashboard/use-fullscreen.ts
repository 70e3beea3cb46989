import { useCallback, useEffect, useState } from 'react';

/** The Fullscreen API for the whole page: whether it is on, and a toggle (a no-op where unsupported). */
export function useFullscreen() {
  const [isOn, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const sync = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { isOn, isSupported: Boolean(document.fullscreenEnabled), toggle };
}
