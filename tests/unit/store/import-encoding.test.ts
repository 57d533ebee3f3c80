import { freshDbs } from '../../fixtures/fresh-db';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { RolDb } from '../../../src/store/db';
import { importFile } from '../../../src/store/import';
import { tinyDataset } from '../../fixtures/factory';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));
const dbs = freshDbs('import-encoding');
let db: RolDb;
beforeEach(async () => {
  db = await dbs.open();
});

describe('imports say the encoding they read a file in', () => {
  it.each([
    ['big5.csv', 'big5'],
    ['gb18030.csv', 'gb18030'],
    ['utf16le.csv', 'utf-16le'],
    ['utf16be.csv', 'utf-16be'],
    ['utf8.csv', 'utf-8'],
  ] as const)('%s: imported, read as %s', async (file, encoding) => {
    const r = await importFile(db, fixture(file), file, 'csv', { replace: false });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (r.ok) expect(r.value.encoding).toBe(encoding);
  });

  it('refuses a file that decodes to implausible text, naming the file; writes nothing', async () => {
    const r = await importFile(db, fixture('shift-jis.csv'), '東京.csv', 'csv', { replace: false });
    expect(r.ok).toBe(false);
    if (!r.ok && r.errors.kind === 'invalid') {
      expect(r.errors.issues).toMatchObject([{ file: '東京.csv', code: 'implausible_text' }]);
      expect(r.errors.encoding).toMatch(/^(gb18030|big5)$/);
    } else throw new Error(JSON.stringify(r));
    expect(await db.datasets.count()).toBe(0);
  });

  it('a JSON file says the encoding it was read in', async () => {
    const ds = tinyDataset('json-utf8', { jurisdictions: 1 });
    const r = await importFile(db, new TextEncoder().encode(JSON.stringify(ds)), 'a.json', 'json', { replace: false });
    expect(r.ok && r.value.encoding).toBe('utf-8');
  });
});
