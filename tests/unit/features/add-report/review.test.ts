import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  acceptedCandidates,
  changeArea,
  chooseIndicator,
  idForRow,
  initialRows,
  isEdited,
  nameSpecific,
  reviewedDataset,
  rowMetric,
  updateRow,
  type ReviewRow,
} from '../../../../src/features/add-report/review';
import { extractReport } from '../../../../src/extract';
import { jurisdictionFor, specificId } from '../../../../src/extract/to-dataset';
import { indicatorById } from '../../../../src/model/indicators';
import { loadIndicatorCatalogue } from '../../../../scripts/lib/indicators';
import { validateDataset } from '../../../../src/formats/validate';

const text = '2023年,全年共调解矛盾纠纷3200余件,办理法律援助案件512件。收到行政复议申请86件。';

describe('review of extracted figures', () => {
  const result = extractReport({ text, reportId: 'x.2023', period: 2023, metrics: [], practices: [] });
  it('starts from the candidates, applies accept/reject and edits, and saves only what was accepted', () => {
    let rows = initialRows(result.observations, 0);
    expect(rows.map((r) => r.candidate.figure)).toEqual(['3200余件', '512件', '86件']);
    rows = updateRow(rows, rows[1]!.key, { value: 513 });
    rows = updateRow(rows, rows[2]!.key, { accepted: false });
    expect(isEdited(rows[1]!)).toBe(true);
    expect(acceptedCandidates(rows).map((c) => c.value)).toEqual([3200, 513]);
    const ds = reviewedDataset(
      { jurisdiction: jurisdictionFor('某某县'), period: 2023, title: '某某县报告', source: 'a.txt', script: 'simplified', text, indicators: [], practices: [], reportId: 'x.2023' },
      rows,
      result,
      '2026-11-22',
    );
    const v = validateDataset(ds);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(ds.observations.map((o) => [o.value, o.qualifier])).toEqual([[3200, 'at_least'], [513, 'exact']]);
    expect(ds.observations[1]!.note!.zh).toContain('修改');
  });
});

describe('mapping rows to indicators', () => {
  const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', '..', 'data', 'indicators'));
  const text2 = '2023年,全县收到行政复议申请120件,同比增长15.4%。开展培训班24场。';
  const result2 = extractReport({ text: text2, reportId: 'x.2023', period: 2023, metrics: [], practices: [], indicators });
  const rows0 = initialRows(result2.observations, 0);
  const row = (rows: readonly ReviewRow[], figure: string) => rows.find((r) => r.candidate.figure.endsWith(figure))!;
  const ind = (id: string) => indicatorById(indicators, id)!;

  it('a chosen indicator sets the row\'s area; a change figure takes the change of the indicator chosen', () => {
    let rows = chooseIndicator(rows0, row(rows0, '24场').key, ind('publicity.lecture_sessions'));
    expect(row(rows, '24场')).toMatchObject({ indicator: 'publicity.lecture_sessions', category: 'publicity', source: 'person' });
    rows = chooseIndicator(rows, row(rows, '15.4%').key, ind('reconsideration.cases_accepted'));
    expect(row(rows, '15.4%').indicator).toBe('reconsideration.cases_accepted.change');
    const pp = { ...row(rows, '15.4%'), candidate: { ...row(rows, '15.4%').candidate, unit: '个百分点' } };
    expect(idForRow(pp, ind('reconsideration.correction_rate'))).toBe('reconsideration.correction_rate.change_pp');
    rows = chooseIndicator(rows, row(rows, '24场').key, null);
    expect(row(rows, '24场')).toMatchObject({ indicator: 'publicity.unclassified', source: 'person' });
    expect(rowMetric(row(rows, '24场'), indicators).mapped).toBe(false);
    rows = changeArea(rows, row(rows, '120件').key, 'litigation');
    expect(row(rows, '120件')).toMatchObject({ category: 'litigation', indicator: 'litigation.unclassified' });
  });

  it('shows a row as the metric it is saved as: the indicator with its definition, or the named figure', () => {
    const m = rowMetric(row(rows0, '120件'), indicators);
    expect(m).toMatchObject({ mapped: true, metric: { id: 'reconsideration.cases_received', description: ind('reconsideration.cases_received').definition } });
    const named = nameSpecific(rows0, row(rows0, '24场').key, { zh: ' 培训班场次 ', en: '' });
    expect(row(named, '24场').specific).toEqual({ zh: '培训班场次', en: '培训班场次' });
    expect(rowMetric(row(named, '24场'), indicators)).toMatchObject({ mapped: true, metric: { specific: true, name: { zh: '培训班场次' }, unit: { zh: '场' } } });
    expect(nameSpecific(rows0, row(rows0, '24场').key, { zh: '   ' })).toEqual(rows0);
  });

  it('saves the mapped indicators and the named figure as a valid format-2 dataset', () => {
    let rows = chooseIndicator(rows0, row(rows0, '15.4%').key, ind('reconsideration.cases_received'));
    rows = nameSpecific(rows, row(rows, '24场').key, { zh: '培训班场次', en: 'Training sessions' });
    const ds = reviewedDataset(
      { jurisdiction: jurisdictionFor('某县'), period: 2023, title: '某县报告', source: 'a.txt', script: 'simplified', text: text2, indicators, practices: [], reportId: 'x.2023' },
      rows,
      result2,
      '2026-12-01',
    );
    const v = validateDataset(ds);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(ds.observations.map((o) => o.metric)).toEqual(['reconsideration.cases_received', 'reconsideration.cases_received.change', specificId(row(rows0, '24场').category, '培训班场次')]);
    expect(ds.metrics.find((m) => m.specific)).toMatchObject({ name: { zh: '培训班场次', en: 'Training sessions' } });
    expect(ds.observations[2]!.note!.zh).toContain('修改');
    expect(ds.observations[0]!.note!.zh).not.toContain('修改');
  });
});
