import { describe, expect, it } from 'vitest';
import { addProblem, emptyQueue, setProgress, type QueueState } from '../../../../src/features/add-report/batch/batch-model';
import { SLICE_MS, transitionQueue } from '../../../../src/features/add-report/batch/transition-queue';

/** A queue state, a fake clock and the tasks scheduled, run by hand. */
function harness(live = () => true) {
  let state: QueueState = emptyQueue();
  let clock = 0;
  const applied: QueueState[] = [];
  const tasks: (() => void)[] = [];
  const q = transitionQueue(
    (f) => {
      state = f(state);
      applied.push(state);
    },
    live,
    () => clock,
    (f) => tasks.push(f),
  );
  const tick = (ms: number) => (clock += ms);
  const runTask = () => tasks.shift()!();
  return { q, tick, runTask, tasks, applied, state: () => state };
}

const problem = (file: string) => (s: QueueState) => addProblem(s, { file, code: 'pdf_encrypted', message: 'password' });

describe('the transition queue', () => {
  it('applies the transitions that arrive together in one update, in order, in a later task', () => {
    const h = harness();
    h.q.push(problem('a.pdf'));
    h.q.push(problem('b.pdf'));
    h.q.push((s) => setProgress(s, { phase: 'read', done: 2, total: 2, current: 'b.pdf' }));
    expect(h.applied).toHaveLength(0);
    expect(h.tasks).toHaveLength(1);
    h.runTask();
    expect(h.applied).toHaveLength(1);
    expect(h.state().problems.map((p) => p.file)).toEqual(['a.pdf', 'b.pdf']);
    expect(h.state().progress?.done).toBe(2);
    expect(h.tasks).toHaveLength(0);
  });

  it('stops a slice once it took longer than SLICE_MS and applies the rest in the next task', () => {
    const h = harness();
    for (const f of ['a', 'b', 'c', 'd']) h.q.push((s) => (h.tick(SLICE_MS / 2 + 1), problem(f)(s)));
    h.runTask();
    expect(h.state().problems.map((p) => p.file)).toEqual(['a', 'b']);
    expect(h.tasks).toHaveLength(1);
    h.runTask();
    expect(h.state().problems.map((p) => p.file)).toEqual(['a', 'b', 'c', 'd']);
    expect(h.applied).toHaveLength(2);
  });

  it('runs what waits for the end only after every transition before it, and drops everything once the run is over', async () => {
    let live = true;
    const h = harness(() => live);
    const seen: number[] = [];
    h.q.push(problem('a'));
    h.q.after(() => seen.push(h.state().problems.length));
    h.runTask();
    await Promise.resolve();
    expect(seen).toEqual([1]);
    h.q.push(problem('b'));
    live = false;
    h.runTask();
    expect(h.state().problems).toHaveLength(1);
  });
});
