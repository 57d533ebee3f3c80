/**
 * Out-of-sample check of the extractor: a report written for this test in the style of the real ones, with other
 * figures and wording, labelled by hand. The eval over the five curated reports (npm run extract:eval) is in-sample.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract';
import type { Category, Qualifier } from '../../../src/model/schema';

const TEXT = `当前位置: 首页 > 政务公开 > 法治政府建设
某某市2022年法治政府建设年度报告
2022年,某某市深入推进法治政府建设,各项工作取得新进展。
一、主要工作
(一)深化“放管服”改革。全市推出“一件事一次办”集成服务48项,政务服务事项网上可办率达98.7%,企业开办时间压缩至0.5个工作日。
(二)加强行政复议工作。全年共收到行政复议申请321件,依法受理287件,审结265件,直接纠错率为12.3%。
(三)做好行政应诉。行政机关负责人出庭应诉率达100%,行政诉讼案件败诉率同比下降3.2个百分点。
(四)化解矛盾纠纷。全市各级人民调解组织调解矛盾纠纷2.3万余件,调解成功率99.1%,涉及金额约4.6亿元。
(五)优化公共法律服务。办理法律援助案件1876件,为农民工讨薪2100余万元;建成村(社区)法律顾问全覆盖,开展普法活动近600场。
(六)12345热线。全年受理群众诉求56.2万件,按时办结率97.35%。
二、下一步工作
2023年,我市将力争新增“一件事”集成服务20项以上。
分享到:
打印此页|关闭窗口`;

const EXPECTED: [Category, number, Qualifier][] = [
  ['licensing', 48, 'exact'],
  ['licensing', 98.7, 'exact'],
  ['licensing', 0.5, 'exact'],
  ['reconsideration', 321, 'exact'],
  ['reconsideration', 287, 'exact'],
  ['reconsideration', 265, 'exact'],
  ['reconsideration', 12.3, 'exact'],
  ['litigation', 100, 'exact'],
  ['litigation', -3.2, 'exact'],
  ['mediation', 23000, 'at_least'],
  ['mediation', 99.1, 'exact'],
  ['mediation', 460000000, 'approx'],
  ['legal_services', 1876, 'exact'],
  ['legal_services', 21000000, 'at_least'],
  ['publicity', 600, 'approx'],
  ['hotline', 562000, 'exact'],
  ['hotline', 97.35, 'exact'],
];

describe('extractor on a report it has not seen', () => {
  const { observations } = extractReport({ text: TEXT, reportId: 'x', period: 2022, metrics: [], practices: [] });
  const key = (c: Category, v: number, q: Qualifier) => `${c}|${v}|${q}`;
  const got = observations.map((o) => key(o.category, o.value, o.qualifier));
  const want = EXPECTED.map(([c, v, q]) => key(c, v, q));
  const matched = want.filter((w) => got.includes(w)).length;
  const recall = matched / want.length;
  const precision = matched / Math.max(1, got.length);

  it('finds the figures with category, value and qualifier above the floors (recall ≥ 0.9, precision ≥ 0.85)', () => {
    const missed = want.filter((w) => !got.includes(w));
    const extra = got.filter((g) => !want.includes(g));
    expect({ recall, precision, missed, extra }).toMatchObject({ recall: expect.any(Number) });
    expect(recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    expect(precision, `extra: ${extra.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('skips the page chrome, the next-year target and keeps quotes verbatim', () => {
    expect(observations.some((o) => o.value === 20)).toBe(false);
    for (const o of observations) expect(TEXT.slice(o.offset, o.offset + o.quote.length)).toBe(o.quote);
  });
});
