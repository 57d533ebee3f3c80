/** The bundled dataset: every value re-derived from its quote, every quote at its offset, derived figures computed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import type { Dataset } from '../../../src/model/schema';
import { asMeasure, parseFigureInQuote } from '../../../src/model/numbers';
import { catalogueKind } from '../../../src/model/indicator-ids';
import { resolvePlace } from '../../../src/model/place-resolve';
import { bundledGazetteer } from '../model/gazetteer.fixture';
import { computeDerived } from '../../../src/model/derived';
import { validateDataset } from '../../../src/formats/validate';

const ds = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Dataset;
const reports = new Map(ds.reports.map((r) => [r.id, r]));

describe('the bundled dataset', () => {
  it('is valid', () => {
    const r = validateDataset(ds);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('every quote stands verbatim in its report at its offset (observations and mentions)', () => {
    const bad = [...ds.observations, ...ds.mentions].filter(
      (o) => reports.get(o.report)!.text.slice(o.offset, o.offset + o.quote.length) !== o.quote,
    );
    expect(bad.map((o) => o.id)).toEqual([]);
  });

  it('every value follows from the figure in its quote by the number parser', () => {
    const mismatches: string[] = [];
    const kind = new Map(ds.metrics.map((m) => [m.id, m.kind]));
    for (const o of ds.observations) {
      if (o.derived) continue;
      expect(o.figure, o.id).toBeDefined();
      expect(o.quote.includes(o.figure!), o.id).toBe(true);
      const read = parseFigureInQuote(o.quote, o.figure!);
      const p = read && asMeasure(read, kind.get(o.metric)!);
      if (!p || p.value !== o.value || p.qualifier !== o.qualifier || p.valueMax !== o.valueMax)
        mismatches.push(`${o.id}: ${o.figure} → ${JSON.stringify(p)} ≠ ${o.value} ${o.qualifier}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('derived figures are computed from their inputs, marked, and never typed', () => {
    const byId = new Map(ds.observations.map((o) => [o.id, o]));
    const derived = ds.observations.filter((o) => o.derived);
    expect(derived.length).toBeGreaterThanOrEqual(2);
    for (const o of derived) {
      const inputs = o.derived!.inputs.map((id) => byId.get(id)!);
      expect(computeDerived(o.derived!.formula, inputs)).toEqual({ value: o.value, qualifier: o.qualifier });
      expect(o.figure).toBeUndefined();
    }
    const acceptance = byId.get('lvliang-2023.reconsideration.acceptance_rate.2023')!;
    expect(acceptance.value).toBe(Math.round((444 / 574) * 10000) / 100);
    const conclusion = byId.get('lvliang-2023.reconsideration.conclusion_rate.2023')!;
    expect(conclusion.value).toBe(Math.round((416 / 444) * 10000) / 100);
  });

  it('holds the figures compared across reports (mediation, legal aid, reconsideration), with their qualifiers', () => {
    const find = (report: string, metric: string) => ds.observations.find((o) => o.report === report && o.metric === metric);
    // 武进 counts the disputes settled (成功调处), not all disputes mediated: another indicator
    expect(find('wujin-2022', 'mediation.disputes_mediated')).toBeUndefined();
    expect(find('wujin-2022', 'mediation.disputes_settled')).toMatchObject({ value: 15000, qualifier: 'at_least' });
    expect(find('jianggan-2020', 'mediation.disputes_mediated')).toMatchObject({ value: 6068, qualifier: 'exact' });
    expect(find('lvliang-2023', 'mediation.disputes_mediated')).toMatchObject({ value: 13000, qualifier: 'at_least' });
    expect(find('wujin-2022', 'legal_services.legal_aid_cases')).toMatchObject({ value: 1410 });
    // 吕梁's 2055 are the cases concluded by one programme, not the cases accepted
    expect(find('lvliang-2023', 'legal_services.legal_aid_cases_concluded')).toMatchObject({ value: 2055 });
    expect(find('sip-2022', 'reconsideration.cases_handled')).toMatchObject({ value: 117 });
    expect(find('lvliang-2023', 'reconsideration.cases_received')).toMatchObject({ value: 574 });
    expect(find('lvliang-2023', 'reconsideration.cases_accepted')).toMatchObject({ value: 444 });
    expect(find('lvliang-2023', 'reconsideration.cases_concluded')).toMatchObject({ value: 416 });
  });

  it('speaks the indicator catalogue: every metric is an indicator of it, or says it is report-specific', () => {
    for (const m of ds.metrics) expect(catalogueKind(m.id) === m.kind || (m.specific === true && !catalogueKind(m.id)), m.id).toBe(true);
    const specific = ds.metrics.filter((m) => m.specific).map((m) => m.id);
    expect(specific.sort()).toEqual(['publicity.column_fazhi_lvliang_episodes', 'publicity.column_pufa_zaixian_episodes']);
    // a reduction stated as the measure: 压缩50%以上 is a reduction rate of at least 50
    const find = (report: string, metric: string) => ds.observations.find((o) => o.report === report && o.metric === metric);
    expect(find('wujin-2022', 'licensing.one_thing_reduction_rate')).toMatchObject({ value: 50, qualifier: 'at_least', figure: '压缩50%以上' });
    expect(find('lvliang-2023', 'licensing.time_limit_compression_rate')).toMatchObject({ value: 20, qualifier: 'at_least' });
    // the two programmes 吕梁 names are summed into the catalogue's count, marked as derived
    expect(find('lvliang-2023', 'publicity.media_column_episodes')).toMatchObject({ value: 553, derived: { formula: 'sum' } });
    // indicators that two or more reports state
    const reporters = new Map<string, Set<string>>();
    for (const o of ds.observations) reporters.set(o.metric, (reporters.get(o.metric) ?? new Set()).add(o.report));
    expect([...reporters.values()].filter((r) => r.size >= 2).length).toBeGreaterThanOrEqual(11);
  });

  it('ties every bundled place to the gazetteer by its code, and the code and the name agree', () => {
    const { gazetteer } = bundledGazetteer();
    const codes = Object.fromEntries(ds.jurisdictions.map((j) => [j.short.zh, j.code]));
    expect(codes).toEqual({ 武进: '320412', 苏州工业园区: '320571', 江干: '330104', 南通: '320600', 吕梁: '141100' });
    for (const j of ds.jurisdictions) {
      const r = resolvePlace(gazetteer, { code: j.code!, name: j.name.zh });
      expect(r.kind, j.id).toBe('found');
      if (r.kind === 'found') expect(r.place.code).toBe(j.code);
    }
  });

  it('gives 南通 figures their own years and records 江干 as abolished', () => {
    const nt = ds.observations.filter((o) => o.report === 'nantong-2024');
    expect(new Set(nt.map((o) => o.period)).size).toBeGreaterThan(1);
    expect(ds.jurisdictions.find((j) => j.id === 'zj.hangzhou.jianggan')!.abolished?.year).toBe(2021);
  });

  it('keeps 吕梁 traditional, with a same-length simplified rendering made by opencc and damage notes', () => {
    const lv = reports.get('lvliang-2023')!;
    expect(lv.script).toBe('traditional');
    const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(lv.textSimplified).toBe(t2s(lv.text));
    expect(lv.textSimplified!.length).toBe(lv.text.length);
    const damaged = (lv.notes ?? []).filter((n) => n.kind === 'encoding_damage').map((n) => lv.text.slice(n.offset, n.offset + n.length));
    expect(damaged).toEqual(['?,F將', '?!皡瘟赫笸ā比脒x']);
  });

  it('has at least 30 practices, each mentioned, every mention a verified quote', () => {
    expect(ds.practices.length).toBeGreaterThanOrEqual(30);
    const mentioned = new Set(ds.mentions.map((m) => m.practice));
    expect(ds.practices.filter((p) => !mentioned.has(p.id)).map((p) => p.id)).toEqual([]);
  });
});
