import { freshDbs } from '../../fixtures/fresh-db';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RolDb } from '../../../src/store/db';
import { clearWordings, listWordings, putWordings, writeWordingsInTransaction, type WordingInput } from '../../../src/store/wordings';
import { importFile } from '../../../src/store/import';
import { tinyDataset } from '../../fixtures/factory';

const enc = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
const dbs = freshDbs('wordings');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});
const w = (wording: string, metric = 'reconsideration.corrections'): WordingInput => ({ area: 'reconsideration', wording, metric, unit: '件' });

describe('remembered wordings in the store', () => {
  it('puts, lists in key order, counts uses, and clears', async () => {
    await putWordings(db, [w('纠错决定'), w('受理', 'reconsideration.cases_accepted')], 1000);
    await putWordings(db, [w('纠错决定', 'reconsideration.correction_rate')], 2000);
    expect(await listWordings(db)).toEqual([
      { key: 'reconsideration|受理', area: 'reconsideration', wording: '受理', metric: 'reconsideration.cases_accepted', unit: '件', uses: 1, updatedAt: 1000 },
      { key: 'reconsideration|纠错决定', area: 'reconsideration', wording: '纠错决定', metric: 'reconsideration.correction_rate', unit: '件', uses: 2, updatedAt: 2000 },
    ]);
    await clearWordings(db);
    expect(await listWordings(db)).toEqual([]);
  });

  it('keeps at most the limit, the most recently used', async () => {
    await db.transaction('rw', db.wordings, async () => {
      await writeWordingsInTransaction(db, { learned: [w('a1'), w('a2'), w('a3')], now: 1 }, 4);
      await writeWordingsInTransaction(db, { learned: [w('b1'), w('b2')], now: 2 }, 4);
    });
    // the newest two and, among the older ones used as often, the first in key order
    expect((await listWordings(db)).map((r) => r.wording)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('are written with the dataset of the review in one transaction, and not at all when the save fails', async () => {
    const ds = tinyDataset('user-a');
    const r = await importFile(db, enc(ds), 'a.json', 'json', { replace: false, wordings: [w('纠错决定')] });
    expect(r.ok).toBe(true);
    expect((await listWordings(db)).map((x) => x.wording)).toEqual(['纠错决定']);
    // the same id again without replace: nothing is written, the wordings of this save neither
    const again = await importFile(db, enc(ds), 'a.json', 'json', { replace: false, wordings: [w('受理')] });
    expect(again).toMatchObject({ ok: false, errors: { kind: 'exists' } });
    expect((await listWordings(db)).map((x) => x.wording)).toEqual(['纠错决定']);
  });
});
