import { useEffect, useState } from 'react';

/**
 * After a write, the read models catch up a moment later. Until `shown()` says the page's data
 * holds the write, the page says "saved, updating" and asks `refetch` again each `everyMs`, rather
 * than show the old data as if it were current. `onShown` tells the rest of the page it may ask again.
 */
export function useUntilShown(
  shown: () => boolean,
  refetch: () => void,
  onShown?: () => void,
  everyMs = 1000,
) {
  const [waiting, setWaiting] = useState(false);
  const done = waiting && shown();
  useEffect(() => {
    if (!waiting) return;
    if (done) {
      setWaiting(false);
      onShown?.();
      return;
    }
    const timer = setInterval(refetch, everyMs);
    return () => clearInterval(timer);
  }, [waiting, done, refetch, onShown, everyMs]);
  return { updating: waiting && !done, start: () => setWaiting(true) };
}
