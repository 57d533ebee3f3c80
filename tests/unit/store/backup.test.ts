import { freshDbs } from '../../fixtures/fresh-db';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { importDatasetJson, importFile } from '../../../src/store/import';
import { exportBackup, restoreBackup } from '../../../src/store/backup';
import { LAST_BACKUP_KEY, readSetting } from '../../../src/store/records';
import { canonicalJson, parseBackup, parseBackupDocument } from '../../../src/formats/backup-envelope';
import { listWordings, putWordings } from '../../../src/store/wordings';
import { tinyDataset } from '../../fixtures/factory';
import { tinyCsvRows, toCsv } from '../../fixtures/csv';

const enc = (x: unknown) => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));
const dbs = freshDbs('backup');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});

async function snapshot(d: RolDb) {
  return {
    datasets: (await d.datasets.toArray()).map((x) => `${x.id}:${x.hash}:${x.importedAt}`).sort(),
    blocks: await d.jurisdictionBlocks.count(),
    metricBlocks: await d.metricBlocks.count(),
  };
}
async function fill(d: RolDb) {
  await importDatasetJson(d, enc(tinyDataset('bundled', { jurisdictions: 2 })), 'bundled.json', { origin: 'bundled', replace: true });
  await importFile(d, enc(tinyDataset('user-a', { periods: [2021, 2022] })), 'a.json', 'json', { replace: false });
  await importFile(d, enc(toCsv(tinyCsvRows(3))), 'c.csv', 'csv', { replace: false });
}
const bytesOf = async (d: RolDb) => new Uint8Array(await (await exportBackup(d, 1_700_000_000_000)).blob.arrayBuffer());

describe('canonical JSON', () => {
  it('sorts keys, drops undefined, writes −0 as 0 and never NaN', () => {
    expect(canonicalJson({ b: 1, a: [-0, undefined, 'x'], c: undefined, d: { z: NaN, y: Infinity } })).toBe(
      '{"a":[0,null,"x"],"b":1,"d":{"y":null,"z":null}}',
    );
    expect(canonicalJson({ '\u00e9': 1, e: 2, E: 3 })).toBe('{"E":3,"e":2,"\u00e9":1}');
  });
});

describe('backup and restore', () => {
  it('round-trips the whole store byte for byte (export → clear → restore → export)', async () => {
    await fill(db);
    const before = await snapshot(db);
    const a = await bytesOf(db);
    const text = new TextDecoder().decode(a);
    expect(text.startsWith('{"format":"rol-compare/backup","version":1,"datasets":[{"bytes":')).toBe(true);
    expect(await readSetting(db, LAST_BACKUP_KEY)).toMatchObject({ at: 1_700_000_000_000, datasets: 3, bytes: a.byteLength });

    const other = await dbs.open();
    const r = await restoreBackup(other, a, 'backup.json', { confirm: false });
    expect(r).toMatchObject({ ok: true, value: { datasets: ['bundled', 'csv-a', 'user-a'] } });
    expect(await snapshot(other)).toEqual(before);
    const b = await bytesOf(other);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('reads a backup in parts: any chunk size, a Blob or bytes, gives the same store and the same bytes again', async () => {
    await fill(db);
    await putWordings(db, [{ area: 'reconsideration', wording: '受理', metric: 'reconsideration.cases_accepted', unit: '件' }], 1_700_000_000_000);
    const a = await bytesOf(db);
    for (const chunkBytes of [1, 7, 64, 4096]) {
      for (const source of [a, new Blob([a])]) {
        const other = await dbs.open();
        const seen: number[] = [];
        const r = await restoreBackup(other, source, 'backup.json', { confirm: false, chunkBytes, onProgress: (p, d) => p === 'read' && seen.push(d) });
        expect(r).toMatchObject({ ok: true, value: { datasets: ['bundled', 'csv-a', 'user-a'] } });
        expect(seen.at(-1)).toBe(a.byteLength);
        expect(seen.length).toBe(Math.ceil(a.byteLength / chunkBytes) + 1);
        expect(await listWordings(other)).toEqual(await listWordings(db));
        expect(Buffer.from(await bytesOf(other)).equals(Buffer.from(a))).toBe(true);
      }
    }
  });

  it('restores a backup whose members were reordered and indented by hand, as JSON.parse read it before', async () => {
    await fill(db);
    const a = await bytesOf(db);
    const env = JSON.parse(new TextDecoder().decode(a)) as Record<string, unknown>;
    const edited = JSON.stringify({ datasets: env.datasets, version: env.version, format: env.format }, null, 2);
    const other = await dbs.open();
    const r = await restoreBackup(other, new Uint8Array([0xef, 0xbb, 0xbf, ...enc(edited)]), 'edited.json', { confirm: false, chunkBytes: 1000 });
    expect(r).toMatchObject({ ok: true, value: { datasets: ['bundled', 'csv-a', 'user-a'] } });
    expect(Buffer.from(await bytesOf(other)).equals(Buffer.from(a))).toBe(true);
  });

  it('a damaged dataset late in a backup read in parts leaves the store as it was', async () => {
    await fill(db);
    const text = new TextDecoder().decode(await bytesOf(db));
    const other = await dbs.open();
    await importFile(other, enc(tinyDataset('kept')), 'k.json', 'json', { replace: false });
    const before = await snapshot(other);
    // user-a is the last dataset: bundled and csv-a were read and checked before the damage is met
    const at = text.lastIndexOf('"value":100');
    const damaged = `${text.slice(0, at)}"value":101${text.slice(at + '"value":100'.length)}`;
    const r = await restoreBackup(other, enc(damaged), 'b.json', { confirm: true, chunkBytes: 100 });
    expect(!r.ok && r.errors.kind === 'invalid' && r.errors.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['backup_hash_mismatch', 'datasets.2.sha256']]);
    const cut = await restoreBackup(other, enc(text.slice(0, -5)), 'b.json', { confirm: true, chunkBytes: 100 });
    expect(!cut.ok && cut.errors.kind === 'invalid' && cut.errors.issues[0]!.code).toBe('invalid_json');
    expect(await snapshot(other)).toEqual(before);
  });

  it('asks before replacing a dataset whose content differs, and replaces only with confirmation', async () => {
    await fill(db);
    const a = await bytesOf(db);
    const other = await dbs.open();
    await importFile(other, enc(tinyDataset('user-a', { jurisdictions: 1 })), 'a.json', 'json', { replace: false });
    await importFile(other, enc(tinyDataset('kept')), 'k.json', 'json', { replace: false });
    const before = await snapshot(other);
    const r = await restoreBackup(other, a, 'backup.json', { confirm: false });
    expect(r).toEqual({ ok: false, errors: { kind: 'conflicts', ids: ['user-a'] } });
    expect(await snapshot(other)).toEqual(before);
    const ok = await restoreBackup(other, a, 'backup.json', { confirm: true });
    expect(ok.ok).toBe(true);
    expect((await other.datasets.toArray()).map((d) => d.id).sort()).toEqual(['bundled', 'csv-a', 'kept', 'user-a']);
    expect((await other.jurisdictionBlocks.where('dataset').equals('user-a').count())).toBe(3);
  });

  it('refuses a changed or damaged backup and writes nothing', async () => {
    await fill(db);
    const text = new TextDecoder().decode(await bytesOf(db));
    const other = await dbs.open();
    const tampered = text.replace('"value":100', '"value":101');
    expect(tampered).not.toBe(text);
    const r = await restoreBackup(other, enc(tampered), 'b.json', { confirm: true });
    expect(r.ok).toBe(false);
    if (!r.ok && r.errors.kind === 'invalid') expect(r.errors.issues[0]).toMatchObject({ code: 'backup_hash_mismatch', file: 'b.json' });
    for (const bad of [text.slice(0, text.length / 2), '{}', '[]', 'null', '{"format":"rol-compare/backup","version":2,"datasets":[]}']) {
      const x = await restoreBackup(other, enc(bad), 'b.json', { confirm: true });
      expect(x.ok).toBe(false);
    }
    expect(await snapshot(other)).toEqual({ datasets: [], blocks: 0, metricBlocks: 0 });
  });

  it('validates every dataset inside a backup like an imported file, with the path into the backup', () => {
    const ds = tinyDataset('x') as unknown as { observations: { quote: string }[] };
    ds.observations[0]!.quote = 'nope';
    const env = { format: 'rol-compare/backup', version: 1, datasets: [{ origin: 'user', hash: 'h', bytes: 1, importedAt: 1, sha256: '0'.repeat(64), dataset: ds }] };
    const r = parseBackup(env, 'b.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: ['datasets', 0, 'dataset', 'observations', 0, 'quote'], code: 'quote_mismatch' });
    const wrongOrigin = { ...env, datasets: [{ ...env.datasets[0]!, origin: 'bundled', dataset: tinyDataset('x') }] };
    const r2 = parseBackup(wrongOrigin, 'b.json');
    expect(!r2.ok && r2.errors[0]!.code).toBe('reserved_id');
  });

  it('rolls back a restore that fails midway: all datasets or none', async () => {
    await fill(db);
    const a = await bytesOf(db);
    const other = await dbs.open();
    await importFile(other, enc(tinyDataset('kept')), 'k.json', 'json', { replace: false });
    const before = await snapshot(other);
    const original = other.metricBlocks.bulkPut.bind(other.metricBlocks);
    let calls = 0;
    other.metricBlocks.bulkPut = ((...args: Parameters<typeof original>) =>
      ++calls === 2 ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : original(...args)) as typeof original;
    const r = await restoreBackup(other, a, 'b.json', { confirm: true });
    other.metricBlocks.bulkPut = original;
    expect(r).toMatchObject({ ok: false, errors: { kind: 'store', error: 'quota' } });
    expect(await snapshot(other)).toEqual(before);
  });
});

describe('remembered wordings in backups', () => {
  const wording = (wording: string, metric: string) => ({ area: 'reconsideration', wording, metric, unit: '件' });

  it('restores a backup made before the indicator catalogue: its version 1 datasets are migrated, their sha256 checked on what the file holds', async () => {
    const ds = tinyDataset('old-user');
    const v1 = { ...ds, version: 1, metrics: [{ ...ds.metrics[0]!, id: 'litigation.cases', category: 'litigation' }], observations: ds.observations.map((o) => ({ ...o, metric: 'litigation.cases' })) };
    const sha = createHash('sha256').update(canonicalJson(v1)).digest('hex');
    const envelope = `{"format":"rol-compare/backup","version":1,"datasets":[{"bytes":10,"dataset":${canonicalJson(v1)},"hash":"${'c'.repeat(64)}","importedAt":5,"origin":"user","sha256":"${sha}"}]}\n`;
    const r = await restoreBackup(db, enc(envelope), 'old-backup.json', { confirm: false });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    const stored = await db.datasets.get('old-user');
    expect(stored!.metrics.map((m) => m.id)).toEqual(['litigation.cases_handled']);
    // a changed byte in the old dataset is still caught
    const damaged = envelope.replace('测试数据', '测试资料');
    expect(damaged).not.toBe(envelope);
    const bad = await restoreBackup(db, enc(damaged), 'old-backup.json', { confirm: true });
    expect(!bad.ok && bad.errors.kind === 'invalid' && bad.errors.issues.map((i) => i.code)).toEqual(['backup_hash_mismatch']);
  });

  it('a store without wordings backs up exactly as before: no wordings member', async () => {
    await fill(db);
    const text = new TextDecoder().decode(await bytesOf(db));
    expect(text).not.toContain('"wordings"');
    expect(text.endsWith('"}]}\n')).toBe(true);
  });

  it('round-trips the wordings byte for byte and restores them with the datasets', async () => {
    await fill(db);
    await putWordings(db, [wording('纠错决定', 'reconsideration.corrections'), wording('受理', 'reconsideration.cases_accepted')], 1_700_000_000_000);
    await putWordings(db, [wording('受理', 'reconsideration.cases_accepted')], 1_700_000_000_001);
    const a = await bytesOf(db);
    const text = new TextDecoder().decode(a);
    // after the datasets, in key order, members in code-unit order
    expect(text.endsWith(
      '],"wordings":[{"area":"reconsideration","key":"reconsideration|受理","metric":"reconsideration.cases_accepted","unit":"件","updatedAt":1700000000001,"uses":2,"wording":"受理"},' +
        '{"area":"reconsideration","key":"reconsideration|纠错决定","metric":"reconsideration.corrections","unit":"件","updatedAt":1700000000000,"uses":1,"wording":"纠错决定"}]}\n',
    )).toBe(true);
    const other = await dbs.open();
    const r = await restoreBackup(other, a, 'backup.json', { confirm: false });
    expect(r.ok).toBe(true);
    expect(await listWordings(other)).toEqual(await listWordings(db));
    expect(await snapshot(other)).toEqual(await snapshot(db));
    expect(Buffer.from(await bytesOf(other)).equals(Buffer.from(a))).toBe(true);
  });

  it('refuses a backup whose wordings are malformed, writing nothing', async () => {
    const row = { key: 'reconsideration|受理', area: 'reconsideration', wording: '受理', metric: 'reconsideration.cases_accepted', unit: '件', uses: 1, updatedAt: 1 };
    const env = (w: unknown) => ({ format: 'rol-compare/backup', version: 1, datasets: [], wordings: [w] });
    expect(parseBackupDocument(env(row), 'b.json')).toEqual({ ok: true, value: { entries: [], wordings: [row] } });
    for (const bad of [{ ...row, key: 'litigation|受理' }, { ...row, area: 'nowhere', key: 'nowhere|受理' }, { ...row, uses: 0 }, { ...row, extra: 1 }]) {
      expect(parseBackupDocument(env(bad), 'b.json').ok).toBe(false);
      const r = await restoreBackup(db, enc(env(bad)), 'b.json', { confirm: true });
      expect(r.ok).toBe(false);
    }
    expect(await listWordings(db)).toEqual([]);
  });
});
