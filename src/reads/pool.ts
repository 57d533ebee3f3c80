/**
 * Runs `fn` over `items` with at most `width` calls in flight, and resolves with the results in item order.
 * For many small IndexedDB reads: most of each read is the database's round trip, so a few at a time finish sooner
 * than one by one, and sooner than all at once (which also piles up the decoding on the main thread).
 */
export async function inPool<T, R>(items: readonly T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, lane));
  return out;
}
