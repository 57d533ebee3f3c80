/**
 * Property tests of the importer (fake-indexeddb): random values, mutated datasets, mutated CSV and failing
 * writes. For every input it must neither throw nor write partially: the store is either exactly as before, or
 * as before plus the complete new dataset. No input may change Object.prototype.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RolDb } from '../../../src/store/db';
import { importFile } from '../../../src/store/import';
import { restoreBackup } from '../../../src/store/backup';
import { deleteDataset, readDatasetBlocks } from '../../../src/store/records';
import { fromBlocks } from '../../../src/store/codecs/blocks';
import { validateDataset } from '../../../src/formats/validate';
import { MAX_ISSUES } from '../../../src/formats/validate';
import { tinyDataset } from '../../fixtures/factory';
import { tinyCsvRows, toCsv } from '../../fixtures/csv';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);
const dbs = freshDbs('property', { per: 'file' });
let db: RolDb;
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  db = await dbs.open();
  const r = await importFile(db, enc(JSON.stringify(tinyDataset('base'))), 'base.json', 'json', { replace: false });
  expect(r.ok).toBe(true);
});
afterAll(async () => {
  console.log(`import outcomes: ${JSON.stringify(outcomes)}`);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function enc(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

interface Snapshot {
  datasets: string[];
  blocks: string[];
  metricBlocks: string[];
}
async function snapshot(): Promise<Snapshot> {
  return {
    datasets: (await db.datasets.toArray()).map((d) => `${d.id}|${d.hash}|${d.importedAt}`).sort(),
    blocks: (await db.jurisdictionBlocks.toArray()).map((b) => `${b.dataset}|${b.jurisdiction}|${b.observations.n}`).sort(),
    metricBlocks: (await db.metricBlocks.toArray()).map((b) => `${b.dataset}|${b.metric}|${b.period}|${b.value.length}`).sort(),
  };
}
const without = (s: Snapshot, id: string): Snapshot => ({
  datasets: s.datasets.filter((x) => !x.startsWith(`${id}|`)),
  blocks: s.blocks.filter((x) => !x.startsWith(`${id}|`)),
  metricBlocks: s.metricBlocks.filter((x) => !x.startsWith(`${id}|`)),
});

const outcomes = { ok: 0, invalid: 0, other: 0 };

/** Imports and checks the all-or-nothing invariant; removes a new dataset again so runs stay independent. */
async function importAndCheck(text: string | Uint8Array, kind: 'json' | 'csv'): Promise<void> {
  const before = await snapshot();
  const bytes = typeof text === 'string' ? enc(text) : text;
  const r = await importFile(db, bytes, `f.${kind}`, kind, { replace: false });
  const after = await snapshot();
  outcomes[r.ok ? 'ok' : r.errors.kind === 'invalid' ? 'invalid' : 'other']++;
  if (!r.ok) {
    expect(after).toEqual(before);
    if (r.errors.kind === 'invalid') {
      expect(r.errors.issues.length).toBeGreaterThan(0);
      expect(r.errors.issues.length).toBeLessThanOrEqual(MAX_ISSUES);
      for (const i of r.errors.issues) expect(i.file).toBe(`f.${kind}`);
    }
    return;
  }
  const id = r.value.id;
  expect(without(after, id)).toEqual(before);
  // complete: the stored blocks give back a valid dataset with every figure
  const record = (await db.datasets.get(id))!;
  const ds = fromBlocks(record, await readDatasetBlocks(db, id));
  expect(ds.observations.length).toBe(record.counts.observations);
  expect(validateDataset(JSON.parse(JSON.stringify(ds))).ok).toBe(true);
  await deleteDataset(db, id);
  expect(await snapshot()).toEqual(before);
}

const HOSTILE: unknown[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '{a}|{b}',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  '\u0000\u0007\u001b[31m\u202e\ud800',
  'x'.repeat(100_000),
  '馬鞍山市 马鞍山市',
  '=cmd|/C calc!A0',
  '',
  ' ',
  -0,
  1e308,
  -1e308,
  2100,
  1948,
  0.1,
  null,
  true,
  {},
  [],
  'range',
  'at_least',
];
const hostileValue = fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 20 }), fc.double());
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x', 'valueOf', 'hasOwnProperty');

/** Every path to a value in a JSON tree. */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}
const own = (o: object, k: string | number, value: unknown) =>
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

type Mutation = { op: 'set' | 'delete' | 'dupe' | 'addKey'; at: number; value: unknown; key: string };
const mutation = fc.record({ op: fc.constantFrom('set', 'delete', 'dupe', 'addKey'), at: fc.nat(), value: hostileValue, key: hostileKey });

function mutate(doc: unknown, ms: Mutation[]): unknown {
  const root = JSON.parse(JSON.stringify(doc)) as unknown;
  for (const m of ms) {
    const all = paths(root).filter((p) => p.length > 0);
    const path = all[m.at % all.length]!;
    let parent = root as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    const target = parent[last];
    if (m.op === 'set') own(parent, last, m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (m.op === 'dupe' && Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(target)));
    else if (m.op === 'addKey' && target && typeof target === 'object' && !Array.isArray(target)) own(target, m.key, m.value);
  }
  return root;
}

describe('the importer under random and hostile input (property)', () => {
  it('any JSON value or random text: never throws, never writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.string(), fc.constantFrom('', '\uFEFF', '{', '[1,', 'NaN')), async (text) => {
        await importAndCheck(text, 'json');
      }),
      { numRuns: RUNS },
    );
  });

  it('mutated datasets (hostile strings, __proto__ keys, duplicates, wrong types): all or nothing', async () => {
    const base = tinyDataset('mut', { jurisdictions: 3, periods: [2021, 2022] });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
        await importAndCheck(JSON.stringify(mutate(base, ms)), 'json');
      }),
      { numRuns: RUNS },
    );
  });

  it('valid datasets with hostile but allowed text import whole', async () => {
    const texts = fc.constantFrom('<img src=x onerror="window.__pwned=1">', '{a}|{b}', 'javascript:alert(1)', '\u0007\u202e', '馬鞍山市 马鞍山市', '__proto__');
    await fc.assert(
      fc.asyncProperty(texts, texts, fc.constantFrom('__proto__', 'constructor', 'x.y', 'toString'), async (name, title, jid) => {
        const ds = tinyDataset('host', { jurisdictions: 2 });
        ds.title = { zh: title, en: title };
        ds.jurisdictions[0]!.name = { zh: name, en: name };
        const old = ds.jurisdictions[0]!.id;
        ds.jurisdictions[0]!.id = jid;
        for (const r of ds.reports) if (r.jurisdiction === old) r.jurisdiction = jid;
        const before = (await snapshot()).datasets.length;
        await importAndCheck(JSON.stringify(ds), 'json');
        expect((await snapshot()).datasets.length).toBe(before);
      }),
      { numRuns: 30 },
    );
  });

  it('mutated CSV (cells, columns, quotes, line breaks, bytes): all or nothing', async () => {
    const rows = tinyCsvRows(3);
    const cols = Object.keys(rows[0]!).concat('qualifier', 'value_max', 'offset', 'report_text');
    const cellEdit = fc.record({ row: fc.nat(), col: fc.constantFrom(...cols, '__proto__', 'constructor'), value: fc.oneof(fc.constantFrom(...HOSTILE.filter((h) => typeof h === 'string')), fc.string({ maxLength: 12 }), fc.double().map(String)) });
    const textEdit = fc.record({ at: fc.nat(), insert: fc.constantFrom('"', ',', '\n', '\r\n', '""', '\uFEFF', '\u0000', 'NaN', '') , cut: fc.nat(3) });
    await fc.assert(
      fc.asyncProperty(fc.array(cellEdit, { maxLength: 4 }), fc.array(textEdit, { maxLength: 3 }), fc.boolean(), async (cells, edits, dropCol) => {
        const rs = rows.map((r) => ({ ...r }) as Record<string, string>);
        for (const c of cells) own(rs[c.row % rs.length]!, c.col, c.value);
        let header = [...new Set(rs.flatMap((r) => Object.keys(r)))];
        if (dropCol) header = header.filter((_, i) => i !== cells.length % header.length);
        let text = toCsv(rs, header);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        await importAndCheck(text, 'csv');
      }),
      { numRuns: RUNS },
    );
  });

  it('random bytes as CSV (encodings): never throws, never writes partially', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const text = new TextEncoder().encode(toCsv(tinyCsvRows(1)));
        const mixed = new Uint8Array([...text.slice(0, 200), ...bytes, ...text.slice(200)]);
        await importAndCheck(mixed, 'csv');
      }),
      { numRuns: RUNS },
    );
  });

  it('a write that fails at any point leaves the store exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(6), fc.constantFrom('QuotaExceededError', 'AbortError', 'UnknownError'), fc.boolean(), async (failAt, name, replace) => {
        const before = await snapshot();
        const tables = [db.jurisdictionBlocks, db.metricBlocks] as const;
        type BulkPut = (...a: unknown[]) => Promise<unknown>;
        const originals = tables.map((t) => t.bulkPut.bind(t) as unknown as BulkPut);
        const putOriginal = db.datasets.put.bind(db.datasets);
        let calls = 0;
        const fail = () => ++calls > failAt;
        tables.forEach((t, i) => {
          t.bulkPut = ((...args: unknown[]) =>
            fail() ? Promise.reject(new DOMException('injected', name)) : originals[i]!(...args)) as never;
        });
        db.datasets.put = ((...args: Parameters<typeof putOriginal>) =>
          fail() ? Promise.reject(new DOMException('injected', name)) : putOriginal(...args)) as typeof putOriginal;
        try {
          const ds = tinyDataset(replace ? 'base' : 'fresh', { jurisdictions: 4, periods: [2020, 2021, 2022] });
          const r = await importFile(db, enc(JSON.stringify(ds)), 'f.json', 'json', { replace });
          if (!r.ok) {
            expect(r.errors.kind).toBe('store');
            if (r.errors.kind === 'store' && name === 'QuotaExceededError') expect(r.errors.error).toBe('quota');
            expect(await snapshot()).toEqual(before);
          } else if (!replace) await deleteDataset(db, 'fresh');
        } finally {
          tables.forEach((t, i) => (t.bulkPut = originals[i]! as never));
          db.datasets.put = putOriginal;
        }
        if (replace) {
          // put the original base back for the next runs
          await importFile(db, enc(JSON.stringify(tinyDataset('base'))), 'base.json', 'json', { replace: true });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('mutated backups: never throw, never write partially', async () => {
    const ds = tinyDataset('bk', { jurisdictions: 2 });
    const entry = { origin: 'user', hash: 'h', bytes: 10, importedAt: 1, sha256: '0'.repeat(64), dataset: ds };
    const env = { format: 'rol-compare/backup', version: 1, datasets: [entry] };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const before = await snapshot();
        const r = await restoreBackup(db, enc(JSON.stringify(mutate(env, ms))), 'b.json', { confirm: true });
        if (r.ok) {
          // only possible when no dataset is left in the envelope, or a mutation left it valid and matching
          for (const id of r.value.datasets) {
            const record = (await db.datasets.get(id))!;
            const back = fromBlocks(record, await readDatasetBlocks(db, id));
            expect(back.observations.length).toBe(ds.observations.length);
            await deleteDataset(db, id);
          }
        }
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
