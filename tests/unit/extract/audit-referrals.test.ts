import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract/index';
import { loadIndicatorCatalogue } from '../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', 'data', 'indicators'));

function read(text: string): Record<string, string> {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators, level: 'county' });
  return Object.fromEntries(r.observations.map((c) => [c.figure, c.indicator.endsWith('.unclassified') ? '-' : c.indicator]));
}

describe('referrals of problem leads', () => {
  it('are the audit referrals when audit refers them', () => {
    expect(read('全年审计移送问题线索12件。')['12件']).toBe('oversight.audit_referrals');
  });
  it('are no audit referrals when another body refers them', () => {
    expect(read('完善法治督察与纪检监察监督协作配合机制,全年向纪检监察机关移送问题线索120余个。')['120余个']).toBe('-');
  });
});
