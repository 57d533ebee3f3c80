import { describe, expect, it } from 'vitest';
import { mixedScripts, stripInvisible } from '../../../src/formats/name-clean';
import { validateDataset, type DatasetIssue } from '../../../src/formats/validate';
import { validateParsed, type ImportIssue } from '../../../src/formats/parse-dataset';
import { parseCsvDataset } from '../../../src/formats/csv-dataset';
import { tinyDataset } from '../../fixtures/factory';
import { tinyCsvRows, toCsv } from '../../fixtures/csv';

const RLO = '\u202E';
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
/** "Wujin" with Cyrillic і (U+0456) */
const FAKE_WUJIN = 'Wuj\u0456n';

describe('stripInvisible', () => {
  it('removes every bidi control and zero-width character and names each once', () => {
    for (const c of [...CONTROLS, ...ZERO_WIDTH]) {
      const r = stripInvisible(`武${c}进${c}`);
      expect(r.text).toBe('武进');
      expect(r.removed).toEqual([`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`]);
    }
    expect(stripInvisible(`${RLO}2022–2023 · Wujin`)).toEqual({ text: '2022–2023 · Wujin', removed: ['U+202E'] });
    expect(stripInvisible('常州市武进区')).toEqual({ text: '常州市武进区', removed: [] });
  });
});

describe('mixedScripts', () => {
  it('finds Cyrillic or Greek look-alikes inside a Latin or Han word', () => {
    expect(mixedScripts(FAKE_WUJIN)).toBe('Cyrillic+Latin');
    expect(mixedScripts('W\u043Ej\u0456n District')).toBe('Cyrillic+Latin'); // о, і
    expect(mixedScripts('武进\u043E区')).toBe('Cyrillic+Han');
    expect(mixedScripts('\u03BFdessa')).toBe('Greek+Latin'); // Greek omicron
  });
  it('leaves one-script words alone, and words of different scripts side by side', () => {
    expect(mixedScripts('Wujin District, Changzhou')).toBeNull();
    expect(mixedScripts('常州市武进区')).toBeNull();
    expect(mixedScripts('Москва / Moscow')).toBeNull();
    expect(mixedScripts('Ma\u2019anshan')).toBeNull();
  });
});

describe('names cleaned at import (JSON)', () => {
  it('removes invisible characters from every name field, with a warning naming the path and the field', () => {
    const ds = tinyDataset('names', { jurisdictions: 2 });
    ds.title = { zh: `测试${RLO}`, en: 'Test' };
    ds.jurisdictions[0]!.name = { zh: `武\u200B进区`, en: `${RLO}nijuW` };
    ds.jurisdictions[0]!.short = { zh: '武\u200D进', en: 'Wujin\u2066' };
    ds.jurisdictions[1]!.province = { zh: '江苏\u200F', en: 'Jiangsu' };
    ds.reports[0]!.title = `报告\u2060标题`;
    ds.metrics[0]!.name = { zh: `调解\uFEFF数`, en: 'Disputes mediated' };
    const warnings: DatasetIssue[] = [];
    const r = validateDataset(ds, 200, { warnings });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.title.zh).toBe('测试');
    expect(r.value.jurisdictions[0]!.name).toEqual({ zh: '武进区', en: 'nijuW' });
    expect(r.value.jurisdictions[0]!.short).toEqual({ zh: '武进', en: 'Wujin' });
    expect(r.value.jurisdictions[1]!.province.zh).toBe('江苏');
    expect(r.value.reports[0]!.title).toBe('报告标题');
    expect(r.value.metrics[0]!.name.zh).toBe('调解数');
    const where = warnings.map((w) => [w.code, w.path.join('/'), w.params?.field]);
    expect(where).toEqual([
      ['name_invisible', 'title/zh', 'title.zh'],
      ['name_invisible', 'jurisdictions/0/name/zh', 'name.zh'],
      ['name_invisible', 'jurisdictions/0/name/en', 'name.en'],
      ['name_invisible', 'jurisdictions/0/short/zh', 'short.zh'],
      ['name_invisible', 'jurisdictions/0/short/en', 'short.en'],
      ['name_invisible', 'jurisdictions/1/province/zh', 'province.zh'],
      ['name_invisible', 'reports/0/title', 'title'],
      ['name_invisible', 'metrics/0/name/zh', 'name.zh'],
    ]);
    expect(warnings[2]!.params?.chars).toBe('U+202E');
    // the report's text and quotes are left as written
    expect(r.value.observations.every((o, i) => o.quote === ds.observations[i]!.quote)).toBe(true);
  });

  it('copies an element before cleaning it (the input is the caller’s)', () => {
    const ds = tinyDataset('copy', { jurisdictions: 1 });
    ds.jurisdictions[0]!.name = { zh: `武进${RLO}`, en: 'Wujin' };
    const before = ds.jurisdictions[0]!;
    const r = validateDataset(ds, 200, { reuseInput: true });
    expect(r.ok && r.value.jurisdictions[0]!.name.zh).toBe('武进');
    expect(before.name.zh).toBe(`武进${RLO}`);
  });

  it('warns of a name mixing Cyrillic look-alikes with Latin, and keeps it', () => {
    const ds = tinyDataset('mixed', { jurisdictions: 1 });
    ds.jurisdictions[0]!.short = { zh: '武进', en: FAKE_WUJIN };
    const warnings: DatasetIssue[] = [];
    const r2 = validateDataset(ds, 200, { warnings });
    expect(r2.ok && r2.value.jurisdictions[0]!.short.en).toBe(FAKE_WUJIN);
    expect(warnings).toMatchObject([{ code: 'name_mixed_script', path: ['jurisdictions', 0, 'short', 'en'], params: { field: 'short.en', scripts: 'Cyrillic+Latin' } }]);
  });

  it('refuses a name that is nothing but invisible characters', () => {
    const ds = tinyDataset('empty', { jurisdictions: 1 });
    ds.jurisdictions[0]!.short = { zh: '\u200B\u200B', en: 'T0' };
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'name_invisible_only', path: ['jurisdictions', 0, 'short', 'zh'] });
  });

  it('names the file in each warning of a JSON file', () => {
    const ds = tinyDataset('file', { jurisdictions: 1 });
    ds.jurisdictions[0]!.name = { zh: `${RLO}武进`, en: 'Wujin' };
    const warnings: DatasetIssue[] = [];
    const r = validateParsed(JSON.parse(JSON.stringify(ds)), 'evil.json', { warnings });
    expect(r.ok).toBe(true);
    expect(warnings).toMatchObject([{ file: 'evil.json', code: 'name_invisible', path: ['jurisdictions', 0, 'name', 'zh'], params: { field: 'name.zh', chars: 'U+202E', name: '武进' } }]);
  });
});

describe('names cleaned at import (CSV)', () => {
  it('warns at the row and column of each cleaned name, with the file', () => {
    const rows = tinyCsvRows(2);
    // jurisdiction c.j1 is defined on rows 4 and 5 (header row 1)
    rows[2]!.jurisdiction_name_en = `${RLO}nijuW`;
    rows[3]!.jurisdiction_name_en = `${RLO}nijuW`;
    rows[0]!.metric_name_zh = `调解\u200B矛盾纠纷数`;
    rows[2]!.metric_name_zh = `调解\u200B矛盾纠纷数`;
    rows[2]!.jurisdiction_short_en = FAKE_WUJIN;
    rows[3]!.jurisdiction_short_en = FAKE_WUJIN;
    const warnings: ImportIssue[] = [];
    const r = parseCsvDataset(toCsv(rows), 'names.csv', { warnings });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.jurisdictions[1]!.name.en).toBe('nijuW');
    expect(r.value.metrics.find((m) => m.id === 'mediation.disputes_mediated')!.name.zh).toBe('调解矛盾纠纷数');
    expect(warnings.map((w) => [w.file, w.code, w.params?.row, w.params?.column])).toEqual([
      ['names.csv', 'name_invisible', 2, 'metric_name_zh'],
      ['names.csv', 'name_invisible', 4, 'jurisdiction_name_en'],
      ['names.csv', 'name_mixed_script', 4, 'jurisdiction_short_en'],
    ]);
  });
});
