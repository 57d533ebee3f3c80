import { describe, expect, it } from 'vitest';
import { boundsOf, checkBounds } from '../../../src/formats/value-bounds';
import { validateDataset } from '../../../src/formats/validate';
import { parseCsvDataset } from '../../../src/formats/csv-dataset';
import type { Metric } from '../../../src/model/schema';
import { tinyDataset } from '../../fixtures/factory';
import { tinyCsvRows, toCsv } from '../../fixtures/csv';

const m = (id: string, kind: Metric['kind'], unit = { zh: '件', en: 'cases' }): Pick<Metric, 'id' | 'kind' | 'unit'> => ({ id, kind, unit });
const pct = { zh: '%', en: '%' };

describe('the plausible range of a figure, by kind and unit', () => {
  it('one bound per kind, documented in docs/dataset-format.md', () => {
    expect(boundsOf(m('x', 'count'))).toEqual({ min: 0, max: 1e12 });
    expect(boundsOf(m('mediation.success_rate', 'rate', pct))).toEqual({ min: 0, max: 100 });
    expect(boundsOf(m('legal_services.legal_aid_target_completion', 'rate', pct))).toEqual({ min: 0, max: 1000 });
    // a rate no catalogue indicator defines may be a completion against a target (吕梁: 完成率124.39%)
    expect(boundsOf(m('legal_services.unclassified', 'rate', pct))).toEqual({ min: 0, max: 1000 });
    expect(boundsOf(m('legal_services.specific_ab12cd', 'rate', pct))).toEqual({ min: 0, max: 1000 });
    expect(boundsOf(m('legal_services.unclassified_rate_pct', 'rate', pct))).toEqual({ min: 0, max: 1000 });
    expect(boundsOf({ ...m('legal_services.free_consultation_rate', 'rate', pct), specific: true })).toEqual({ min: 0, max: 1000 });
    expect(boundsOf(m('legal_services.legal_aid_rate', 'rate', pct))).toEqual({ min: 0, max: 100 });
    expect(boundsOf(m('x.change', 'change', pct))).toEqual({ min: -100, max: 1e5 });
    expect(boundsOf(m('x.change_pp', 'change', pct))).toEqual({ min: -100, max: 100 });
    expect(boundsOf(m('x', 'change'))).toEqual({ min: -1e12, max: 1e12 });
    expect(boundsOf(m('x', 'amount', { zh: '元', en: 'yuan' }))).toEqual({ min: -1e15, max: 1e15 });
    expect(boundsOf(m('x', 'duration', { zh: '个工作日', en: 'working days' }))).toEqual({ min: 0, max: 1e5 });
    expect(boundsOf(m('x', 'index', { zh: '位', en: 'rank' }))).toEqual({ min: -1e6, max: 1e6 });
  });
});

describe('figures outside their range are refused at import', () => {
  it('1e308 cases: refused at its path, naming the field and the range', () => {
    const ds = tinyDataset('huge', { jurisdictions: 2 });
    ds.observations[0] = { ...ds.observations[0]!, value: 1e308 };
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toMatchObject([
        { path: ['observations', 0, 'value'], code: 'value_out_of_bounds', params: { field: 'value', value: '1e+308', min: '0', max: '1,000,000,000,000', kind: 'count' } },
      ]);
  });

  it('a range whose upper end is out of bounds is refused at valueMax; a negative count at value', () => {
    const ds = tinyDataset('range', { jurisdictions: 2 });
    ds.observations[0] = { ...ds.observations[0]!, qualifier: 'range', valueMax: 2e12 };
    ds.observations[1] = { ...ds.observations[1]!, value: -5 };
    const issues = checkBounds(ds, 200);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['observations.0.valueMax', 'observations.1.value']);
  });

  it('a rate of 150 % is refused; a completion rate of 205 % against a target is not', () => {
    const ds = tinyDataset('rates', { jurisdictions: 1 });
    const rate: Metric = { id: 'mediation.success_rate', category: 'mediation', name: { zh: '调解成功率', en: 'Mediation success rate' }, unit: pct, kind: 'rate', better: 'higher' };
    const target: Metric = { ...rate, id: 'legal_services.legal_aid_target_completion', category: 'legal_services' };
    ds.metrics = [...ds.metrics, rate, target];
    const o = ds.observations[0]!;
    ds.observations = [...ds.observations, { ...o, id: 'r1', metric: rate.id, value: 150 }, { ...o, id: 'r2', metric: target.id, value: 205.09 }];
    expect(checkBounds(ds, 200).map((i) => [i.path.join('.'), i.params?.metric])).toEqual([[`observations.${ds.observations.length - 2}.value`, 'mediation.success_rate']]);
  });

  it('in a CSV file: the row and the column', () => {
    const rows = tinyCsvRows(2);
    rows[2]!.value = '1e308';
    const r = parseCsvDataset(toCsv(rows), 'huge.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((i) => [i.file, i.code, i.params?.row, i.params?.column])).toContainEqual(['huge.csv', 'value_out_of_bounds', 4, 'value']);
  });
});
