import { useEffect, useRef } from 'preact/hooks';

/** Calls `tick` every `ms` milliseconds while `active`, skipping the ticks when the tab is hidden. */
export function useInterval(tick: () => void, ms: number, active: boolean): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') latest.current();
    }, ms);
    return () => clearInterval(timer);
  }, [ms, active]);
}
