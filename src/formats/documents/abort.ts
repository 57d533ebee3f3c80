/** Stopping a read: an aborted signal rejects with an AbortError DOMException, in Node 20 and in workers alike. */

export function abortError(): DOMException {
  return new DOMException('The read was aborted', 'AbortError');
}

export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** An AbortError, as a DOMException or as a library's own Error of that name. */
export function isAbortError(e: unknown): boolean {
  return (e instanceof DOMException || e instanceof Error) && e.name === 'AbortError';
}

/** Lets the event loop run (so an abort can arrive) during a long synchronous job split into steps. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
