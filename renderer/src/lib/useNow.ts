import { useEffect, useState } from 'react';

/** The current time in milliseconds, refreshed every `intervalMs` (for "locked until" style badges). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
