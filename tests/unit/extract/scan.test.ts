import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index';

/** figure → [kind, value, unit] of a text read without a catalogue */
function read(text: string): Record<string, [string, number, string]> {
  const r = extractReport({ text, reportId: 't', period: 2023, metrics: [], practices: [], indicators: [], level: 'county' });
  return Object.fromEntries(r.observations.map((c) => [c.figure, [c.kind, c.value, c.unit]]));
}

describe('the scanner', () => {
  it('a change of a duration starts at its verb and is signed', () => {
    const r = read('推行容缺受理,企业开办时间平均减少12小时,审批时限缩短3个工作日。');
    expect(r['减少12小时']).toEqual(['change', -12, '小时']);
    expect(r['缩短3个工作日']).toEqual(['change', -3, '个工作日']);
  });

  it('a number the end of the text cuts off is a figure as written, with no unit', () => {
    expect(read('全年办理法律援助案件320件,调解纠纷58')['58']).toEqual(['count', 58, '']);
    expect(Object.keys(read('全年办理法律援助案件320件,调解纠纷58次'))).toContain('58次');
    expect(Object.keys(read('2023年,调解纠纷58起。第3条规定,'))).not.toContain('3');
    expect(Object.keys(read('全县调解纠纷58起。\n县司法局 2024'))).toEqual(['58起']);
  });

  it('a plenary session’s serial number is no count', () => {
    expect(Object.keys(read('全面落实十五届县委三次、四次全会精神,全年召开县政府常务会议4次。'))).toEqual(['4次']);
  });

  it('a service circle named by how far it reaches is no duration', () => {
    expect(Object.keys(read('打造15分钟政务服务圈,企业开办时间压缩至1个工作日。'))).toEqual(['1个工作日']);
  });

  it('全力争创 in a later clause does not make the results before it a plan; 力争 does', () => {
    expect(Object.keys(read('高质量完成104项创建指标,全力争创全国法治政府建设示范市。'))).toEqual(['104项']);
    expect(Object.keys(read('高质量完成104项创建指标,力争建成全国示范市。'))).toEqual([]);
  });
});
