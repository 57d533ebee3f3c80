import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractReport } from '../../../../src/extract';
import { applyRemembered, memorable, wordingOf, wordingsToRemember, type LearnedWording } from '../../../../src/features/add-report/wording-match';
import { chooseIndicator, initialRows, nameSpecific, updateRow, type ReviewRow } from '../../../../src/features/add-report/review';
import { indicatorById } from '../../../../src/model/indicators';
import { loadIndicatorCatalogue } from '../../../../scripts/lib/indicators';

const { indicators } = loadIndicatorCatalogue(join(__dirname, '..', '..', '..', '..', 'data', 'indicators'));
const at = (text: string, figure: string) => wordingOf(text, text.indexOf(figure));
const rowsOf = (text: string): ReviewRow[] =>
  initialRows(extractReport({ text, reportId: 'r', period: 2023, metrics: [], practices: [], indicators }).observations, 0);
const byFigure = (rows: readonly ReviewRow[], figure: string) => rows.find((r) => r.candidate.figure === figure)!;
const opts = { indicators, nameOf: () => undefined };

const FIRST = '2023年,全年共收到行政复议申请126件,其中撤销、变更、确认违法等纠错决定11件。开展“法律明白人”培训班24场。';
const SECOND = '2024年,全年收到行政复议申请140件,其中撤销、变更、确认违法等纠错决定9件。开展“法律明白人”培训班30场。';

describe('the words that name a figure', () => {
  it('are the text from the last clause boundary to the figure, without filler or a trailing 为', () => {
    expect(at(FIRST, '126件')).toBe('收到行政复议申请');
    expect(at(FIRST, '11件')).toBe('撤销、变更、确认违法等纠错决定');
    expect(at(FIRST, '24场')).toBe('开展“法律明白人”培训班');
    expect(at('直接纠错率为10.1%。', '10.1%')).toBe('直接纠错率');
    expect(at('办结率达到99%', '99%')).toBe('办结率');
    expect(at('受理118件,审结109件', '109件')).toBe('审结');
    // at most 40 characters back
    expect(at(`${'很'.repeat(60)}12件`, '12件')).toHaveLength(40);
  });

  it('are memorable only when they can name one figure', () => {
    expect(memorable('受理')).toBe(true);
    expect(memorable('撤销、变更、确认违法等纠错决定')).toBe(true);
    expect(memorable('同比增长')).toBe(false);
    expect(memorable('下降')).toBe(false);
    expect(memorable('件')).toBe(false);
    expect(memorable('')).toBe(false);
  });
});

describe('remembered wordings', () => {
  const taught = () => {
    let rows = rowsOf(FIRST);
    const corrections = indicatorById(indicators, 'reconsideration.corrections')!;
    rows = chooseIndicator(rows, byFigure(rows, '11件').key, corrections);
    rows = nameSpecific(rows, byFigure(rows, '24场').key, { zh: '法律明白人培训班场次' });
    return rows;
  };

  it('are learned from the rows a person mapped or named, not from the extractor\'s guesses or rejected rows', () => {
    const rows = taught();
    const learned = wordingsToRemember(rows, FIRST);
    expect(learned).toEqual([
      { area: 'reconsideration', wording: '撤销、变更、确认违法等纠错决定', metric: 'reconsideration.corrections', unit: '件' },
      { area: byFigure(rows, '24场').candidate.category, wording: '开展“法律明白人”培训班', metric: byFigure(rows, '24场').indicator, unit: '场' },
    ]);
    expect(byFigure(rows, '24场').indicator).toMatch(/\.specific_[0-9a-f]{8}$/);
    const rejected = updateRow(rows, byFigure(rows, '11件').key, { accepted: false });
    expect(wordingsToRemember(rejected, FIRST).map((w) => w.wording)).toEqual(['开展“法律明白人”培训班']);
    // choosing "not mapped" teaches nothing
    expect(wordingsToRemember(chooseIndicator(rowsOf(FIRST), byFigure(rowsOf(FIRST), '11件').key, null), FIRST)).toEqual([]);
  });

  it('map a later extraction\'s figures with the same words, area and unit, before the extractor\'s guess', () => {
    const learned = wordingsToRemember(taught(), FIRST);
    const specificId = learned[1]!.metric;
    const names = new Map([[specificId, { zh: '法律明白人培训班场次', en: 'Legal-understander training sessions' }]]);
    const rows = applyRemembered(rowsOf(SECOND), learned, SECOND, { indicators, nameOf: (id) => names.get(id) });
    expect(byFigure(rows, '9件')).toMatchObject({ indicator: 'reconsideration.corrections', source: 'remembered', category: 'reconsideration' });
    expect(byFigure(rows, '30场')).toMatchObject({ indicator: specificId, source: 'remembered', specific: names.get(specificId) });
    // other figures keep the extractor's guess
    expect(byFigure(rows, '140件')).toMatchObject({ indicator: 'reconsideration.cases_received', source: 'extractor' });
    // a remembered figure whose saved name is gone is named by its words
    const unnamed = applyRemembered(rowsOf(SECOND), learned, SECOND, opts);
    expect(byFigure(unnamed, '30场').specific).toEqual({ zh: '开展“法律明白人”培训班', en: '开展“法律明白人”培训班' });
  });

  it('do not apply in another area, in another unit, or for an indicator the catalogue no longer holds', () => {
    const w: LearnedWording = { area: 'reconsideration', wording: '撤销、变更、确认违法等纠错决定', metric: 'reconsideration.corrections', unit: '件' };
    const check = (x: Partial<LearnedWording>) => byFigure(applyRemembered(rowsOf(SECOND), [{ ...w, ...x }], SECOND, opts), '9件').source;
    expect(check({})).toBe('remembered');
    expect(check({ area: 'litigation' })).toBe('extractor');
    expect(check({ unit: '项' })).toBe('extractor');
    expect(check({ metric: 'reconsideration.no_longer_there' })).toBe('extractor');
    // a row the person already changed is left alone
    const rows = chooseIndicator(rowsOf(SECOND), byFigure(rowsOf(SECOND), '9件').key, null);
    expect(byFigure(applyRemembered(rows, [w], SECOND, opts), '9件').source).toBe('person');
  });

  it('read a traditional text in its simplified rendering', () => {
    const learned = wordingsToRemember(taught(), FIRST);
    const trad = '2024年,全年收到行政復議申請140件,其中撤銷、變更、確認違法等糾錯決定9件。';
    const simplified = '2024年,全年收到行政复议申请140件,其中撤销、变更、确认违法等纠错决定9件。';
    const rows = initialRows(extractReport({ text: trad, textSimplified: simplified, reportId: 'r', period: 2024, metrics: [], practices: [], indicators }).observations, 0);
    expect(byFigure(applyRemembered(rows, learned, simplified, opts), '9件').indicator).toBe('reconsideration.corrections');
  });
});
