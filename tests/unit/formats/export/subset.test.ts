import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSubset, exportDatasetId } from '../../../../src/formats/export/subset';
import { validateDataset } from '../../../../src/formats/validate';
import type { LocatedObservation } from '../../../../src/model/compare';
import type { Dataset } from '../../../../src/model/schema';
import { tinyDataset } from '../../../fixtures/factory';

const bundled = validateDataset(JSON.parse(readFileSync('public/data/bundled.json', 'utf8')));
if (!bundled.ok) throw new Error('bundled.json is invalid');
const ds: Dataset = bundled.value;

function located(d: Dataset): LocatedObservation[] {
  const jur = new Map(d.reports.map((r) => [r.id, r.jurisdiction]));
  return d.observations.map((o) => ({ ...o, jurisdiction: jur.get(o.report)!, dataset: d.id }));
}

function subsetOf(d: Dataset, shown: LocatedObservation[]) {
  return buildSubset({
    id: exportDatasetId('2026-11-22'),
    title: { zh: '导出', en: 'Export' },
    created: '2026-11-22T10:00:00.000Z',
    observations: shown,
    pool: located(d),
    reports: d.reports.map((r) => ({ ...r, dataset: d.id })),
    metrics: new Map(d.metrics.map((m) => [m.id, m])),
    jurisdictions: new Map(d.jurisdictions.map((j) => [j.id, j])),
  });
}

describe('buildSubset', () => {
  it('makes a valid dataset of the figures shown, with their reports, metrics and jurisdictions only', () => {
    const all = located(ds);
    const shown = all.filter((o) => o.report === 'wujin-2022' && o.metric.startsWith('licensing.'));
    expect(shown.length).toBeGreaterThan(0);
    const doc = subsetOf(ds, shown);
    const v = validateDataset(JSON.parse(JSON.stringify(doc)));
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(doc.id).toBe('export-2026-11-22');
    expect(doc.observations.map((o) => o.id).sort()).toEqual(shown.map((o) => o.id).sort());
    expect(doc.reports.map((r) => r.id)).toEqual(['wujin-2022']);
    expect(doc.jurisdictions.map((j) => j.id)).toEqual(['js.changzhou.wujin']);
    expect(new Set(doc.metrics.map((m) => m.id))).toEqual(new Set(shown.map((o) => o.metric)));
    // located observations and stored reports carry extra keys; the file does not
    for (const o of doc.observations) expect(Object.keys(o)).not.toContain('dataset');
    for (const o of doc.observations) expect(Object.keys(o)).not.toContain('jurisdiction');
    for (const r of doc.reports) expect(Object.keys(r)).not.toContain('dataset');
    // values are the dataset's
    const byId = new Map(ds.observations.map((o) => [o.id, o]));
    for (const o of doc.observations) expect(o).toEqual(byId.get(o.id));
  });

  it('brings along the inputs of a derived figure so its references resolve', () => {
    const all = located(ds);
    const derived = all.find((o) => o.derived)!;
    const doc = subsetOf(ds, [derived]);
    const ids = doc.observations.map((o) => o.id);
    for (const input of derived.derived!.inputs) expect(ids).toContain(input);
    const v = validateDataset(JSON.parse(JSON.stringify(doc)));
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it('exports the whole bundled dataset as a valid document', () => {
    const doc = subsetOf(ds, located(ds));
    const v = validateDataset(JSON.parse(JSON.stringify(doc)));
    expect(v.ok).toBe(true);
    expect(doc.observations).toHaveLength(ds.observations.length);
  });

  it('lists a figure once even when it is shown twice', () => {
    const d = tinyDataset('t', { jurisdictions: 2 });
    const shown = located(d);
    const doc = subsetOf(d, [...shown, ...shown]);
    expect(doc.observations).toHaveLength(shown.length);
    expect(validateDataset(doc).ok).toBe(true);
  });

  it('makes ids that the schema accepts', () => {
    expect(exportDatasetId('2026-11-22')).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(exportDatasetId('二〇二六/1')).toMatch(/^export-[A-Za-z0-9_.:-]+$/);
  });
});
