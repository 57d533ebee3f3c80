/**
 * What review offers first for a figure: the indicators its words point to, then the catalogue's nearest to its
 * clause. Offered, never chosen. Texts written for these tests, in the style of the reports.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index';
import { unitFit } from '../../../src/extract/indicator';
import { clauseWords, pairsOf, similarIndicators } from '../../../src/extract/similar';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';
import type { Indicator } from '../../../src/model/indicators';

const indicators = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators')).indicators;
const fits = (i: Indicator, u: string) => unitFit(i, u) > 0;

function figure(text: string, fig: string) {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators });
  const c = r.observations.find((o) => o.figure === fig);
  if (!c) throw new Error(`no figure ${fig} in ${r.observations.map((o) => o.figure).join(' ')}`);
  return c;
}

describe('character pairs and clause words', () => {
  it('pairs never cross punctuation or digits', () => {
    expect(pairsOf('受理案件12件,办结')).toEqual(['受理', '理案', '案件', '办结']);
  });
  it('a clause is read back to its last stop and forward to the next, across 、', () => {
    const hay = '全年共推出302个政务服务事项、105个告知承诺事项,对28个证明事项';
    const at = hay.indexOf('105个');
    expect(clauseWords(hay, at, at + 4)).toEqual({ before: '全年共推出302个政务服务事项、', after: '告知承诺事项' });
  });
});

describe('the nearest indicators', () => {
  it('rank by the clause’s words: the noun after a count weighs most', () => {
    const near = similarIndicators(indicators, { before: '依法办理', after: '公证事项', kind: 'count', unit: '件', area: 'legal_services', fits }, 3);
    expect(near[0]).toBe('legal_services.notarizations');
  });
  it('leave out indicators whose kind or unit cannot be the figure’s', () => {
    const near = similarIndicators(indicators, { before: '法律援助', after: '', kind: 'count', unit: '人', area: 'legal_services', fits }, 10);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    expect(near.length).toBeGreaterThan(0);
    for (const id of near) {
      expect(byId.get(id)!.kind).toBe('count');
      expect(fits(byId.get(id)!, '人')).toBe(true);
    }
    expect(similarIndicators(indicators, { before: '法律援助', after: '', kind: 'change', unit: '%', area: 'legal_services', fits }, 3)).toEqual([]);
  });
  it('offer nothing for words that share nothing with the catalogue', () => {
    expect(similarIndicators(indicators, { before: '', after: '', kind: 'count', unit: '个', area: 'capacity', fits }, 3)).toEqual([]);
  });
});

describe('a figure’s suggestions', () => {
  it('a figure without an indicator is offered the near ones, its own never among them', () => {
    // the noun after the count names two indicators of the catalogue (告知承诺 of permits and of certificates)
    const c = figure('全区共推出302个政务服务事项、105个告知承诺事项,对28个证明事项采取告知承诺制。', '105个');
    expect(c.indicator).toBe('licensing.unclassified');
    expect(c.suggested?.length).toBeGreaterThan(0);
    expect(c.suggested).toContain('licensing.permit_commitment_items');
    expect(c.suggested!.length).toBeLessThanOrEqual(3);
  });
  it('a figure with an indicator keeps it, and the suggestions are others', () => {
    const c = figure('全年办理法律援助案件1200件。', '1200件');
    expect(c.indicator).toBe('legal_services.legal_aid_cases');
    expect(c.suggested ?? []).not.toContain('legal_services.legal_aid_cases');
  });
  it('a change has none', () => {
    const c = figure('全年办理法律援助案件1200件,同比增长12%。', '同比增长12%');
    expect(c.suggested).toBeUndefined();
  });
});
