import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet, type QuietSource } from '../../../../src/ui/state/when-quiet';

/** A busy flag that tells its listeners when it changes (as the import store does). */
function flag(initial: boolean): QuietSource & { set: (b: boolean) => void; listeners: () => number } {
  let busy = initial;
  const ls = new Set<() => void>();
  return {
    busy: () => busy,
    subscribe: (l) => {
      ls.add(l);
      return () => ls.delete(l);
    },
    set: (b) => {
      busy = b;
      for (const l of [...ls]) l();
    },
    listeners: () => ls.size,
  };
}

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the task once, after the quiet time, and stops watching', () => {
    const src = flag(false);
    const task = vi.fn();
    whenQuiet(task, src, 5000);
    vi.advanceTimersByTime(4999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    expect(src.listeners()).toBe(0);
    src.set(true);
    src.set(false);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits while busy, and the quiet time starts over when the work ends', () => {
    const src = flag(false);
    const task = vi.fn();
    whenQuiet(task, src, 5000);
    vi.advanceTimersByTime(3000);
    src.set(true); // an import starts 3 s in
    vi.advanceTimersByTime(60_000);
    expect(task).not.toHaveBeenCalled();
    src.set(false);
    vi.advanceTimersByTime(4000);
    src.set(false); // a change that is not a start keeps the wait as it is
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('starts busy: nothing until the work ends and the quiet time has passed', () => {
    const src = flag(true);
    const task = vi.fn();
    whenQuiet(task, src, 1000);
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
    src.set(false);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('is cancelled by the function it returns', () => {
    const src = flag(false);
    const task = vi.fn();
    const cancel = whenQuiet(task, src, 1000);
    vi.advanceTimersByTime(500);
    cancel();
    vi.advanceTimersByTime(5000);
    src.set(true);
    src.set(false);
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
    expect(src.listeners()).toBe(0);
  });
});
