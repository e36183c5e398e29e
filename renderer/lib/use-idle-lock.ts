import { useEffect } from 'react';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` after `minutes` without a key press or mouse move (the auto-lock; the server locks too). */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const restart = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(onIdle, minutes * 60_000);
    };
    restart();
    for (const name of EVENTS) window.addEventListener(name, restart, { passive: true });
    return () => {
      if (timer !== null) clearTimeout(timer);
      for (const name of EVENTS) window.removeEventListener(name, restart);
    };
  }, [minutes, onIdle]);
}
