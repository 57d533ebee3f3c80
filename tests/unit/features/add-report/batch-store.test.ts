import { describe, expect, it } from 'vitest';
import { addProblem, emptyQueue, started } from '../../../../src/features/add-report/batch/batch-model';
import { applyToQueue, queueNow, useBatchStore } from '../../../../src/features/add-report/batch/batch-store';

describe('the batch store', () => {
  it('runs transitions of the model, keeps its state when one changes nothing, and resets to an empty queue', () => {
    useBatchStore.getState().reset();
    const seen: unknown[] = [];
    const stop = useBatchStore.subscribe((s) => seen.push(s.queue));
    applyToQueue(started);
    applyToQueue((s) => addProblem(s, { file: 'a.pdf', code: 'pdf_encrypted', message: 'password' }));
    expect(queueNow().status).toBe('running');
    expect(queueNow().problems.map((p) => p.code)).toEqual(['pdf_encrypted']);
    applyToQueue((s) => s);
    expect(seen).toHaveLength(2);
    useBatchStore.getState().reset();
    expect(queueNow()).toEqual(emptyQueue());
    stop();
  });
});
