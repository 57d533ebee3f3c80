import { describe, expect, it } from 'vitest';
import { acceptedCandidates, initialRows, isEdited, reviewedDataset, updateRow } from '../../../../src/features/add-report/review';
import { extractReport } from '../../../../src/extract';
import { jurisdictionFor } from '../../../../src/extract/to-dataset';
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
      { jurisdiction: jurisdictionFor('某某县'), period: 2023, title: '某某县报告', source: 'a.txt', script: 'simplified', text, catalogue: [], practices: [], reportId: 'x.2023' },
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
