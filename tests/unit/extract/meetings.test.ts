import { describe, expect, it } from 'vitest';
import { meetingIndicator } from '../../../src/extract/meetings';

/** the indicator of the count `figure` in `hay`, its phrase running from after the last comma before it */
function of(hay: string, figure: string): ReturnType<typeof meetingIndicator> {
  const at = hay.indexOf(figure);
  const start = hay.lastIndexOf(',', at) + 1;
  return meetingIndicator(hay, 0, { start, end: at }, { start: at, end: at + figure.length }, figure.replace(/^\d+/, ''));
}

describe('meetingIndicator: a study count whose body stands in the clause before', () => {
  it('is the body\u2019s when the clause before names that body alone', () => {
    expect(of('区委理论学习中心组把法治内容列入学习研讨内容,全年学习法律法规8次', '8次')).toBe('capacity.central_group_law_sessions');
  });
  it('is none when the body heads a list of kinds of study that the count totals', () => {
    expect(of('区委理论学习中心组常态化学法、领导干部述职述法,全年学法15次', '15次')).toBe('none');
  });
});
