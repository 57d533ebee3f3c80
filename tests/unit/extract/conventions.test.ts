import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract/index';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators'));

/** figure → [area, indicator or '-'] of a text read with the indicator catalogue */
function read(text: string): Record<string, [string, string]> {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators, level: 'county' });
  return Object.fromEntries(r.observations.map((c) => [c.figure, [c.category, c.indicator.endsWith('.unclassified') ? '-' : c.indicator]]));
}

describe('areas as a reader files them', () => {
  it('puts officials’ study and training without an indicator under publicity, with one under its indicator’s area', () => {
    expect(read('全县举办法治专题培训班3期,组织领导干部旁听庭审120人次。培训县处级领导干部86人。')).toEqual({
      '3期': ['publicity', '-'],
      '120人次': ['capacity', 'capacity.court_observers'],
      '86人': ['capacity', 'capacity.county_officials_trained'],
    });
  });
});
