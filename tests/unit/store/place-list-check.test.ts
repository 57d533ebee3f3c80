import { freshDbs } from '../../fixtures/fresh-db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { setDb, type RolDb } from '../../../src/store/db';
import { importDatasetJson } from '../../../src/store/import';
import { readDatasets, readMetricBlocksChecked, deleteDataset } from '../../../src/store/records';
import { jurisdictionIds, placeListCheck } from '../../../src/store/codecs/blocks';
import { asChange, CHANGE_CHANNEL, onStoreChange } from '../../../src/store/changes';
import { fetchMetricBlocks } from '../../../src/reads/metric-blocks';
import { fetchCatalog } from '../../../src/reads/catalog';
import { storeKeys } from '../../../src/reads/keys';
import { tinyDataset } from '../../fixtures/factory';
import type { Dataset } from '../../../src/model/schema';

const enc = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
const METRIC = 'mediation.disputes_mediated';
const dbs = freshDbs('place-check');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});
afterEach(() => setDb(null));

/** The same places, figures and reports with the place list in reverse order. */
const reversed = (ds: Dataset): Dataset => ({ ...ds, jurisdictions: [...ds.jurisdictions].reverse() });
/** Place → figure, as a ranking would show them. */
const figures = (b: { jurisdiction: string[]; value: Float64Array }) => Object.fromEntries(b.jurisdiction.map((j, i) => [j, b.value[i]]));
const RIGHT = { 't.j0': 100, 't.j1': 200, 't.j2': 300, 't.j3': 400, 't.j4': 500, 't.j5': 600 };

describe('the check of a place list', () => {
  it('tells lists apart by order and by how ids are split, and is the same for equal lists', () => {
    expect(placeListCheck(['a', 'b', 'c'])).toBe(placeListCheck(['a', 'b', 'c']));
    expect(placeListCheck(['a', 'b', 'c'])).not.toBe(placeListCheck(['c', 'b', 'a']));
    expect(placeListCheck(['a', 'b', 'c'])).not.toBe(placeListCheck(['b', 'a', 'c']));
    expect(placeListCheck(['ab', 'c'])).not.toBe(placeListCheck(['a', 'bc']));
    expect(placeListCheck([])).not.toBe(placeListCheck(['']));
    expect(placeListCheck(['a', 'b'])).toMatch(/^2:[0-9a-f]{16}$/);
  });

  it('is stored with every metric block, as the check of its dataset’s list', async () => {
    await importDatasetJson(db, enc(tinyDataset('a', { jurisdictions: 4 })), 'a.json', { origin: 'user', replace: false });
    const record = (await readDatasets(db))[0]!;
    const blocks = await db.metricBlocks.toArray();
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b.places).toBe(placeListCheck(jurisdictionIds(record)));
  });
});

describe('metric blocks read with a place list of the same length in another order', () => {
  /** Stores a dataset, then replaces it with its places in reverse order; returns the list as it was before. */
  async function replacedInAnotherOrder(): Promise<readonly string[]> {
    const ds = tinyDataset('a', { jurisdictions: 6 });
    await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
    const before = jurisdictionIds((await readDatasets(db))[0]!);
    await importDatasetJson(db, enc(reversed(ds)), 'a.json', { origin: 'user', replace: true });
    return before;
  }

  it('are never resolved with the stale list, and say whose list was stale', async () => {
    // another tab replaces the dataset with its places in another order; this one still holds the old list
    const before = await replacedInAnotherOrder();
    const read = await readMetricBlocksChecked(db, METRIC, 2022, () => before);
    expect(read.stale).toEqual(['a']);
    expect(figures(read.blocks[0]!)).toEqual(RIGHT);
    // with the current list: used as given, nothing stale
    const now = jurisdictionIds((await readDatasets(db))[0]!);
    const fresh = await readMetricBlocksChecked(db, METRIC, 2022, () => now);
    expect(fresh.stale).toEqual([]);
    expect(fresh.blocks[0]!.jurisdiction.every((j) => now.includes(j))).toBe(true);
    expect(figures(fresh.blocks[0]!)).toEqual(RIGHT);
  });

  it('blocks stored before blocks carried the check are resolved with the record read with them', async () => {
    const before = await replacedInAnotherOrder();
    await db.metricBlocks.toCollection().modify((b) => {
      delete b.places;
    });
    const stale = await readMetricBlocksChecked(db, METRIC, 2022, () => before);
    expect(stale.stale).toEqual(['a']);
    expect(figures(stale.blocks[0]!)).toEqual(RIGHT);
    const now = jurisdictionIds((await readDatasets(db))[0]!);
    const fresh = await readMetricBlocksChecked(db, METRIC, 2022, () => now);
    expect(fresh.stale).toEqual([]);
    expect(figures(fresh.blocks[0]!)).toEqual(RIGHT);
  });

  it('the metric read of the page reads the catalogue again and gives every figure its place', async () => {
    setDb(db);
    const ds = tinyDataset('a', { jurisdictions: 6 });
    await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    const old = await client.fetchQuery({ queryKey: storeKeys.catalog(), queryFn: fetchCatalog });
    await importDatasetJson(db, enc(reversed(ds)), 'a.json', { origin: 'user', replace: true });
    const blocks = await fetchMetricBlocks(METRIC, client);
    expect(figures(blocks.find((b) => b.period === 2022)!)).toEqual(RIGHT);
    const catalog = client.getQueryData<typeof old>(storeKeys.catalog())!;
    expect(catalog).not.toBe(old);
    const record = catalog.datasets.find((d) => d.id === 'a')!;
    // the blocks share the fresh catalogue's list
    expect(jurisdictionIds(record)[0]).toBe('t.j5');
    client.clear();
  });
});

describe('store changes', () => {
  it('a committed write and a deletion are announced on the channel', async () => {
    const heard: unknown[] = [];
    const other = new BroadcastChannel(CHANGE_CHANNEL);
    other.onmessage = (ev: MessageEvent) => heard.push(ev.data);
    try {
      const ds = tinyDataset('a', { jurisdictions: 2 });
      await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
      await importDatasetJson(db, enc(reversed(ds)), 'a.json', { origin: 'user', replace: true });
      await deleteDataset(db, 'a');
      await expect.poll(() => heard.length).toBe(3);
      expect(heard).toEqual([
        { kind: 'import', datasets: ['a'] },
        { kind: 'replace', datasets: ['a'] },
        { kind: 'delete', datasets: ['a'] },
      ]);
    } finally {
      other.close();
    }
  });

  it('a failed write is not announced', async () => {
    const heard: unknown[] = [];
    const other = new BroadcastChannel(CHANGE_CHANNEL);
    other.onmessage = (ev: MessageEvent) => heard.push(ev.data);
    try {
      const ds = tinyDataset('a', { jurisdictions: 2 });
      await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
      const again = await importDatasetJson(db, enc(ds), 'a.json', { origin: 'user', replace: false });
      expect(again.ok).toBe(false);
      await deleteDataset(db, 'a');
      await expect.poll(() => heard.length).toBe(2);
      expect(heard.map((h) => (h as { kind: string }).kind)).toEqual(['import', 'delete']);
    } finally {
      other.close();
    }
  });

  it('another context’s notices reach the subscribers; malformed ones do not', async () => {
    const got: unknown[] = [];
    const off = onStoreChange((c) => got.push(c));
    const other = new BroadcastChannel(CHANGE_CHANNEL);
    try {
      other.postMessage({ kind: 'drop-table', datasets: ['a'] });
      other.postMessage({ kind: 'restore', datasets: ['a', 'b'] });
      await expect.poll(() => got.length).toBe(1);
      expect(got[0]).toEqual({ kind: 'restore', datasets: ['a', 'b'] });
    } finally {
      off();
      other.close();
    }
    expect(asChange(null)).toBeNull();
    expect(asChange({ kind: 'delete', datasets: [1] })).toBeNull();
  });
});
