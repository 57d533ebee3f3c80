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
import { ROOT, writeDatasetJson } from '../../../../../scripts/lib/bench-dataset';
import { loadGazetteerPlaces } from '../../../../../scripts/lib/gazetteer';
import { LEVEL_OF_KIND, makePlaces, maxJurisdictions, placeTiers } from '../../../../../scripts/lib/synth/places';

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
      expect(j.short.zh).toMatch(/^[\u4e00-\u9fff]{2,}(\([\u4e00-\u9fff]+\))?$/);
      expect(j.name.en.length).toBeGreaterThan(0);
      expect(j.province.en).toMatch(/^[A-Z]/);
    }
    expect(new Set(ds.jurisdictions.map((j) => j.name.zh)).size).toBe(ds.jurisdictions.length);
  });
});

describe('the jurisdictions are places of the gazetteer', () => {
  const places = loadGazetteerPlaces(join(ROOT, 'data', 'gazetteer'));
  const byId = new Map(places.map((p) => [p.id, p]));
  const tiers = placeTiers(places);
  const max = maxJurisdictions(places);

  it('with their ids, codes, names, levels, provinces and parents; current places only', () => {
    expect(ds.jurisdictions).toHaveLength(opts.jurisdictions);
    for (const j of ds.jurisdictions) {
      const p = byId.get(j.id)!;
      expect(p, j.id).toBeDefined();
      expect(j.id).toBe(`cn.${p.code}`);
      expect(j.code).toBe(p.code);
      expect(p.abolished).toBeUndefined();
      expect(j.abolished).toBeUndefined();
      expect(j.name.zh.endsWith(p.name.zh)).toBe(true);
      expect(p.fullName.endsWith(j.name.zh)).toBe(true);
      expect(j.short.zh.startsWith(p.short)).toBe(true);
      expect(j.level).toBe(LEVEL_OF_KIND[p.kind]);
      const province = byId.get(p.province?.id ?? p.id)!;
      expect(j.province).toEqual({ zh: province.short, en: province.name.en });
      if (p.city && p.city.id !== p.id) expect(j.parent).toBe(p.city.id);
    }
    // in order of code
    const codes = ds.jurisdictions.map((j) => j.code!);
    expect([...codes].sort()).toEqual(codes);
  });

  it('takes county-level units first (a seeded sample), then zones, prefectures and provinces', () => {
    const county = new Set(tiers[0]!.map((p) => p.id));
    expect(tiers[0]!.length).toBeGreaterThan(2800);
    expect(tiers[0]!.length).toBeLessThan(2900);
    expect(ds.jurisdictions.every((j) => county.has(j.id))).toBe(true);
    const ids = (seed: number, n: number) => makePlaces(n, mulberry32(seed), places).jurisdictions.map((j) => j.id);
    expect(ids(1, 200)).toEqual(ids(1, 200));
    expect(ids(2, 200)).not.toEqual(ids(1, 200));
    // all the county-level units and some zones
    const more = ids(1, tiers[0]!.length + 10);
    expect(more.filter((id) => county.has(id))).toHaveLength(tiers[0]!.length);
    expect(more.filter((id) => byId.get(id)!.kind === 'zone')).toHaveLength(10);
    // everything: every level, and nothing twice
    const all = makePlaces(max, mulberry32(1), places).jurisdictions;
    expect(new Set(all.map((j) => j.id)).size).toBe(max);
    expect(new Set(all.map((j) => j.level))).toEqual(new Set(['province', 'city', 'district', 'county', 'zone']));
    expect(all.filter((j) => j.level === 'province')).toHaveLength(31);
    expect(() => makePlaces(max + 1, mulberry32(1), places)).toThrow(/at most/);
  });

  it('makes a valid dataset of every place, and the same bytes for the same seed', () => {
    const o = { jurisdictions: max, years: 1, metrics: 14, seed: 4 };
    const every = generateDataset(o).dataset;
    const v = validateDataset(every);
    expect(v.ok ? [] : v.errors.slice(0, 5)).toEqual([]);
    expect(every.jurisdictions).toHaveLength(max);
    expect(JSON.stringify(generateDataset(o).dataset)).toBe(JSON.stringify(every));
  });

  it('gives no two places the same short name, telling namesakes apart by their city', () => {
    const all = makePlaces(max, mulberry32(1), places).jurisdictions;
    expect(new Set(all.map((j) => j.short.zh)).size).toBe(all.length);
    expect(new Set(all.map((j) => j.short.en)).size).toBe(all.length);
    const short = new Map(all.map((j) => [j.code, j.short.zh]));
    expect(short.get('350102')).toBe('鼓楼(福州)');
    expect(short.get('320106')).toBe('鼓楼(南京)');
    expect(short.get('110105')).toBe('朝阳(北京)');
    expect(short.get('320412')).toBe('武进');
    expect(short.get('320000')).toBe('江苏');
  });

  it('scales counts with population: a larger place gets larger counts, rates do not follow', () => {
    const big = generateDataset({ jurisdictions: 400, years: 3, metrics: 40, seed: 5 }).dataset;
    const pop = new Map(big.jurisdictions.map((j) => [j.id, byId.get(j.id)!.population]));
    const jOf = new Map(big.reports.map((r) => [r.id, r.jurisdiction]));
    const meanBy = (metric: string) => {
      const sums = new Map<string, [number, number]>();
      for (const o of big.observations) {
        if (o.metric !== metric || o.id.endsWith('p')) continue;
        const j = jOf.get(o.report)!;
        const s = sums.get(j) ?? [0, 0];
        sums.set(j, [s[0] + o.value, s[1] + 1]);
      }
      return [...sums].map(([j, [sum, n]]) => [pop.get(j)!, sum / n] as const);
    };
    const counts = meanBy('legal_services.legal_aid_civil');
    expect(counts.length).toBeGreaterThan(300);
    expect(pearson(counts.map(([p]) => p), counts.map(([, v]) => v))).toBeGreaterThan(0.5);
    expect(pearson(counts.map(([p]) => Math.log(p)), counts.map(([, v]) => Math.log(v)))).toBeGreaterThan(0.6);
    const rate = METRIC_TEMPLATES.find((m) => m.style === 'rate' && !m.derive && big.metrics.some((x) => x.id === m.id))!;
    const rates = meanBy(rate.id);
    expect(rates.length).toBeGreaterThan(200);
    expect(Math.abs(pearson(rates.map(([p]) => Math.log(p)), rates.map(([, v]) => v)))).toBeLessThan(0.2);
    // per head, the counts of places ten times larger are of the same order (elasticity 0.8–1)
    const perHead = counts.map(([p, v]) => v / p).sort((a, b) => a - b);
    expect(perHead[Math.floor(perHead.length * 0.9)]! / perHead[Math.floor(perHead.length * 0.1)]!).toBeLessThan(12);
  });
});

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

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
