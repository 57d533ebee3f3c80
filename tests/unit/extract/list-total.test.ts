import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract/index';
import { LIST_TOTAL } from '../../../src/extract/indicator';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators'));

function read(text: string): Record<string, string> {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators, level: 'county' });
  return Object.fromEntries(r.observations.map((c) => [c.figure, c.indicator.endsWith('.unclassified') ? '-' : c.indicator]));
}

describe('a count totalling a list closed by 等', () => {
  it('is no indicator of one member the lexicon rule named', () => {
    const r = read('全年各镇审查规范性文件、行政合同、重大行政执法决定等共计2174件。');
    expect(r['2174件']).toBe('-');
  });
  it('keeps the indicator when the documents reviewed are of one kind', () => {
    const r = read('全年审查规范性文件共计56件。');
    expect(r['56件']).toBe('rulemaking.normative_legality_reviews');
  });
  it('the list must be closed by 等 right before the figure', () => {
    expect(LIST_TOTAL.test('审查规范性文件、行政合同等共计')).toBe(true);
    expect(LIST_TOTAL.test('审查规范性文件、行政合同等文件')).toBe(false);
    expect(LIST_TOTAL.test('审查规范性文件')).toBe(false);
  });
});
