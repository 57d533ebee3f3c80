/** The data view's actions without React or a browser, over fake dependencies. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDatasetById, exportBackupFile, importFiles, restoreFile, type DataDeps, type Run } from '../../../../src/features/data/actions';
import { initialImportState, isImportBusy, useImportStore } from '../../../../src/ui/state/import-progress';
import type { ImportIssue } from '../../../../src/formats/parse-dataset';

type Req = Parameters<Run>[0];
function deps(answers: ((req: Req) => unknown)[]) {
  const calls: Req[] = [];
  const run = (async (req: Req, onProgress?: (p: string, d: number, t: number) => void) => {
    calls.push(req);
    onProgress?.('read', 1, 2);
    const next = answers.shift();
    if (!next) throw new Error('unexpected call');
    return next(req);
  }) as Run;
  const d = {
    run,
    calls,
    invalidate: vi.fn<() => void>(),
    download: vi.fn<(blob: Blob, name: string) => void>(),
    remove: vi.fn<(id: string) => Promise<void>>(async () => undefined),
    lang: () => 'en' as const,
  };
  return d satisfies DataDeps;
}
const file = (name: string, size = 10) => {
  const f = new File(['x'], name);
  if (size !== 1) Object.defineProperty(f, 'size', { value: size });
  return f;
};
const summary = (replaced = false) => ({ ok: true, value: { id: 'a', observations: 3, reports: 2, replaced } });
const state = () => useImportStore.getState();
const waitQuestion = () => vi.waitFor(() => expect(state().question).not.toBeNull());

beforeEach(() => useImportStore.setState(initialImportState, true));

describe('import actions', () => {
  it('imports a file: working with progress, then done; the store queries are invalidated', async () => {
    const d = deps([() => summary()]);
    const p = importFiles([file('a.json')], d);
    expect(state().status).toBe('working');
    expect(isImportBusy()).toBe(true);
    await p;
    expect(d.calls).toEqual([{ type: 'json', file: expect.any(File), replace: false, askPlaces: true }]);
    expect(state()).toMatchObject({ status: 'done', run: 1, message: { key: 'data.status.done', params: { id: 'a', file: 'a.json' } } });
    expect(d.invalidate).toHaveBeenCalledTimes(1);
    expect(isImportBusy()).toBe(false);
  });

  it('asks before replacing; yes imports again with replace, no writes nothing', async () => {
    const yes = deps([() => ({ ok: false, errors: { kind: 'exists', id: 'a' } }), (req) => ((req as { replace: boolean }).replace ? summary(true) : null)]);
    const p = importFiles([file('a.csv')], yes);
    await waitQuestion();
    expect(isImportBusy()).toBe(true);
    expect(state().question).toMatchObject({ key: 'data.replace.question', params: { id: 'a', file: 'a.csv' } });
    state().question!.answer(true);
    await p;
    expect(yes.calls.map((c) => [c.type, (c as { replace: boolean }).replace])).toEqual([['csv', false], ['csv', true]]);
    expect(state().message?.key).toBe('data.status.replaced');

    const no = deps([() => ({ ok: false, errors: { kind: 'exists', id: 'a' } })]);
    const q = importFiles([file('a.json')], no);
    await waitQuestion();
    state().question!.answer(false);
    await q;
    expect(state()).toMatchObject({ status: 'done', message: { key: 'data.status.cancelled' } });
    expect(no.invalidate).not.toHaveBeenCalled();
  });

  it('asks which place an ambiguous name is, imports again with the answers, and says what became of the places', async () => {
    const questions = [
      {
        index: 0,
        id: 'x.chaoyang',
        name: '朝阳区',
        province: { zh: '未注明', en: 'not given' },
        candidates: [
          { code: '110105', name: '朝阳区', province: '北京市', city: '' },
          { code: '220104', name: '朝阳区', province: '吉林省', city: '长春市' },
        ],
      },
      { index: 1, id: 'x.gulou', name: '鼓楼区', province: { zh: '未注明', en: 'not given' }, row: 3, candidates: [{ code: '320106', name: '鼓楼区', province: '江苏省', city: '南京市' }] },
    ];
    const asked = { ok: false, errors: { kind: 'invalid', issues: [{ file: 'a.json', path: [], code: 'place_choice_needed', message: '' }], questions } };
    const places = {
      matched: [{ id: 'x.wujin', name: '武进区', code: '320412' }],
      chosen: [{ id: 'x.chaoyang', name: '朝阳区', code: '110105' }],
      unmatched: [{ id: 'x.gulou', name: '鼓楼区' }],
      joined: [{ id: 'x.wujin', name: '武进区', to: 'js.changzhou.wujin', toName: '常州市武进区' }],
    };
    const d = deps([() => asked, () => ({ ...summary(), value: { ...summary().value, places } })]);
    const p = importFiles([file('a.json')], d);
    await waitQuestion();
    const q1 = state().question!;
    expect([q1.key, q1.params.n, q1.params.total, q1.params.of, q1.params.province, q1.confirmKey]).toEqual(['data.place.question', 1, 2, '(1/2)', 'not given', 'data.place.leave']);
    expect(q1.choices).toEqual([
      { value: '110105', label: '北京市 朝阳区', detail: '110105' },
      { value: '220104', label: '吉林省 长春市 朝阳区', detail: '220104' },
    ]);
    q1.choose!('110105');
    await vi.waitFor(() => expect(state().question?.params.n).toBe(2));
    expect(state().question!.key).toBe('data.place.questionRow');
    state().question!.answer(true); // leave without code
    await p;
    expect(d.calls.map((c) => ('places' in c ? c.places : undefined))).toEqual([undefined, { 'x.chaoyang': '110105', 'x.gulou': null }]);
    expect(state()).toMatchObject({ status: 'done', message: { key: 'data.status.done' } });
    expect(state().notes.map((n) => [n.key, n.params?.count, n.params?.names])).toEqual([
      ['data.places.matched', 1, undefined],
      ['data.places.chosen', 1, undefined],
      ['data.places.unmatched', 1, '鼓楼区'],
      ['data.places.joined', 1, '武进区 → 常州市武进区 (js.changzhou.wujin)'],
    ]);
  });

  it('keeps the answer about a jurisdiction whose id is __proto__', async () => {
    const q = { index: 0, id: '__proto__', name: '朝阳区', province: { zh: '', en: '' }, candidates: [{ code: '110105', name: '朝阳区', province: '北京市', city: '' }] };
    const d = deps([() => ({ ok: false, errors: { kind: 'invalid', issues: [], questions: [q] } }), () => summary()]);
    const p = importFiles([file('a.json')], d);
    await waitQuestion();
    state().question!.choose!('110105');
    await p;
    const sent = d.calls[1] as { places?: Record<string, string | null> };
    expect(Object.prototype.hasOwnProperty.call(sent.places, '__proto__') && sent.places!['__proto__']).toBe('110105');
  });

  it('cancelling a place question cancels the import: nothing more is sent', async () => {
    const q = { index: 0, id: 'x', name: '朝阳区', province: { zh: '', en: '' }, candidates: [{ code: '110105', name: '朝阳区', province: '北京市', city: '' }] };
    const d = deps([() => ({ ok: false, errors: { kind: 'invalid', issues: [], questions: [q] } })]);
    const p = importFiles([file('a.json')], d);
    await waitQuestion();
    state().question!.answer(false);
    await p;
    expect(d.calls).toHaveLength(1);
    expect(state()).toMatchObject({ status: 'done', message: { key: 'data.status.cancelled' }, issues: [] });
    expect(d.invalidate).not.toHaveBeenCalled();
  });

  it('reports invalid files, full storage and worker failures; problems of several files add up', async () => {
    const issue = (f: string): ImportIssue => ({ file: f, path: ['x'], code: 'invalid_type', message: 'm' });
    const d = deps([
      () => ({ ok: false, errors: { kind: 'invalid', issues: [issue('a.json'), issue('a.json')] } }),
      () => summary(),
      () => ({ ok: false, errors: { kind: 'invalid', issues: [issue('c.json')] } }),
    ]);
    await importFiles([file('a.json'), file('b.json'), file('c.json')], d);
    expect(state().status).toBe('error');
    expect(state().issues.map((i) => i.file)).toEqual(['a.json', 'a.json', 'c.json']);
    expect(d.invalidate).toHaveBeenCalledTimes(1); // b.json was stored

    await importFiles([file('q.json')], deps([() => ({ ok: false, errors: { kind: 'store', error: 'quota', message: 'storage full' } })]));
    expect(state()).toMatchObject({ status: 'error', message: { key: 'data.status.quota', params: { file: 'q.json' } }, issues: [] });

    await importFiles([file('w.json')], deps([() => Promise.reject(new Error('worker died'))]));
    expect(state()).toMatchObject({ status: 'error', message: { key: 'data.status.failed', params: { message: 'worker died' } } });
  });

  it('refuses a file over the limit without sending it to the worker', async () => {
    const d = deps([]);
    await importFiles([file('huge.csv', 600_000_000)], d);
    expect(d.calls).toEqual([]);
    expect(state().issues).toEqual([expect.objectContaining({ code: 'too_large', file: 'huge.csv' })]);
  });

  it('ignores new work while busy', async () => {
    const d = deps([() => ({ ok: false, errors: { kind: 'exists', id: 'a' } })]);
    const p = importFiles([file('a.json')], d);
    await waitQuestion();
    await importFiles([file('b.json')], d);
    await exportBackupFile(d);
    expect(d.calls).toHaveLength(1);
    state().question!.answer(false);
    await p;
  });
});

describe('restore, backup and delete actions', () => {
  it('restores, asking first when datasets with other content would be replaced', async () => {
    const d = deps([() => ({ ok: false, errors: { kind: 'conflicts', ids: ['a', 'b'] } }), () => ({ ok: true, value: { datasets: ['a', 'b'], observations: 9 } })]);
    const p = restoreFile(file('backup.json'), d);
    await waitQuestion();
    expect(state().question?.params).toEqual({ ids: 'a, b' });
    state().question!.answer(true);
    await p;
    expect(d.calls).toEqual([
      { type: 'restore', file: expect.any(File), confirm: false },
      { type: 'restore', file: expect.any(File), confirm: true },
    ]);
    expect(state()).toMatchObject({ status: 'done', message: { key: 'data.status.restored', params: { count: 2, observations: 9 } } });
    expect(d.invalidate).toHaveBeenCalled();
  });

  it('exports a backup: downloads it under a dated name and says how big it is', async () => {
    const blob = new Blob(['{}']);
    const at = new Date(2025, 0, 31, 12).getTime();
    const d = deps([() => ({ ok: true, value: { blob, datasets: 3, bytes: 1_234_567, at } })]);
    await exportBackupFile(d);
    expect(d.download).toHaveBeenCalledWith(blob, 'rol-compare-backup-2025-01-31.json');
    expect(state().message).toEqual({ key: 'data.status.backupDone', params: { name: 'rol-compare-backup-2025-01-31.json', datasets: 3, size: '1.2 MB' } });
  });

  it('deletes a dataset and refreshes the views', async () => {
    const d = deps([]);
    await deleteDatasetById('a', d);
    expect(d.remove).toHaveBeenCalledWith('a');
    expect(state()).toMatchObject({ status: 'done', message: { key: 'data.status.deleted', params: { id: 'a' } } });
    expect(d.invalidate).toHaveBeenCalled();
  });
});
