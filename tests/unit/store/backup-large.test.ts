/**
 * A backup larger than the largest file a single import reads (MAX_IMPORT_BYTES, about the largest JavaScript
 * string) is written and restored: built from generated datasets as Blob parts, exactly as exportBackup writes it,
 * restored through the same code path as the app, and exported again byte for byte.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../src/store/backup';
import { datasetParts, envelopeParts } from '../../../src/formats/backup-envelope';
import { MAX_IMPORT_BYTES, sha256Hex } from '../../../src/store/import';
import { largeDataset } from '../../fixtures/large';

const dbs = freshDbs('backup-large');

/** Five datasets of about 108 MB each (report texts of ~41,600 characters, mostly three-byte hanzi). */
async function generatedBackup(): Promise<Blob> {
  const entries = [];
  for (let k = 0; k < 5; k++) {
    const ds = largeDataset(`nation-${k}`, 1000, 41_600);
    const dataset = new Blob(datasetParts(ds), { type: 'application/json' });
    entries.push({
      id: ds.id,
      origin: 'user' as const,
      hash: `${k}`.repeat(64),
      bytes: dataset.size,
      importedAt: 1_700_000_000_000 + k,
      sha256: await sha256Hex(new Uint8Array(await dataset.arrayBuffer())),
      dataset,
    });
  }
  return new Blob(envelopeParts(entries), { type: 'application/json' });
}

async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  if (a.size !== b.size) return false;
  const step = 32 * 1024 * 1024;
  for (let at = 0; at < a.size; at += step) {
    const [x, y] = await Promise.all([a.slice(at, at + step).arrayBuffer(), b.slice(at, at + step).arrayBuffer()]);
    if (!Buffer.from(x).equals(Buffer.from(y))) return false;
  }
  return true;
}

describe('a backup larger than the largest single file', () => {
  it('is restored whole and exported again byte for byte', { timeout: 600_000 }, async () => {
    const backup = await generatedBackup();
    expect(backup.size).toBeGreaterThan(MAX_IMPORT_BYTES);
    const db = await dbs.open();
    const phases = new Set<string>();
    let lastRead = 0;
    const r = await restoreBackup(db, backup, 'nation.json', {
      confirm: false,
      onProgress: (phase, done, total) => {
        phases.add(phase);
        if (phase === 'read') {
          expect(done).toBeGreaterThanOrEqual(lastRead);
          expect(total).toBe(backup.size);
          lastRead = done;
        }
      },
    });
    expect(r.ok, JSON.stringify(!r.ok && r.errors).slice(0, 2000)).toBe(true);
    if (!r.ok) return;
    expect(r.value.datasets).toEqual(['nation-0', 'nation-1', 'nation-2', 'nation-3', 'nation-4']);
    expect(r.value.observations).toBe(5 * 1000 * 4);
    expect(lastRead).toBe(backup.size);
    expect([...phases]).toEqual(expect.arrayContaining(['read', 'write', 'done']));
    const again = await exportBackup(db, 1_700_000_000_000);
    expect(again.bytes).toBe(backup.size);
    expect(await sameBytes(again.blob, backup)).toBe(true);
  });
});
