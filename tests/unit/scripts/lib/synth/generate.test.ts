/** The national-scale generator (scripts/lib/synth/generate.ts): deterministic, valid, and with the texture of real reports. */
import { describe, expect, it } from 'vitest';
import { generateDataset, mulberry32, pickMetrics, METRIC_TEMPLATES } from '../../../../../scripts/lib/synth/generate';
import { validateDataset } from '../../../../../src/formats/validate';
import { parseFigureInQuote } from '../../../../../src/model/numbers';
import { computeDerived } from '../../../../../src/model/derived';
import { CATEGORIES } from '../../../../../src/model/schema';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDatasetJson } from '../../../../../scripts/lib/bench-dataset';

const opts = { jurisdictions: 60, years: 10, metrics: 40, seed: 1 };
const { dataset: ds, stats } = generateDataset(opts);

describe('generateDataset', () => {
  it('is deterministic for a seed, and another seed gives other data', () => {
    const again = generateDataset(opts).dataset;
    expect(JSON.stringify(again)).toBe(JSON.stringify(ds));
    const other = generateDataset({ ...opts, seed: 2 }).dataset;
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(ds));
    const r = mulberry32(42);
    const a = [r(), r(), r()];
    const r2 = mulberry32(42);
    expect([r2(), r2(), r2()]).toEqual(a);
  });

  it('is a valid rol-compare/dataset (every quote verbatim at its offset)', () => {
    const v = validateDataset(ds);
    expect(v.ok ? [] : v.errors.slice(0, 5)).toEqual([]);
    const text = new Map(ds.reports.map((r) => [r.id, r.text]));
    for (const o of ds.observations.slice(0, 2000)) expect(text.get(o.report)!.slice(o.offset, o.offset + o.quote.length)).toBe(o.quote);
  });

  it('has about jurisdictions × years × metrics observations, with gaps', () => {
    const cells = opts.jurisdictions * opts.years * opts.metrics;
    expect(ds.observations.length).toBeGreaterThan(cells * 0.93);
    expect(ds.observations.length).toBeLessThan(cells * 1.07);
    expect(stats.gapRate).toBeGreaterThan(0.08);
    expect(stats.gapRate).toBeLessThan(0.25);
    // not every jurisdiction has a report every year
    expect(ds.reports.length).toBeLessThan(opts.jurisdictions * opts.years);
    // not every report has every metric
    const perReport = new Map<string, Set<string>>();
    for (const o of ds.observations) {
      let s = perReport.get(o.report);
      if (!s) perReport.set(o.report, (s = new Set()));
      s.add(o.metric);
    }
    expect([...perReport.values()].filter((s) => s.size < opts.metrics).length).toBeGreaterThan(ds.reports.length * 0.9);
  });

  it('mixes qualifiers, periods and derived figures', () => {
    const n = ds.observations.length;
    const share = (q: string) => ds.observations.filter((o) => o.qualifier === q).length / n;
    expect(share('exact')).toBeGreaterThan(0.7);
    expect(share('at_least')).toBeGreaterThan(0.03);
    expect(share('approx')).toBeGreaterThan(0.02);
    expect(share('at_most')).toBeGreaterThan(0.005);
    expect(share('range')).toBeGreaterThan(0.005);
    expect(ds.observations.some((o) => o.figure?.includes('余'))).toBe(true);
    expect(ds.observations.some((o) => o.figure?.startsWith('超'))).toBe(true);
    expect(ds.observations.some((o) => o.figure?.includes('万'))).toBe(true);
    // a report citing the previous year's figure
    const periodOf = new Map(ds.reports.map((r) => [r.id, r.period]));
    const previous = ds.observations.filter((o) => o.period === periodOf.get(o.report)! - 1);
    expect(previous.length).toBeGreaterThan(n * 0.05);
    expect(previous.every((o) => o.quote.includes('上年'))).toBe(true);
    expect(ds.observations.filter((o) => o.derived).length).toBeGreaterThan(n * 0.03);
  });

  it('writes figures the number parser reads back to the stored value and qualifier', () => {
    const bad: string[] = [];
    for (const o of ds.observations) {
      if (o.derived) continue;
      const p = parseFigureInQuote(o.quote, o.figure!);
      if (!p || p.value !== o.value || p.qualifier !== o.qualifier || p.valueMax !== o.valueMax) bad.push(`${o.figure} → ${JSON.stringify(p)} ≠ ${o.value} ${o.qualifier}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('computes derived figures from their inputs, with a quote spanning them', () => {
    const byId = new Map(ds.observations.map((o) => [o.id, o]));
    for (const o of ds.observations.filter((x) => x.derived)) {
      const inputs = o.derived!.inputs.map((id) => byId.get(id)!);
      expect(computeDerived(o.derived!.formula, inputs)).toEqual({ value: o.value, qualifier: o.qualifier });
      for (const i of inputs) expect(o.quote).toContain(i.quote);
      expect(o.figure).toBeUndefined();
    }
  });

  it('spreads metrics over the 14 categories with sensible kinds, units and directions', () => {
    expect(new Set(ds.metrics.map((m) => m.category))).toEqual(new Set(CATEGORIES));
    for (const m of ds.metrics) {
      if (m.kind === 'rate' || m.kind === 'change') expect(m.unit.zh).toBe('%');
      if (m.kind === 'amount') expect(m.unit.zh).toBe('元');
    }
    expect(new Set(ds.metrics.map((m) => m.better))).toEqual(new Set(['higher', 'lower', 'neutral']));
    expect(new Set(ds.metrics.map((m) => m.id)).size).toBe(ds.metrics.length);
    // beyond the templates, numbered variants keep ids unique
    const many = pickMetrics(METRIC_TEMPLATES.length + 10);
    expect(new Set(many.map((m) => m.id)).size).toBe(many.length);
  });

  it('names jurisdictions in Chinese with English, under provinces', () => {
    for (const j of ds.jurisdictions) {
      expect(j.name.zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(j.short.zh).toMatch(/^[\u4e00-\u9fff]{2,5}$/);
      expect(j.name.en).toMatch(/^[A-Z]/);
    }
    expect(new Set(ds.jurisdictions.map((j) => j.name.zh)).size).toBe(ds.jurisdictions.length);
  });
});

describe('writeDatasetJson (npm run generate)', () => {
  it('streams exactly the bytes of JSON.stringify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rol-gen-'));
    try {
      const small = generateDataset({ jurisdictions: 4, years: 2, metrics: 14, seed: 3 }).dataset;
      const out = join(dir, 'd.json');
      const { bytes } = writeDatasetJson(small, out);
      const text = readFileSync(out, 'utf8');
      expect(text).toBe(JSON.stringify(small));
      expect(bytes).toBe(Buffer.byteLength(text));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
