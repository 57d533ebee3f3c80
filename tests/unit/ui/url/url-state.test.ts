import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultState, parseUrlState, serialiseUrlState, type UrlState } from '../../../../src/ui/url/url-state';
import { upgradeMetricIds } from '../../../../src/ui/url/legacy-metric-ids';

describe('URL codec', () => {
  it('the default state is the empty query', () => {
    expect(serialiseUrlState(defaultState())).toBe('');
    expect(parseUrlState('')).toEqual(defaultState());
  });

  it('round-trips a full state', () => {
    const s: UrlState = {
      ...defaultState(),
      view: 'rank', lang: 'en', jurisdictions: ['a.b', 'c'], categories: ['mediation'], metrics: ['m.x'],
      year: 2022, sameYear: true, nearYear: true, perCapita: true, compositePerCapita: false, peerOf: 'a.b', peerBy: ['city'], peerPopMin: 50, peerPopMax: 200, rankMetric: 'm.x', rankYear: 2021, weights: { 'cat:mediation': 2, 'm.x': 0.5 },
      normalisation: 'zscore', missing: 'exclude', minCoverage: 34, tiers: true, profile: 'a.b', report: 'r1', offset: 120, search: '行政复议',
    };
    const q = serialiseUrlState(s);
    expect(parseUrlState(q)).toEqual(s);
    expect(serialiseUrlState(parseUrlState(q))).toBe(q);
  });

  it('keeps figures per 10,000 residents as pc=1, off by default', () => {
    expect(defaultState().perCapita).toBe(false);
    expect(serialiseUrlState({ ...defaultState(), perCapita: true })).toBe('?pc=1');
    expect(parseUrlState('?pc=1').perCapita).toBe(true);
    expect(parseUrlState('?pc=0').perCapita).toBe(false);
    expect(parseUrlState('?pc=yes').perCapita).toBe(false);
  });

  it('keeps the composite per head unless cpc=0, and a peer group as pf, pb, pmin, pmax', () => {
    expect(defaultState().compositePerCapita).toBe(true);
    expect(serialiseUrlState({ ...defaultState(), compositePerCapita: false })).toBe('?cpc=0');
    expect(parseUrlState('?cpc=1').compositePerCapita).toBe(true);
    expect(serialiseUrlState({ ...defaultState(), peerOf: 'cn.320412' })).toBe('?pf=cn.320412');
    const s = parseUrlState('?pf=cn.320412&pb=city,level,bogus&pmin=10&pmax=999999');
    expect(s.peerBy).toEqual(['level', 'city']);
    expect(s.peerPopMin).toBe(10);
    expect(s.peerPopMax).toBeNull();
    expect(parseUrlState('?pb=').peerBy).toEqual([]);
    expect(serialiseUrlState({ ...defaultState(), peerBy: [] })).toBe('?pb=');
  });

  it('keeps the nearest-year option as near=1 and the composite’s minimum coverage as mc (default 50 %)', () => {
    expect(parseUrlState('?near=1').nearYear).toBe(true);
    expect(serialiseUrlState({ ...defaultState(), nearYear: true })).toBe('?near=1');
    expect(defaultState().minCoverage).toBe(50);
    expect(parseUrlState('?mc=0').minCoverage).toBe(0);
    expect(parseUrlState('?mc=101').minCoverage).toBe(50);
    expect(serialiseUrlState({ ...defaultState(), minCoverage: 100 })).toBe('?mc=100');
  });

  it('reads a link made before the indicator catalogue: old metric ids become the indicators they name', () => {
    const s = parseUrlState('?m=licensing.one_thing_items,litigation.cases,mediation.disputes_mediated&rm=litigation.cases&w=litigation.cases~3');
    expect(upgradeMetricIds(s)).toEqual({
      metrics: ['licensing.one_thing_packages', 'litigation.cases_handled', 'mediation.disputes_mediated'],
      rankMetric: 'litigation.cases_handled',
      weights: { 'litigation.cases_handled': 3 },
    });
    expect(upgradeMetricIds(parseUrlState('?m=mediation.disputes_mediated&rm=mediation.success_rate'))).toBeNull();
  });

  it('ignores malformed values and keeps defaults', () => {
    const s = parseUrlState('?v=hack&lang=fr&y=20x&c=mediation,bogus&w=__proto__~1,a~-3,b~2&o=-1&j=<script>,ok');
    expect(s.view).toBe('compare');
    expect(s.lang).toBe('zh');
    expect(s.year).toBeNull();
    expect(s.categories).toEqual(['mediation']);
    expect(s.weights).toEqual({ b: 2 });
    expect(({} as Record<string, unknown>).b).toBeUndefined();
    expect(s.offset).toBeNull();
    expect(s.jurisdictions).toEqual(['ok']);
  });

  it('parse never throws and serialise∘parse is stable for any query', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const s = parseUrlState(q);
        expect(parseUrlState(serialiseUrlState(s))).toEqual(s);
      }),
    );
  });
});
