/**
 * The import worker's unasked notices (src/store/worker-client.ts): the bootstrap starts the worker before the app
 * subscribes, and an upgrade blocked by another tab says so at once — a notice that came while nobody listened
 * reaches the first listener, in order, and later ones reach every listener as they come.
 */
import { afterAll, describe, expect, it } from 'vitest';

type Listener = ((ev: { data: unknown }) => void) | null;
const made: FakeWorker[] = [];
class FakeWorker {
  onmessage: Listener = null;
  onerror: unknown = null;
  posted: unknown[] = [];
  constructor() {
    made.push(this);
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  emit(data: unknown) {
    this.onmessage?.({ data });
  }
  terminate() {}
}
const saved = (globalThis as { Worker?: unknown }).Worker;
(globalThis as { Worker?: unknown }).Worker = FakeWorker;
afterAll(() => {
  (globalThis as { Worker?: unknown }).Worker = saved;
});

describe('worker notices', () => {
  it('keeps what came before the first listener and hands it over in order', async () => {
    const { onWorkerNotice, runInWorker } = await import('../../../src/store/worker-client');
    void runInWorker({ type: 'bundled', baseUrl: 'http://localhost/' }).catch(() => {});
    const w = made[0]!;
    w.emit({ type: 'notice', id: 0, notice: 'blocked' });
    w.emit({ type: 'notice', id: 0, notice: 'versionchange' });
    const heard: string[] = [];
    const stop = onWorkerNotice((n) => heard.push(n));
    expect(heard).toEqual(['blocked', 'versionchange']);
    w.emit({ type: 'notice', id: 0, notice: 'closed' });
    expect(heard).toEqual(['blocked', 'versionchange', 'closed']);
    // a second listener does not get the first one's notices again
    const second: string[] = [];
    onWorkerNotice((n) => second.push(n));
    expect(second).toEqual([]);
    stop();
  });
});
