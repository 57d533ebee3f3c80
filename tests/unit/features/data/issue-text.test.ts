import { describe, expect, it } from 'vitest';
import '../../../../src/features/data/register-strings'; // the data view's strings, as DataView loads them
import { issueText } from '../../../../src/features/data/issue-text';
import { translator } from '../../../../src/i18n';
import type { ImportIssue } from '../../../../src/formats/parse-dataset';

describe('problem texts', () => {
  it('says where and what each problem is, in either language, with long values clipped', () => {
    const en = translator('en');
    const zh = translator('zh');
    const csv: ImportIssue = { file: 'f.csv', path: [], code: 'invalid_number', message: 'x', params: { row: 12, column: 'value', detail: '1,5' } };
    expect(issueText(csv, en, 'en')).toEqual({ where: 'f.csv, row 12, column value', what: '"1,5" is not a number (write it like 1234.5, without thousands separators)', detail: null });
    expect(issueText(csv, zh, 'zh').where).toBe('f.csv 第 12 行,列 value');
    const json: ImportIssue = { file: 'f.json', path: ['observations', 3, 'quote'], code: 'too_big', message: 'Too big: expected string to have <=5000 characters' };
    expect(issueText(json, en, 'en')).toEqual({ where: 'f.json observations[3].quote', what: 'too long or too large', detail: 'Too big: expected string to have <=5000 characters' });
    const big: ImportIssue = { file: 'h.json', path: [], code: 'too_large', message: '', params: { bytes: 600_000_000, limit: 512_000_000 } };
    expect(issueText(big, en, 'en').what).toBe('the file is too large (600 MB); the limit is 512 MB');
    // a backup has no size limit; only one part of it (a dataset's member) must fit in one string
    const part: ImportIssue = { file: 'b.json', path: ['datasets', 2, 'dataset', 'title'], code: 'backup_part_too_large', message: '', params: { bytes: 600_000_000, limit: 512_000_000 } };
    expect(issueText(part, en, 'en')).toMatchObject({ where: 'b.json datasets[2].dataset.title', what: 'this part of the backup is too large to read (over 512 MB); a backup as a whole has no size limit' });
    expect(issueText(part, zh, 'zh').what).toBe('备份中的这一部分太大(超过 512 MB),无法读取;备份本身的大小不受限制');
    const odd: ImportIssue = { file: 'x'.repeat(1000), path: [], code: '__proto__', message: `<b>${'y'.repeat(1000)}</b>` };
    const t = issueText(odd, en, 'en');
    expect(t.what).toBe('other problem');
    expect(t.where.length).toBeLessThan(400);
    expect(t.detail!.length).toBeLessThan(400);
  });

  it('names both places of a duplicate place (in a CSV file the first one’s row) and a population that is not a whole number above 0', () => {
    const en = translator('en');
    const zh = translator('zh');
    const params = { id: 'b', name: '常州市武进区', code: '320412', firstId: 'a', firstName: '武进区' };
    const json: ImportIssue = { file: 'f.json', path: ['jurisdictions', 1, 'code'], code: 'duplicate_place', message: '', params: { ...params, first: 0 } };
    expect(issueText(json, zh, 'zh')).toEqual({ where: 'f.json jurisdictions[1].code', what: '“常州市武进区”与“武进区”(a)是同一地区(代码 320412),一个文件中只能有一个', detail: null });
    const csv: ImportIssue = { file: 'f.csv', path: ['jurisdictions', 1, 'code'], code: 'duplicate_place', message: '', params: { ...params, firstRow: 2, row: 4, column: 'jurisdiction_code' } };
    expect(issueText(csv, en, 'en').what).toBe('"常州市武进区" and "武进区" (a) in row 2 are the same place (code 320412): a file may have it once');
    const pop: ImportIssue = { file: 'f.json', path: ['jurisdictions', 0, 'population', 'value'], code: 'not_positive_integer', message: '' };
    expect(issueText(pop, zh, 'zh')).toEqual({ where: 'f.json jurisdictions[0].population.value', what: '必须是大于 0 的整数', detail: null });
  });
});
