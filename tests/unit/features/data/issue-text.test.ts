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
    const odd: ImportIssue = { file: 'x'.repeat(1000), path: [], code: '__proto__', message: `<b>${'y'.repeat(1000)}</b>` };
    const t = issueText(odd, en, 'en');
    expect(t.what).toBe('other problem');
    expect(t.where.length).toBeLessThan(400);
    expect(t.detail!.length).toBeLessThan(400);
  });
});
