import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isUnclassified, searchIndicators, SEARCH_LIMIT } from '../../../../src/features/add-report/indicator-search';
import type { Indicator } from '../../../../src/model/indicators';
import { loadIndicatorCatalogue } from '../../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', '..', 'data', 'indicators'));
const ids = (q: string, area?: Indicator['area']) => searchIndicators(indicators, q, area ? { area } : {}).map((i) => i.id);

const ind = (id: string, zh: string, en: string, aliases: string[] = [], definition = '定义'): Indicator => ({
  id,
  area: id.split('.')[0] as Indicator['area'],
  task: 't',
  name: { zh, en },
  definition: { zh: definition, en: 'definition' },
  unit: { zh: '件', en: 'cases' },
  kind: 'count',
  better: 'neutral',
  comparability: { scope: 'whole_area', period: 'annual', basis: null },
  aliases,
});

describe('searchIndicators', () => {
  it('finds the catalogue indicators for 纠错 and 复议, name and alias prefix matches first', () => {
    const corr = ids('纠错');
    // 纠错 is an alias of the direct corrections count: equal beats starts-with beats contains
    expect(corr[0]).toBe('reconsideration.corrections');
    expect(corr).toEqual(expect.arrayContaining(['reconsideration.correction_rate', 'reconsideration.comprehensive_correction_rate', 'rulemaking.filing_corrections']));
    expect(ids('纠错率')[0]).toBe('reconsideration.correction_rate');
    const fy = ids('复议');
    expect(fy.length).toBeGreaterThan(10);
    expect(fy.length).toBeLessThanOrEqual(SEARCH_LIMIT);
    expect(fy.slice(0, 10).every((id) => id.startsWith('reconsideration.'))).toBe(true);
  });

  it('puts the suggested indicators first for an empty query, then the area\'s others, and leaves typed queries as ranked', () => {
    const list = [ind('mediation.a', '甲数', 'A'), ind('mediation.b', '乙数', 'B'), ind('hotline.c', '丙数', 'C'), ind('mediation.d', '丁数', 'D')];
    const got = (q: string) => searchIndicators(list, q, { area: 'mediation', suggested: ['hotline.c', 'mediation.d', 'gone.x'] }).map((i) => i.id);
    expect(got('')).toEqual(['hotline.c', 'mediation.d', 'mediation.a', 'mediation.b']);
    expect(got('甲')).toEqual(['mediation.a']);
    expect(searchIndicators(list, '', { area: 'mediation' }).map((i) => i.id)).toEqual(['mediation.a', 'mediation.b', 'mediation.d']);
  });

  it('matches English words, ids and definitions, and needs every word typed', () => {
    expect(ids('correction rate')[0]).toBe('reconsideration.correction_rate');
    expect(ids('legal_aid_cases')).toContain('legal_services.legal_aid_cases');
    expect(ids('Correction   RATE')).toEqual(ids('correction rate'));
    expect(ids('纠错 nonsense-word')).toEqual([]);
    // full-width input folds to half-width
    expect(ids('１２３４５')).toEqual(ids('12345'));
  });

  it('ranks by field (name equal, name prefix, name contains, id, definition), then the row\'s area, then catalogue order', () => {
    const list = [
      ind('mediation.a', '其他数', 'Other', [], '含有复议二字的定义'),
      ind('mediation.b', '包含复议的数', 'Contains'),
      ind('reconsideration.c', '复议申请数', 'Applications'),
      ind('litigation.d', '复议', 'Exact'),
      ind('litigation.fuyi_x', '无关数', 'Unrelated'),
      ind('reconsideration.e', '复议案件数', 'Cases'),
    ];
    expect(searchIndicators(list, '复议').map((i) => i.id)).toEqual(['litigation.d', 'reconsideration.c', 'reconsideration.e', 'mediation.b', 'mediation.a']);
    expect(searchIndicators(list, 'fuyi').map((i) => i.id)).toEqual(['litigation.fuyi_x']);
    // among equals, the row's area first
    const sameTier = [ind('mediation.x', '复议甲数', 'A'), ind('reconsideration.y', '复议乙数', 'B')];
    expect(searchIndicators(sameTier, '复议', { area: 'reconsideration' }).map((i) => i.id)).toEqual(['reconsideration.y', 'mediation.x']);
  });

  it('limits the results, leaves deprecated indicators out, and lists the row\'s area for an empty query', () => {
    const many = Array.from({ length: 50 }, (_, k) => ind(`hotline.t${k}`, `工单${k}数`, `Tickets ${k}`));
    expect(searchIndicators(many, '工单')).toHaveLength(SEARCH_LIMIT);
    expect(searchIndicators(many, '工单', { limit: 5 })).toHaveLength(5);
    const old = { ...ind('hotline.old', '工单旧数', 'Old'), deprecated: true, replaced_by: 'hotline.t1' };
    expect(searchIndicators([old, ...many], '工单旧').map((i) => i.id)).toEqual([]);
    const empty = searchIndicators(indicators, '  ', { area: 'litigation' });
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((i) => i.area === 'litigation')).toBe(true);
    expect(searchIndicators(indicators, '')).toEqual([]);
  });

  it('knows the unmapped ids', () => {
    expect(isUnclassified('reconsideration.unclassified')).toBe(true);
    expect(isUnclassified('capacity.unclassified_count_1a2b3c4d')).toBe(true);
    expect(isUnclassified('reconsideration.corrections')).toBe(false);
    expect(isUnclassified('capacity.specific_1a2b3c4d')).toBe(false);
  });
});
