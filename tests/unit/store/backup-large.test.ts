/**
 * A backup larger than the largest file a single import reads (MAX_IMPORT_BYTES, about the largest JavaScript
 * string) is written and restored: built from generated datasets as Blob parts, exactly as exportBackup writes it
 * (tests/fixtures/large-backup.ts), restored through the same code path as the app, and exported again byte for
 * byte. About 30 s and 2.5 GB here.
 */
import { freshDbs } from '../../fixtures/fresh-db';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../src/store/backup';
import { MAX_IMPORT_BYTES } from '../../../src/store/import';
import { LARGE_BACKUP_IDS, largeBackup } from '../../fixtures/large-backup';

const dbs = freshDbs('backup-large');

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
    const backup = await largeBackup();
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
    expect(r.value.datasets).toEqual([...LARGE_BACKUP_IDS]);
    expect(r.value.observations).toBe(5 * 1000 * 4);
    expect(lastRead).toBe(backup.size);
    expect([...phases]).toEqual(expect.arrayContaining(['read', 'write', 'done']));
    const again = await exportBackup(db, 1_700_000_000_000);
    expect(again.bytes).toBe(backup.size);
    expect(await sameBytes(again.blob, backup)).toBe(true);
  });
});
