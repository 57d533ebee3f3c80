import { describe, expect, it } from 'vitest';
import '../../../../src/features/data/register-strings';
import { issueText } from '../../../../src/features/data/issue-text';
import { encodingNote } from '../../../../src/features/data/actions';
import { translator } from '../../../../src/i18n';
import type { ImportIssue } from '../../../../src/formats/parse-dataset';

describe('warnings, encodings and bounds in the user’s language', () => {
  const en = translator('en');
  const zh = translator('zh');

  it('a cleaned name and a look-alike name, at their row and column, the scripts named in each language', () => {
    const cleaned: ImportIssue = { file: 'n.csv', path: [], code: 'name_invisible', message: '', params: { row: 4, column: 'jurisdiction_name_en', field: 'name.en', chars: 'U+202E', name: 'nijuW' } };
    expect(issueText(cleaned, en, 'en')).toEqual({
      where: 'n.csv, row 4, column jurisdiction_name_en',
      what: 'invisible characters U+202E (direction controls or zero-width characters) were removed from the name; it now reads "nijuW"',
      detail: null,
    });
    const mixed: ImportIssue = { file: 'n.json', path: ['jurisdictions', 1, 'short', 'en'], code: 'name_mixed_script', message: '', params: { field: 'short.en', scripts: 'Cyrillic+Latin', name: 'Wujіn' } };
    expect(issueText(mixed, en, 'en').what).toBe('the name "Wujіn" mixes Cyrillic and Latin letters in one word: look-alike letters may pass it off as another name');
    expect(issueText(mixed, zh, 'zh')).toMatchObject({ where: 'n.json jurisdictions[1].short.en', what: '名称“Wujіn”在一个词里混用了西里尔与拉丁字母,可能是冒充另一名称的形近字母' });
  });

  it('an implausible decoding names the encoding as people write it', () => {
    const bad: ImportIssue = { file: 't.csv', path: [], code: 'implausible_text', message: '', params: { encoding: 'gb18030', replaced: 0, score: 0.23 } };
    expect(issueText(bad, en, 'en').what).toMatch(/^decoded as GB18030, the text does not read as Chinese/);
    expect(encodingNote('a.csv', 'utf-16le')).toEqual([{ key: 'data.encoding.detected', params: { file: 'a.csv', encoding: 'UTF-16LE' } }]);
    expect(encodingNote('a.csv', undefined)).toEqual([]);
  });

  it('a figure out of bounds', () => {
    const huge: ImportIssue = { file: 'h.csv', path: [], code: 'value_out_of_bounds', message: '', params: { row: 2, column: 'value', value: '1e+308', min: '0', max: '1,000,000,000,000', unit: '件', kind: 'count' } };
    expect(issueText(huge, zh, 'zh').what).toBe('1e+308 超出此类数字的合理范围(0 至 1,000,000,000,000,单位 件),请检查是否多写了位数或单位');
  });
});
