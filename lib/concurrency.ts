/**
 * A count of work in flight with a ceiling: `tryAcquire` gives a release function, or null
 * when the ceiling is reached, so the caller can refuse at once instead of queueing.
 */
export function createLimiter(max: number) {
  let inFlight = 0;
  return {
    tryAcquire(): (() => void) | null {
      if (inFlight >= max) return null;
      inFlight++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inFlight--;
      };
    },
    get inFlight() {
      return inFlight;
    },
  };
}
