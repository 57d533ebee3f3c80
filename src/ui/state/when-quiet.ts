/**
 * Runs a task once the page has been quiet for a while: nothing busy (as the caller's source says: an import at
 * work or waiting for an answer, files being extracted) for `ms` in a row. Busy again before then, and the wait
 * starts over when it ends.
 *
 * Used for the service worker's first registration: its precache (the whole app, ≈ 6 MB, which the browser also
 * compiles for later) takes both cores for ≈ 3 s on the machine the benchmark runs on, and a file imported meanwhile
 * took 1.4–1.6 s longer (docs/performance.md). Pure apart from the timer; the store it watches is given.
 */
export interface QuietSource {
  busy: () => boolean;
  /** calls the listener on every change of what `busy` reads; returns the unsubscribe */
  subscribe: (listener: () => void) => () => void;
}

/** Calls `task` once, after `ms` of quiet; the returned function cancels it (and stops watching). */
export function whenQuiet(task: () => void, source: QuietSource, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;
  const stop = () => {
    done = true;
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const check = () => {
    if (done) return;
    if (source.busy()) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    } else if (timer === null)
      timer = setTimeout(() => {
        stop();
        task();
      }, ms);
  };
  const unsubscribe = source.subscribe(check);
  check();
  return stop;
}
