/**
 * The report check on the five bundled reports (expectations from reading their texts) and on small written texts.
 * Each finding is checked by the sentence it points at: the reader highlights sentenceAround(text, at), which must
 * be the finding's sentence and contain the expected words (in the simplified matching text).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContents, headings, type ContentCheck, type ContentKey, type Finding } from '../../../src/model/report-check';
import { matchingText, sentenceAround } from '../../../src/model/text';
import type { Dataset, Report } from '../../../src/model/schema';

const ds = JSON.parse(readFileSync('public/data/bundled.json', 'utf8')) as Dataset;
const report = (id: string): Report => ds.reports.find((r) => r.id === id)!;

/** per content: null (未找到) or [how, words the sentence contains] */
type Expect = Record<ContentKey, null | ['heading' | 'phrase', string]>;

const EXPECTED: Record<string, Expect> = {
  'wujin-2022': {
    measures: ['heading', '一、主要举措和成效'],
    shortcomings: ['heading', '二、存在的问题'],
    leaders: ['phrase', '将党政主要负责人履行推进法治建设第一责任人职责情况纳入领导班子和领导干部年终述职报告'],
    plans: ['heading', '三、2023年主要安排'],
    other: null,
  },
  'sip-2022': {
    measures: ['phrase', '现将2022年法治政府建设工作情况报告如下'],
    shortcomings: ['phrase', '但也存在一些薄弱环节'],
    leaders: ['heading', '党政主要负责人切实履行第一责任人职责'],
    plans: ['heading', '2023年,园区将重点做好以下工作'],
    other: null,
  },
  'jianggan-2020': {
    measures: ['heading', '一、主要举措和成效'],
    shortcomings: ['heading', '二、不足和原因'],
    leaders: ['heading', '三、党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况'],
    plans: ['heading', '四、2021年主要工作安排'],
    other: null,
  },
  // a news release, not an annual report: no shortcomings, no plans
  'nantong-2024': {
    measures: ['phrase', '全面推进法治政府建设,取得积极成效'],
    shortcomings: null,
    // the first mention is the title of a document (《…第一责任人职责评价办法》): passed over
    leaders: ['phrase', '将党政主要负责人履行推进法治建设第一责任人职责以“述法”形式纳入'],
    plans: null,
    other: null,
  },
  // traditional script: matched in its simplified copy, same offsets
  'lvliang-2023': {
    measures: ['phrase', '将有关情况报告如下'],
    shortcomings: ['phrase', '但还存在一些问题和不足'],
    leaders: ['phrase', '党政主要负责人高度重视法治建设工作,带头履行推进法治建设第一责任人职责'],
    plans: ['phrase', '下一步,将持续深入学习宣传贯彻习近平法治思想'],
    other: null,
  },
};

/** The finding's sentence is the one the reader highlights at `at`, and contains the words. */
function expectSentence(r: Pick<Report, 'text' | 'textSimplified'>, f: Finding, words: string) {
  const s = sentenceAround(r.text, f.at);
  expect({ offset: f.offset, length: f.length }).toEqual({ offset: s.offset, length: s.text.length });
  expect(matchingText(r).slice(f.offset, f.offset + f.length)).toContain(words);
  expect(f.at).toBeGreaterThanOrEqual(f.offset);
  expect(f.at + f.match.length).toBeLessThanOrEqual(f.offset + f.length);
}

describe('report check on the bundled reports', () => {
  for (const [id, expected] of Object.entries(EXPECTED))
    it(`${id}: each content found or not, at its sentence`, () => {
      const r = report(id);
      const got: ContentCheck = checkContents(r);
      for (const [content, want] of Object.entries(expected) as [ContentKey, Expect[ContentKey]][]) {
        const f = got[content];
        if (want === null) {
          expect(f, `${id} ${content}`).toBeNull();
          continue;
        }
        expect(f, `${id} ${content}`).not.toBeNull();
        expect(f!.how, `${id} ${content}`).toBe(want[0]);
        expectSentence(r, f!, want[1]);
      }
    });
});

const text = (lines: string[], period = 2023, extra: Partial<Report> = {}) => ({ text: lines.join('\n'), period, ...extra });

describe('report check on written texts', () => {
  it('a report without a shortcomings section: 未找到 (null), the rest by their headings', () => {
    const r = text(['2023年,本县全面推进依法行政。', '一、主要工作成效', '(一)推进严格规范公正文明执法。全年办理案件100件。', '二、2024年工作打算', '持续深化行政执法体制改革。']);
    const c = checkContents(r);
    expect(c.shortcomings).toBeNull();
    expect(c.leaders).toBeNull();
    expect(c.other).toBeNull();
    expectSentence(r, c.measures!, '一、主要工作成效');
    expect(c.plans!.how).toBe('heading');
    expectSentence(r, c.plans!, '二、2024年工作打算');
  });

  it('heading variants: 存在问题及原因, (三)其他需要报告的情况, 下一步工作安排, a full-width numbering', () => {
    const r = text(['一、法治政府建设的主要举措', '某某。', '二、存在问题及原因', '一是执法力量不足。', '三、下一步工作安排', '某某。', '\uff08三\uff09其他需要报告的情况', '无。']);
    const c = checkContents(r);
    expectSentence(r, c.measures!, '主要举措');
    expectSentence(r, c.shortcomings!, '二、存在问题及原因');
    expectSentence(r, c.plans!, '三、下一步工作安排');
    expectSentence(r, c.other!, '其他需要报告的情况');
    expect([c.measures, c.shortcomings, c.plans, c.other].map((f) => f?.how)).toEqual(['heading', 'heading', 'heading', 'heading']);
    expect(c.leaders).toBeNull();
  });

  it("the leaders' duty named only in the plans, or only in a document title, is not found", () => {
    const r = text(['一、主要举措和成效', '印发《党政主要负责人履行推进法治建设第一责任人职责清单》。', '二、2024年工作安排', '严格履行推进法治建设第一责任人职责。']);
    const c = checkContents(r);
    expect(c.leaders).toBeNull();
    expect(c.plans!.how).toBe('heading');
  });

  it('a sentence of results followed by "but shortcomings" counts as the shortcomings, not the measures', () => {
    const r = text(['今年工作虽取得了一定成效,但仍存在一些短板。']);
    const c = checkContents(r);
    expect(c.measures).toBeNull();
    expectSentence(r, c.shortcomings!, '存在一些短板');
  });

  it('a traditional text stored without its simplified copy is still matched', () => {
    const r = text(['一、主要舉措和成效', '某某。', '二、存在的問題', '某某。', '三、黨政主要負責人履行推進法治建設第一責任人職責情況'], 2023, { script: 'traditional' });
    const c = checkContents(r);
    expect(c.measures?.how).toBe('heading');
    expect(c.shortcomings?.how).toBe('heading');
    expect(c.leaders?.how).toBe('heading');
    expect(r.text.slice(c.shortcomings!.offset, c.shortcomings!.offset + c.shortcomings!.length)).toBe('二、存在的問題');
  });

  it("the next year is the report's year + 1: an earlier year's plans heading is not the plans", () => {
    const c = checkContents(text(['一、2022年工作安排落实情况', '某某。'], 2023));
    expect(c.plans).toBeNull();
  });

  it('finds numbered and plain heading lines', () => {
    const h = headings('一、总体情况\n(二)推进执法。正文。\n1.细项。\n这是一段很长很长的正文,有逗号,没有句号但也不短到可以当作标题的程度,所以不是标题吧真的不是\n短标题');
    expect(h.map((x) => x.text)).toEqual(['一、总体情况', '(二)推进执法。', '1.细项。', '短标题']);
  });
});
