import { describe, expect, it } from 'vitest';
import { validateDataset, formatPath } from '../../../src/formats/validate';
import { parseDatasetJson } from '../../../src/formats/parse-dataset';
import { tinyDataset } from '../../fixtures/factory';

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    const r = validateDataset(tinyDataset());
    expect(r.ok).toBe(true);
  });

  it('names the path of every problem, all at once', () => {
    const ds = tinyDataset() as unknown as { observations: Record<string, unknown>[]; reports: Record<string, unknown>[] };
    ds.observations[0]!.value = 'many';
    ds.observations[1]!.qualifier = 'lots';
    ds.reports[2]!.script = 'cursive';
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => formatPath(e.path));
    expect(paths).toEqual(expect.arrayContaining(['observations[0].value', 'observations[1].qualifier', 'reports[2].script']));
  });

  it('rejects quotes that do not stand in the text at their offset, duplicate ids and unknown references', () => {
    const ds = tinyDataset();
    ds.observations[0]!.offset += 1;
    ds.observations[1]!.id = ds.observations[2]!.id;
    ds.observations[2]!.metric = 'nope.metric';
    const r = validateDataset(ds);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.errors.map((e) => `${formatPath(e.path)}:${e.code}`);
    expect(codes).toContain('observations[0].quote:quote_mismatch');
    expect(codes).toContain('observations[2].id:duplicate_id');
    expect(codes).toContain('observations[2].metric:unknown_reference');
  });

  it('rejects __proto__ and constructor keys without polluting prototypes', () => {
    const text = JSON.stringify(tinyDataset()).replace('"format"', '"__proto__":{"polluted":1},"constructor":{"x":1},"format"');
    const r = parseDatasetJson(text, 'evil.json');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!r.ok) expect(r.errors[0]!.file).toBe('evil.json');
  });

  it('rejects NaN/Infinity (not JSON) and non-finite values, and reports a JSON syntax error', () => {
    expect(parseDatasetJson('{"format": NaN}', 'a.json').ok).toBe(false);
    const ds = tinyDataset() as unknown as { observations: { value: number }[] };
    ds.observations[0]!.value = Infinity;
    expect(validateDataset(ds).ok).toBe(false);
    const bad = parseDatasetJson('{"format": "rol-compare/dataset",', 'b.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.code).toBe('invalid_json');
  });

  it('turns −0 into 0', () => {
    const ds = tinyDataset();
    ds.observations[0]!.value = -0;
    const r = validateDataset(ds);
    expect(r.ok && Object.is(r.value.observations[0]!.value, 0)).toBe(true);
  });
});
