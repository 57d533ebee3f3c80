/**
 * One candidate from one raw figure: its value (a reduction read as the rate it states), its measure (kind, unit),
 * its area (the lexicon's, else the words around it; a part, a comparison base or a rate without words of its own
 * takes its subject's), its indicator (indicator.ts, with the relations of the document) and its app metric.
 */
import { changeId, unclassifiedIndicatorId, type Indicator } from '../model/indicators';
import type { Category, Metric, MetricKind, Qualifier } from '../model/schema';
import { parseFigure, type ParsedFigure } from '../model/numbers';
import { classify, windowsOf, type Classification } from './classify';
import type { FigureContext } from './context';
import { chooseIndicator, SUGGESTIONS, unitFit, type IndicatorQuery, type TermWindow } from './indicator';
import { clauseWords, similarIndicators } from './similar';
import type { KeywordHit } from './keywords';
import { matchRule, type FigureFacts, type MetricRule } from './lexicon';
import { asReduction, measureOf, type Measure } from './measure';
import { meetingIndicator } from './meetings';
import { periodOf } from './period';
import { quoteFor } from './quote';
import { countsParts } from './skip';
import type { Department } from './department';
import { hitsIn, type Hit } from './terms';
import { unclassifiedId, type Candidate, type ExtractInput, type RawFigure, type Span } from './types';
import { statesNone } from './unstated';
import type { Vocabulary } from './vocabulary';
import { termWindows } from './windows';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The text and what was found in it once, shared by every figure. */
export interface TextFacts {
  input: ExtractInput;
  hay: string;
  quoted: readonly Span[];
  kwHits: readonly KeywordHit[];
  vocab: Vocabulary | null;
  tHits: readonly Hit[];
  catalogue: ReadonlyMap<string, Metric>;
  /** the department the report is by (./department.ts), or null for a government's report */
  department: Department | null;
}

/** What a later figure may lean on: a candidate with the facts about it the relations need. */
export interface Info {
  c: Candidate;
  /** the area as the catalogue reads it: c.category, but capacity for study figures a reader files under publicity */
  area: Category;
  kind: MetricKind;
  sentence: Span;
  /** the figure's clause before it: the words stating its measure */
  near: Span;
  end: number;
  /** a comparison base (较2022年558件) */
  based: boolean;
  /** the indicator (without a change suffix), or null */
  indicator: Indicator | null;
  /** re-decides the indicator when the figure's area is set from outside (coordinated figures) */
  recategorise: (area: Category) => void;
}

/** What the document around a figure says about it (beyond its context). */
export interface Relations {
  /** the name the figure was listed under ("维持、驳回分别为…", "A率和B率均…") */
  name?: Span;
  /** the subject it is part of (其中…, 分别为…) */
  parent?: Info;
  /** the figure before it in its paragraph, when close */
  prev?: Info;
  /** the period of a comparison base (较2022年558件) */
  basePeriod?: number;
  /** the table row and header a cell stands under */
  cell?: { row: Span; header: Span | null; period: number | null };
  /** where the figure's own phrase begins: after the clause break, the figure before it and a joining word */
  phraseStart: number;
  /** the phrase begins right after the figure before it (whose counted noun then stands first in it) */
  afterFigure?: boolean;
}

const CHANGE_OF: readonly MetricKind[] = ['count', 'amount', 'rate', 'duration'];
/** a share named by nothing but 占比 (…占比95.87%, 占比达) */
const SHARE = /^[,,]?(?:其中)?(?:占比|占总数的?|所占比例)(?:达到|达|为)?$/;

/** The value as the catalogue reads it: a carried decrease is negative; a reduction that is the measure, a rate. */
function valueOf(raw: RawFigure, parsed: ParsedFigure): { value: number; valueMax?: number; qualifier: Qualifier } {
  let { value, valueMax, qualifier } = parsed;
  // 同比下降34.01%和30.06%: the second figure is a decrease although its own words do not say so
  if (raw.changeCarried && raw.change === 'decrease' && value > 0) {
    value = -value;
    if (valueMax !== undefined) [value, valueMax] = [-valueMax, value];
    if (qualifier === 'at_least') qualifier = 'at_most';
    else if (qualifier === 'at_most') qualifier = 'at_least';
  }
  // 压缩50%以上 is a rate of at least 50, as the catalogue reads reductions that are the measure
  if (raw.reduction) return asReduction(value, valueMax, qualifier);
  return valueMax === undefined ? { value, qualifier } : { value, valueMax, qualifier };
}

/**
 * The area: the lexicon's, else the words around; a part or a comparison base takes its subject's, a rate without
 * words of its own the count it comes from (in its sentence, or the sentence before when its own does not settle
 * the area).
 */
function areaOf(t: TextFacts, ctx: FigureContext, rel: Relations, kind: MetricKind, cls: Classification, rule: MetricRule | null): Category {
  if (rule?.category) return rule.category;
  // a word of its own clause that names two areas alike (满意率) does not settle the area
  if (cls.local && cls.margin > 0.05) return cls.category;
  const p = rel.prev;
  const sameSentence = p !== undefined && p.sentence.start === ctx.sentence.start;
  const countBefore =
    p !== undefined &&
    (p.kind === 'count' || p.kind === 'amount') &&
    (sameSentence || !settles(classify(windowsOf(ctx).slice(0, 4), t.kwHits)));
  const leanOn =
    rel.parent ?? (rel.basePeriod !== undefined ? p : undefined) ?? (kind === 'rate' && countBefore ? p : undefined) ?? (kind === 'change' && sameSentence ? p : undefined);
  return leanOn ? leanOn.area : cls.category;
}

/** The words of a sentence settle its area when they name one area more than the others. */
const settles = (own: Classification): boolean => (own.scores.get(own.category) ?? 0) > 0 && own.margin > 0.05;

function confidenceOf(raw: RawFigure, cls: Classification, rule: MetricRule | null, known: boolean, indicator: boolean, parts: boolean): number {
  let confidence = 0.45 + 0.2 * cls.margin + (cls.local ? 0.1 : 0);
  if (rule) confidence += known ? 0.2 : 0.1;
  if (indicator) confidence += 0.1;
  if (raw.chinese) confidence -= 0.15;
  if (raw.changeCarried) confidence -= 0.1;
  if (raw.unit === '个' || raw.unit === '项') confidence -= 0.05;
  // the parts of a document (从10个方面…) are proposed unticked: a person seldom wants them among the figures
  if (parts) confidence -= 0.3;
  return round2(Math.max(0.05, Math.min(0.99, confidence)));
}

function factsOf(t: TextFacts, raw: RawFigure, ctx: FigureContext, sentence: string, rel: Relations, parsed: ParsedFigure, change: boolean): FigureFacts {
  return {
    // the clause before the figure, read back over 、 ("注销退休、调离执法岗位的执法证363人")
    near: rel.name ? t.hay.slice(rel.name.start, rel.name.end) : t.hay.slice(Math.min(rel.phraseStart, ctx.clause.start), raw.start),
    before: ctx.sentenceBefore + ctx.clauseBefore,
    change,
    clause: ctx.clauseBefore + t.hay.slice(raw.start, raw.end) + ctx.clauseAfter,
    sentence,
    reach: t.hay.slice(ctx.sentence.start, Math.min(ctx.sentence.end, reachEnd(t.hay, raw.end))),
    after: ctx.clauseAfter,
    unit: raw.unit,
    percent: parsed.percent,
    money: parsed.money,
  };
}

/** the end of the clause a figure stands in, read past 、 (对9个镇、27个部门…开展专项督查) */
function reachEnd(hay: string, from: number): number {
  const k = hay.slice(from, from + 200).search(/[,,;;。!!??\n]/);
  return k < 0 ? Math.min(hay.length, from + 200) : from + k;
}

export function candidateOf(t: TextFacts, raw: RawFigure, ctx: FigureContext, sentence: string, rel: Relations): Info | null {
  const { input, hay } = t;
  const figure = input.text.slice(raw.start, raw.end);
  const parsed = parseFigure(figure);
  if (!parsed) return null;
  const measure = measureOf(raw, input.text, parsed.money);
  const subject: Span[] = [];
  if (rel.parent) subject.push(rel.parent.near);
  if (rel.cell) subject.push(...(rel.cell.header ? [rel.cell.header] : []), rel.cell.row);
  const windows = windowsOf(ctx, subject);
  if (rel.name) windows.unshift({ ...rel.name, factor: 1, side: 'before', local: true });
  const cls = classify(windows, t.kwHits);
  const facts = { ...factsOf(t, raw, ctx, sentence, rel, parsed, measure.kind === 'change'), area: cls.category };
  const rule = matchRule(facts);
  const area = areaOf(t, ctx, rel, measure.kind, cls, rule);

  const q = quoteFor(input.text, raw.start, raw.end);
  const c: Candidate = {
    category: area,
    metric: unclassifiedId(area),
    indicator: unclassifiedIndicatorId(area),
    unit: measure.unit,
    kind: measure.kind,
    ...valueOf(raw, parsed),
    period: rel.cell?.period ?? rel.basePeriod ?? periodOf(hay, ctx.sentence.start, raw.start, input.period, t.quoted),
    quote: q.text,
    offset: q.offset,
    figure,
    figureOffset: raw.start,
    confidence: 0,
  };
  const info: Info = {
    c,
    area,
    kind: measure.kind,
    sentence: ctx.sentence,
    near: rel.name ?? { start: Math.min(rel.phraseStart, raw.start), end: raw.start },
    end: raw.end,
    based: rel.basePeriod !== undefined,
    indicator: null,
    recategorise: () => {},
  };
  const decide = (forced?: Category) => {
    const a = forced ?? area;
    // a figure whose area was set from outside takes the lexicon's rule of that area
    const r = forced === undefined || rule?.category === forced ? rule : matchRule(facts, forced);
    const held: { area?: Category; suggest?: string[] } = {};
    const chosen = indicatorFor(t, raw, ctx, rel, measure, cls, a, r, forced !== undefined, held);
    info.indicator = chosen?.indicator ?? null;
    c.category = chosen?.indicator.area ?? held.area ?? a;
    info.area = c.category;
    // officials' study and training is capacity in the catalogue, publicity to a reader when no indicator is stated
    if (!chosen && c.category === 'capacity' && cls.alt && classify(windows, t.kwHits, true).category === 'publicity') c.category = 'publicity';
    c.indicator = chosen ? chosen.id : unclassifiedIndicatorId(c.category);
    const others = suggestionsOf(t, raw, measure.kind, c.category, held.suggest ?? [], chosen?.indicator.id);
    if (others.length) c.suggested = others;
    else delete c.suggested;
    const found = r ? t.catalogue.get(r.metric) : undefined;
    const known = found !== undefined && found.category === c.category;
    c.metric = known ? found.id : unclassifiedId(c.category);
    c.confidence = confidenceOf(raw, cls, r, known, chosen !== null, countsParts(t.hay, raw));
  };
  decide();
  info.recategorise = (a) => {
    if (a !== info.area) decide(a);
  };
  return info;
}

type Found = { indicator: Indicator; id: string } | null;

/**
 * What review offers first for a figure, besides its indicator: those its words pointed to, then the catalogue's
 * nearest to its clause (similar.ts), at most SUGGESTIONS. None for a change.
 */
function suggestionsOf(t: TextFacts, raw: RawFigure, kind: MetricKind, area: Category, named: readonly string[], chosen: string | undefined): string[] {
  if (kind === 'change' || !t.input.indicators?.length) return [];
  const { before, after } = clauseWords(t.hay, raw.start, raw.end);
  const near = similarIndicators(t.input.indicators, { before, after, kind, unit: raw.unit, area, fits: (i, u) => unitFit(i, u) > 0 }, SUGGESTIONS + 1);
  const out: string[] = [];
  for (const id of [...named, ...near]) if (id !== chosen && !out.includes(id) && out.length < SUGGESTIONS) out.push(id);
  return out;
}

/** The figure's indicator and the id it is stored under (a change: `<id>.change`), or null. */
function indicatorFor(
  t: TextFacts,
  raw: RawFigure,
  ctx: FigureContext,
  rel: Relations,
  measure: Measure,
  cls: Classification,
  area: Category,
  rule: MetricRule | null,
  forced: boolean,
  held: { area?: Category; suggest?: string[] },
): Found {
  const { vocab } = t;
  if (!vocab) return null;
  const inArea = (i: Indicator | null | undefined) => (i && (!forced || i.area === area) ? i : null);
  const w = termWindows(t, raw, ctx, rel);
  const phraseText = t.hay.slice(w.phrase.start, w.phrase.end);
  // what qualifies the figure: its phrase, the subject it carries and the noun it counts (9个镇: towns)
  const said = `${phraseText}${rel.parent ? t.hay.slice(rel.parent.near.start, rel.parent.near.end) : ''} ${/^[^((,,、;;。]{0,6}/.exec(ctx.clauseAfter)![0]}`;
  // counted up to a date after the reported year (截至2023年3月15日,已召开51期…, in a 2022 report)
  const upTo = /截[至止](?:到)?(\d{4})年/.exec(t.hay.slice(ctx.sentence.start, raw.start));
  const beyond = upTo !== null && Number(upTo[1]) > t.input.period;
  const query = (kinds: readonly MetricKind[], unit: string, windows: TermWindow[], extra: Partial<IndicatorQuery> = {}) => {
    const suggest = measure.kind === 'change' ? undefined : held.suggest ?? (held.suggest = []);
    const remit = t.department?.remit;
    const got = chooseIndicator(vocab, t.tHits, { kinds, unit, area, areaScores: cls.scores, windows, said, clause: ctx.clauseBefore, phrase: phraseText, phraseAt: w.phrase.start, after: ctx.clauseAfter, afterAt: raw.end, beyond, ...extra, ...(suggest ? { suggest } : {}), ...(remit ? { remit } : {}) });
    // held back: no indicator, but the area of what the figure counts (国家…平台电子证照种类69种: digital government)
    if (got?.held) {
      if (!forced) held.area = got.indicator.area;
      return null;
    }
    return inArea(got?.indicator);
  };

  // a comparison base is the value of the measure it is compared with
  if (rel.basePeriod !== undefined && rel.prev && rel.prev.kind === measure.kind) {
    const i = inArea(rel.prev.indicator);
    return i ? { indicator: i, id: i.id } : null;
  }
  if (measure.kind === 'change') {
    // the change of the figure it follows when its own phrase names no measure ("98.88%,同比上升17.69%"),
    // else of the measure named before it ("发案量同比下降34.01%")
    const followed = rel.prev && rel.prev.kind !== 'change' && !hasTerms(t, w.phrase) ? inArea(rel.prev.indicator) : null;
    const named = () => inArea(rule?.indicator === undefined ? undefined : vocab.byId.get(rule.indicator)) ?? query(measure.points ? ['rate'] : CHANGE_OF, '', [...w.primary, ...w.support]);
    return changeOf(followed ?? named(), measure);
  }
  // a meeting count is the indicator of the body that held the meetings (meetings.ts); some counts state none (unstated.ts)
  if (measure.kind === 'count') {
    const meeting = statesNone(t.hay, ctx.sentence, w.phrase, raw, vocab, t.tHits) ? 'none' : meetingIndicator(t.hay, ctx.sentence.start, w.phrase, raw, raw.unit);
    if (meeting === 'none') return null;
    const i = meeting ? inArea(vocab.byId.get(meeting)) : null;
    if (i) return { indicator: i, id: i.id };
  }
  // a rate prefers the rates its count makes (纠错率 after 审结 → the correction rate of the concluded cases)
  const prefer: string[] = [];
  const count = measure.kind === 'rate' ? rel.prev?.indicator?.id : undefined;
  if (count) for (const i of vocab.indicators) if (i.pairs && (i.pairs.numerator === count || i.pairs.denominator === count)) prefer.push(i.id);
  // "不见面审批事项2369项,占比95.87%": a share with no name of its own is the rate of the count it follows
  const share = count !== undefined && SHARE.test(t.hay.slice(w.phrase.start, w.phrase.end));
  const numerator = share ? vocab.indicators.filter((i) => i.pairs?.numerator === count) : [];
  if (numerator.length === 1 && inArea(numerator[0])) return { indicator: numerator[0]!, id: numerator[0]!.id };
  const extra: Partial<IndicatorQuery> = { prefer };
  if (rule?.indicator) extra.rule = rule.indicator;
  // a part is not the whole it was counted out of
  if (rel.parent?.indicator) extra.exclude = [rel.parent.indicator.id];
  const i = query([measure.kind], raw.unit, [...w.primary, w.after, ...w.support], extra);
  return i ? { indicator: i, id: i.id } : null;
}

/** A change in % is `<id>.change`; in 个百分点, `<id>.change_pp` of a rate; a change in counts has no id of its own. */
function changeOf(base: Indicator | null, measure: Measure): Found {
  if (!base) return null;
  if (measure.points) return base.kind === 'rate' ? { indicator: base, id: changeId(base.id, 'change_pp') } : null;
  return measure.unit === '%' ? { indicator: base, id: changeId(base.id) } : null;
}

/** The text in `span` holds a word that names some indicator. */
const hasTerms = (t: TextFacts, span: Span): boolean => hitsIn(t.tHits, span.start, span.end).length > 0;
