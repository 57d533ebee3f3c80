import { freshDbs } from '../../fixtures/fresh-db';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { importFile } from '../../../src/store/import';
import { importMany } from '../../../src/store/import-many';
import { jsonLateCheck } from '../../../src/store/late-check';
import { validateParsed, type ImportIssue } from '../../../src/formats/parse-dataset';
import { datasetToArrow } from '../../../src/formats/arrow-dataset/write';
import type { Dataset } from '../../../src/model/schema';
import { tinyDataset } from '../../fixtures/factory';

const FILE = 'd.json';
const clone = <T>(x: T): T => structuredClone(x);

/** A dataset whose observations break the id rules the write checks last, and whose other parts may break others. */
function broken(kind: 'duplicate' | 'input' | 'duplicate+quote' | 'duplicate+bounds' | 'none'): Dataset {
  const ds = tinyDataset('user-a', { jurisdictions: 4, periods: [2021, 2022] });
  const os = ds.observations;
  if (kind.startsWith('duplicate')) os[3] = { ...os[3]!, id: os[1]!.id };
  if (kind === 'input') {
    const { figure: _f, ...rest } = os[2]!;
    os[2] = { ...rest, derived: { formula: 'ratio_pct', inputs: [os[0]!.id, 'user-a.nowhere'] } };
  }
  if (kind === 'duplicate+quote') os[5] = { ...os[5]!, offset: os[5]!.offset + 1 };
  if (kind === 'duplicate+bounds') os[6] = { ...os[6]!, value: -5 };
  return ds;
}

/** What validation gives with the id rules left for later (and run, as the write runs them), and without. */
function bothWays(ds: Dataset): { deferred: ImportIssue[] | 'ok'; whole: ImportIssue[] | 'ok'; handed: boolean } {
  let holds: (() => boolean) | undefined;
  const d = validateParsed(clone(ds), FILE, { reuseInput: true, later: (c) => (holds = c) });
  const deferred = !d.ok ? d.errors : holds && !holds() ? jsonLateCheck(holds, d.value, FILE).issues() : 'ok';
  const w = validateParsed(clone(ds), FILE, { reuseInput: true });
  return { deferred, whole: w.ok ? 'ok' : w.errors, handed: holds !== undefined };
}

describe('the observations’ id rules checked while the blocks are stored', () => {
  it.each(['duplicate', 'input', 'duplicate+quote', 'duplicate+bounds', 'none'] as const)('gives the same issues as the whole validation: %s', (kind) => {
    const r = bothWays(broken(kind));
    expect(r.deferred).toEqual(r.whole);
    if (kind === 'none') expect(r.whole).toBe('ok');
    else expect(r.whole).not.toBe('ok');
    // the check is left for later only when everything else passed
    expect(r.handed).toBe(kind === 'duplicate' || kind === 'input' || kind === 'none');
  });
});

const dbs = freshDbs('late-check');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});
const counts = async () => ({ datasets: await db.datasets.count(), jurisdictions: await db.jurisdictionBlocks.count(), metrics: await db.metricBlocks.count() });
const json = (ds: unknown) => new TextEncoder().encode(JSON.stringify(ds));

describe('an import whose last check fails', () => {
  it('JSON: names the repeated id’s row and field, and writes nothing', async () => {
    const r = await importFile(db, json(broken('duplicate')), FILE, 'json', { replace: false });
    expect(r).toMatchObject({ ok: false, errors: { kind: 'invalid' } });
    if (r.ok || r.errors.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.errors.issues).toEqual([expect.objectContaining({ file: FILE, path: ['observations', 3, 'id'], code: 'duplicate_id' })]);
    expect(await counts()).toEqual({ datasets: 0, jurisdictions: 0, metrics: 0 });
  });

  it('JSON: an unknown derived input, replacing a stored dataset: the stored one is left as it was', async () => {
    const ok = await importFile(db, json(tinyDataset('user-a')), FILE, 'json', { replace: false });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.value.timings).toHaveProperty('ids');
    const before = await counts();
    const stored = await db.datasets.get('user-a');
    const r = await importFile(db, json(broken('input')), FILE, 'json', { replace: true });
    if (r.ok || r.errors.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.errors.issues).toEqual([expect.objectContaining({ path: ['observations', 2, 'derived', 'inputs', 1], code: 'unknown_reference' })]);
    expect(await counts()).toEqual(before);
    expect(await db.datasets.get('user-a')).toEqual(stored);
  });

  it('JSON: a bad file with the id of a stored dataset is refused as bad, not asked about as existing', async () => {
    expect((await importFile(db, json(tinyDataset('user-a')), FILE, 'json', { replace: false })).ok).toBe(true);
    const before = await counts();
    const r = await importFile(db, json(broken('duplicate')), FILE, 'json', { replace: false });
    expect(r).toMatchObject({ ok: false, errors: { kind: 'invalid', issues: [{ path: ['observations', 3, 'id'], code: 'duplicate_id' }] } });
    expect(await counts()).toEqual(before);
  });

  it('several files at once: a repeated id in one of them names that file, row and field, and writes nothing', async () => {
    const files = [
      { name: 'ok.json', bytes: json(tinyDataset('user-ok')) },
      { name: 'bad.json', bytes: json(broken('duplicate')) },
    ];
    const r = await importMany(db, files, { replace: [] });
    expect(r).toMatchObject({ ok: false, errors: { kind: 'invalid', issues: [{ file: 'bad.json', path: ['observations', 3, 'id'], code: 'duplicate_id' }] } });
    expect(await counts()).toEqual({ datasets: 0, jurisdictions: 0, metrics: 0 });
  });

  it('Arrow: a repeated id in the second half of the rows names its row and column, and writes nothing', async () => {
    const ds = tinyDataset('user-b', { jurisdictions: 6, periods: [2020, 2021, 2022] });
    const n = ds.observations.length;
    ds.observations[n - 2] = { ...ds.observations[n - 2]!, id: ds.observations[n - 5]!.id };
    const r = await importFile(db, datasetToArrow(ds), 'd.arrow', 'arrow', { replace: false });
    if (r.ok || r.errors.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.errors.issues[0]).toMatchObject({ file: 'd.arrow', path: ['observations', n - 2, 'id'], code: 'duplicate_id', params: { row: n - 1, column: 'id' } });
    expect(await counts()).toEqual({ datasets: 0, jurisdictions: 0, metrics: 0 });
  });

  it('Arrow: a valid file is stored with its check run during the write', async () => {
    const ds = tinyDataset('user-c', { jurisdictions: 3, periods: [2021, 2022] });
    const r = await importFile(db, datasetToArrow(ds), 'c.arrow', 'arrow', { replace: false });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.timings).toHaveProperty('ids');
    expect(r.value.observations).toBe(ds.observations.length);
    expect((await counts()).datasets).toBe(1);
  });
});
