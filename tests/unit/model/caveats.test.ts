import { describe, expect, it } from 'vitest';
import { CAVEAT_MARK, caveatLines, caveatMark, caveatNotes, caveatsText, caveatText, hasCaveats } from '../../../src/model/caveats';
import { caveatKindLabel, caveatNoteLabels } from '../../../src/i18n/caveats';
import { CAVEAT_KINDS } from '../../../src/model/constants';
import type { Caveat } from '../../../src/model/schema';

const cumulative: Caveat = { kind: 'cumulative', since: 2019, note: { zh: '自2019年起累计', en: 'since 2019' } };
const asOf: Caveat = { kind: 'as_of', note: { zh: '截至9月底', en: 'to the end of September' } };

describe('caveat text', () => {
  it('names the kind (with the year counting started) and the note, in the UI language', () => {
    expect(caveatText(cumulative, 'zh', caveatKindLabel('zh'))).toBe('累计(自2019年): 自2019年起累计');
    expect(caveatText(cumulative, 'en', caveatKindLabel('en'))).toBe('Cumulative (since 2019): since 2019');
    expect(caveatText(asOf, 'zh', caveatKindLabel('zh'))).toBe('截至年内某日: 截至9月底');
  });
  it('has words for every kind in both languages', () => {
    for (const kind of CAVEAT_KINDS)
      for (const lang of ['zh', 'en'] as const) {
        const word = caveatKindLabel(lang)(kind, undefined);
        expect(word, `${lang} ${kind}`).not.toContain('caveat.');
        expect(word.length).toBeGreaterThan(0);
      }
  });
  it('joins a figure’s caveats on one line (a CSV cell), empty without any', () => {
    expect(caveatsText([cumulative, asOf], 'zh', caveatKindLabel('zh'))).toBe('累计(自2019年): 自2019年起累计;截至年内某日: 截至9月底');
    expect(caveatsText([cumulative, asOf], 'en', caveatKindLabel('en'))).toBe('Cumulative (since 2019): since 2019; Up to a date in the year: to the end of September');
    expect(caveatsText(undefined, 'zh', caveatKindLabel('zh'))).toBe('');
    expect(caveatsText([], 'zh', caveatKindLabel('zh'))).toBe('');
  });
  it('marks a caveated figure with †, and nothing else', () => {
    expect(caveatMark([cumulative])).toBe(CAVEAT_MARK);
    expect(caveatMark(undefined)).toBe('');
    expect(caveatMark([])).toBe('');
    expect(hasCaveats([asOf])).toBe(true);
    expect(hasCaveats(undefined)).toBe(false);
  });
});

describe('caveat notes of an exported chart', () => {
  const figures = [
    { place: '武进', metric: '调解纠纷数', period: 2022, caveats: [cumulative, asOf] },
    { place: '园区', metric: '调解纠纷数', caveats: [asOf] },
  ];
  it('start with the key of †, then one line per caveat naming place, metric and year', () => {
    expect(caveatNotes(figures, 'zh', caveatNoteLabels('zh'))).toEqual([
      '† 口径说明:标 † 的数字与指标定义不完全可比,原因如下。',
      '† 武进 · 调解纠纷数 · 2022年: 累计(自2019年): 自2019年起累计',
      '† 武进 · 调解纠纷数 · 2022年: 截至年内某日: 截至9月底',
      '† 园区 · 调解纠纷数: 截至年内某日: 截至9月底',
    ]);
    expect(caveatLines(figures, 'en', caveatNoteLabels('en'))[0]).toBe('† 武进 · 调解纠纷数 · 2022: Cumulative (since 2019): since 2019');
  });
  it('are nothing when no figure has a caveat', () => {
    expect(caveatNotes([], 'zh', caveatNoteLabels('zh'))).toEqual([]);
  });
  it('stop at a limit and count the rest', () => {
    const notes = caveatNotes(figures, 'en', caveatNoteLabels('en'), 2);
    expect(notes).toHaveLength(4);
    expect(notes[3]).toBe('… and 1 more caveats (see the data CSV).');
  });
});
