import { describe, expect, it } from 'vitest';
import { parseCsvDataset, REQUIRED_COLUMNS } from '../../../src/formats/csv-dataset';
import { tinyCsvRows, toCsv, type CsvRow } from '../../fixtures/csv';

const parse = (csv: string) => parseCsvDataset(csv, 'f.csv');
const errorsOf = (csv: string) => {
  const r = parse(csv);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('CSV → dataset', () => {
  it('builds a valid dataset from the quote-only form (report text = the distinct quotes joined by newlines)', () => {
    const r = parse(toCsv(tinyCsvRows(2)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = r.value;
    expect(ds.id).toBe('csv-a');
    expect(ds.title).toEqual({ zh: 'CSV 测试', en: 'CSV test' });
    expect(ds.jurisdictions.map((j) => j.id)).toEqual(['c.j0', 'c.j1']);
    expect(ds.jurisdictions[0]!.short).toEqual({ zh: '测试县0', en: 'Test county 0' });
    expect(ds.metrics.map((m) => m.id)).toEqual(['mediation.disputes_mediated', 'legal_services.legal_aid_cases']);
    expect(ds.reports[0]!.text).toBe('全年调解矛盾纠纷100件\n办理法律援助案件10余件');
    expect(ds.reports[0]!.period).toBe(2023);
    expect(ds.reports[0]!.source).toBe('f.csv');
    const o = ds.observations[1]!;
    expect(o).toMatchObject({ id: 'row-3', value: 10, qualifier: 'at_least', offset: 13 });
    expect(ds.reports[0]!.text.slice(o.offset, o.offset + o.quote.length)).toBe(o.quote);
  });

  it('uses report_text when given: offsets are found, or checked when given', () => {
    const text = '2023年,全年调解矛盾纠纷100件,办理法律援助案件10余件。';
    const rows: CsvRow[] = tinyCsvRows(1).map((r) => ({ ...r }));
    rows[0]!.report_text = text;
    rows[1]!.offset = String(text.indexOf('办理'));
    const r = parse(toCsv(rows));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.reports[0]!.text).toBe(text);
      expect(r.value.observations.map((o) => o.offset)).toEqual([text.indexOf('全年'), text.indexOf('办理')]);
    }
    rows[1]!.offset = '0';
    const errs = errorsOf(toCsv(rows));
    expect(errs).toEqual([expect.objectContaining({ code: 'quote_mismatch', params: expect.objectContaining({ row: 3, column: 'quote' }) })]);
  });

  it('reports every problem with its row and column, all at once', () => {
    const rows = tinyCsvRows(2).map((r) => ({ ...r }));
    rows[0]!.value = '1,000'; // row 2
    rows[1]!.jurisdiction_level = 'village'; // row 3: conflicts with row 2
    rows[2]!.metric_kind = 'weird'; // row 4: conflicts with row 2's metric
    rows[3]!.qualifier = 'range'; // row 5: range without value_max
    rows[3]!.period = 'NaN';
    const errs = errorsOf(toCsv(rows));
    const brief = errs.map((e) => [e.code, e.params?.row, e.params?.column]);
    expect(brief).toEqual(
      expect.arrayContaining([
        ['invalid_number', 2, 'value'],
        ['conflicting_value', 3, 'jurisdiction_level'],
        ['conflicting_value', 4, 'metric_kind'],
        ['invalid_number', 5, 'period'],
        ['range_without_max', 5, 'value_max'],
      ]),
    );
    expect(errs.every((e) => e.file === 'f.csv')).toBe(true);
  });

  it('reads metric_specific: empty means "as the catalogue says"; yes on a catalogue indicator is refused at its row', () => {
    const rows = tinyCsvRows(1).map((r) => ({ ...r, metric_specific: '' }));
    rows[1]!.metric_id = 'legal_services.our_own_count';
    const r = parse(toCsv(rows));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.metrics.map((m) => [m.id, m.specific])).toEqual([['mediation.disputes_mediated', undefined], ['legal_services.our_own_count', true]]);
    rows[0]!.metric_specific = 'yes';
    rows[1]!.metric_specific = 'no';
    const brief = errorsOf(toCsv(rows)).map((e) => [e.code, e.params?.row, e.params?.column]);
    expect(brief).toEqual([
      ['specific_is_indicator', 2, 'metric_specific'],
      ['unknown_indicator', 3, 'metric_id'],
    ]);
  });

  it('maps schema problems of an entity to the row that defines it', () => {
    const rows = tinyCsvRows(1).map((r) => ({ ...r }));
    rows[0]!.jurisdiction_level = 'village';
    rows[1]!.jurisdiction_level = 'village';
    const errs = errorsOf(toCsv(rows));
    expect(errs).toEqual([expect.objectContaining({ code: 'invalid_value', params: { row: 2, column: 'jurisdiction_level' } })]);
  });

  it('refuses unknown, duplicate and missing columns, and rows of the wrong width', () => {
    const csv = toCsv(tinyCsvRows(1), ['dataset_id', '__proto__', 'dataset_id']);
    const codes = errorsOf(csv).map((e) => e.code);
    expect(codes).toContain('unknown_column');
    expect(codes).toContain('duplicate_column');
    expect(codes.filter((c) => c === 'missing_column')).toHaveLength(REQUIRED_COLUMNS.length - 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const good = toCsv(tinyCsvRows(1));
    const lines = good.split('\r\n');
    lines[2] += ',extra';
    expect(errorsOf(lines.join('\r\n'))).toEqual([
      expect.objectContaining({ code: 'field_count', params: expect.objectContaining({ row: 3 }) }),
    ]);
  });

  it('reports CSV syntax errors with the row', () => {
    const good = toCsv(tinyCsvRows(1));
    const errs = errorsOf(`${good}\r\n"unterminated,quote`);
    expect(errs[0]).toMatchObject({ code: 'csv_syntax' });
    expect(errs[0]!.params?.row).toBeGreaterThanOrEqual(4);
  });

  it('handles empty files, header-only files, blank lines and a BOM', () => {
    expect(errorsOf('')[0]!.code).toBe('empty_file');
    expect(errorsOf(' \n ')[0]!.code).toBe('empty_file');
    expect(errorsOf(REQUIRED_COLUMNS.join(','))[0]!.code).toBe('no_rows');
    const csv = toCsv(tinyCsvRows(1)).replace('\r\n', '\r\n\r\n');
    const r = parse(`\uFEFF${csv}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.observations.map((o) => o.id)).toEqual(['row-3', 'row-4']);
  });

  it('refuses NaN, Infinity and numbers with separators; stores −0 as 0', () => {
    for (const v of ['NaN', 'Infinity', '-Infinity', '1e999', '1,5', '五']) {
      const rows = tinyCsvRows(1).map((r) => ({ ...r }));
      rows[0]!.value = v;
      expect(errorsOf(toCsv(rows))).toEqual([expect.objectContaining({ code: 'invalid_number', params: expect.objectContaining({ row: 2, column: 'value' }) })]);
    }
    const rows = tinyCsvRows(1).map((r) => ({ ...r }));
    rows[0]!.value = '-0';
    const r = parse(toCsv(rows));
    expect(r.ok && Object.is(r.value.observations[0]!.value, 0)).toBe(true);
  });

  it('caps the number of problems', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ ...tinyCsvRows(1)[0]!, value: 'x', observation_id: `o${i}` }));
    expect(errorsOf(toCsv(rows))).toHaveLength(200);
  });
});
