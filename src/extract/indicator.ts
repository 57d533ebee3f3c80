/**
 * Maps a figure to a catalogue indicator. The words that name an indicator are its aliases, its name and the terms
 * its definition quotes (“发案量”“新收”); they are found once per text (terms.ts) and scored per figure by where
 * they stand (the figure's own clause counts, its sentence, carried subject and headings only support), how
 * specific they are (long, and naming few indicators), and whether the indicator's area is the figure's.
 * Short or shared words (受理, 办结率, 满意率) count only inside their own area: "办结率" is the hotline's after a
 * hotline count and the proposals' after a count of proposals. A figure gets an indicator only when one stands out;
 * else it stays `<area>.unclassified`.
 */
import type { Indicator } from '../model/indicators';
import type { Category, MetricKind } from '../model/schema';
import { basesOf, joinedBases, narrowed, notHead, qualifiedRate, sameFamily } from './phrase';
import { hitsIn, type Hit } from './terms';
import type { Span } from './types';
import type { Vocabulary } from './vocabulary';

export interface TermWindow extends Span {
  weight: number;
  side: 'before' | 'after';
  /** the figure's own clause: where the words that name its indicator stand */
  primary: boolean;
  /** after-windows: a word starting before this position is the noun the figure counts (137家“通解室”) and weighs this */
  head?: { until: number; weight: number };
}

/** Qualifiers a text may state, and the indicators that carry them in their name: stated → fits; unstated → does not. */
interface Facet {
  said: RegExp;
  marks: (i: Indicator) => boolean;
  /** the ids of the indicator that carries the qualifier, by the catalogue's naming (x → x_new, a.y → a.town_y) */
  siblings?: (id: string) => string[];
  bonus: number;
  penalty: number;
  /** the qualifier says what was added in the year: a stock at year end (period point) without it is not the figure */
  addition?: boolean;
}
const FACETS: readonly Facet[] = [
  {
    // named in the year (获评, 被评为) is an addition too: 6个村获评全国民主法治示范村 are not the stock at year end
    said: /新设|新建|新增|新设立|新成立|新培育|新引进|新获评|新命名|新开通|获评|被评为|被命名为|获命名/,
    marks: (i) => /_new$/.test(i.id) || /^新/.test(i.name.zh),
    siblings: (id) => [`${id}_new`],
    bonus: 0.25,
    penalty: 0.25,
    addition: true,
  },
  {
    said: /乡镇|街道|镇街|镇级| 镇/,
    marks: (i) => /乡镇|街道/.test(i.name.zh),
    siblings: (id) => [`${id}_towns`, id.replace('.', '.town_')],
    bonus: 0.2,
    penalty: 0.15,
  },
  { said: /连续$/, marks: (i) => /_streak$/.test(i.id), bonus: 0.3, penalty: 0.6 },
];
const CUMULATIVE = /(?<!全年|年内|今年|本年|当年)累计|截[至止](?:到)?目前|截[至止](?:到)?年底|截[至止](?:到)?\d{4}年(?:底|末|\d{1,2}月)/;
const OWN_LEVEL = /本级/;
/** the reporting department's own (全局, 本局, 局机关, 全系统 …): a department's part, not the area's figure */
const OWN_UNIT = /全局|本局|我局|局机关|全厅|本厅|我厅|厅机关|本部门|本单位|全系统|本系统/;
/** a bureau's own bodies (局党委, 局理论学习中心组, 局法治建设领导小组) as the clause's subject: the bureau's part */
const OWN_BODY = /[局厅]党[委组](?!书记)|[局厅](?:理论学习)?中心组|[局厅]法治建设领导小组/;
/** after the noun the figure counts: a draft of it (4件地方性法规草案), or another noun joined to it (440件规章和规范性文件) */
const DRAFT_AFTER = /^(?:草案|送审稿|征求意见稿|初稿|(?:和|及|以及|、)[\u4e00-\u9fff])/;
/** a phrase ending in a list of two or more things closed by 等 and a total word (…、…等共计), no noun of its own after 等 */
export const LIST_TOTAL = /、[^、,;。]{1,24}等(?:共计|共|合计|累计|总计)?$/;
const ALL_LEVELS = /各级/;
/**
 * a suit's or a court's figure of a part of the area's organs: the government's own cases (区政府作为单独被告的…败诉率,
 * 区政府负责人出庭应诉率), or the departments' and towns' (区级部门和镇街负责人出庭应诉率) — the whole-area indicator
 * counts every organ's (全县行政机关作为被告的…案件 are all of them)
 */
const PART_OF_ORGANS = /(?:[省市州县区旗]|人民)政府(?:作为|负责人)|(?:部门|单位)(?:和|及|、)(?:镇街|乡镇|街道)/;
/** several levels counted together (州县两级政府常务会, 全市各级党委(党组)理论学习中心组): no one level's own count */
const SEVERAL_LEVELS = new RegExp(`${ALL_LEVELS.source}|[两三四五]级`);
/** one figure for each of several subjects (县委理论学习中心组、县政府党组中心组分别开展4次): no one subject's count */
const EACH_OF = /、[^,,;;。]{1,24}分别[^,,;;。为是]{0,10}$/;
const NATIONAL = /^[\s,,]*(?:国家|全国)(?!级)/;
/** an indicator that counts one level's (全国, 省级 …) */
const LEVELLED = /全国|国家级|省级|市级|县级|[省市县]本级/;

export interface IndicatorQuery {
  /** the figure's kind; for a change, the kinds of measure it may be the change of */
  kinds: readonly MetricKind[];
  /** the unit as matched (simplified); '' for a change in % */
  unit: string;
  area: Category;
  areaScores: ReadonlyMap<Category, number>;
  windows: readonly TermWindow[];
  /** the lexicon's indicator for the figure, if its rule matched */
  rule?: string;
  /** indicators that fit better (the rate of the count just stated) */
  prefer?: readonly string[];
  /** indicators the figure cannot be (the whole a part was counted out of) */
  exclude?: readonly string[];
  /** the words that qualify the figure: its phrase and the subject it carries (for FACETS, 累计, 本级) */
  said?: string;
  /** the clause before the figure, from its start: its subject (局党委开展学习62次、理论学习中心组学习) */
  clause?: string;
  /** the phrase right before the figure (连续 → a streak; its verbs name the basis) and where it starts */
  phrase?: string;
  phraseAt?: number;
  /** the rest of the clause after the figure, and where it starts */
  after?: string;
  afterAt?: number;
  /** the figure is counted up to a date after the reported period */
  beyond?: boolean;
  /**
   * filled, when given, with the ids of the indicators the words point to, best first (at most SUGGESTIONS): what a
   * person reviewing the figure is offered first, whether or not one was chosen
   */
  suggest?: string[];
  /**
   * in a department's report, the areas whose whole-area figures it states (./department.ts): a whole-area
   * indicator of another area would be the department's part of it
   */
  remit?: ReadonlySet<Category>;
}

/** How many indicators a figure's review offers first, and the least score that earns a place there. */
export const SUGGESTIONS = 3;
const SUGGEST_FLOOR = 0.12;

/** persons; person-times (人次) count attendances, not persons, and fit neither way */
const PEOPLE = new Set(['人', '名', '位']);
const EVENTS = new Set(['次', '场', '场次', '期', '期次', '批', '批次', '轮', '堂', '节', '班次', '户次', '家次']);
/**
 * cases and documents (件, 份, 起) and items, bodies and things (项, 个, 家) are counted apart: 87件 are cases handled,
 * not 87 kinds of something; a word of both (条, 期 …) fits either
 */
const CASES = new Set(['件', '份', '部', '篇', '起', '宗', '例', '单', '笔', '卷', '件次', '条', '本', '册']);
const ITEMS = new Set([
  '项', '个', '条', '类', '套', '种', '家', '所', '处', '户', '本', '册', '张', '座', '台', '支', '块', '间', '栋', '辆', '艘',
  '门', '课', '户次', '家次', '批', '批次', '期',
]);
const WORKDAYS = new Set(['个工作日', '工作日', '天', '小时', '个小时', '分钟', '个月', '周']);

/** 1 when the units agree, 0.9 when they are words for the same sort of thing, 0 when they cannot. */
export function unitFit(i: Indicator, unit: string): number {
  const u = i.unit.zh;
  if (i.kind === 'rate' || i.kind === 'amount') return 1;
  if (u === unit) return 1;
  if (i.kind === 'duration') return WORKDAYS.has(u) && WORKDAYS.has(unit) ? 0.9 : u === '学时' && unit === '小时' ? 0.9 : 0;
  if (i.kind === 'index') return 0;
  for (const g of [PEOPLE, EVENTS, CASES, ITEMS]) if (g.has(u) && g.has(unit)) return 0.9;
  return 0;
}

export interface Choice {
  indicator: Indicator;
  score: number;
  /**
   * the words name this indicator alone but the figure is not it (a part, another scope, basis or period): no
   * indicator is given, and the figure keeps the area of what it counts
   */
  held?: true;
}

const ACCEPT = 0.55;
/** the score of an indicator the words name but a rule holds back (a part, another scope, basis or period) */
const HELD = ACCEPT - 0.05;

type Fit = (k: number) => number;

/** How well each indicator's kind and unit fit the figure (0: not at all), cached per query. */
function fitter(v: Vocabulary, q: IndicatorQuery): Fit {
  const countLike = q.kinds.includes('count') || q.kinds.includes('duration') || q.kinds.includes('index');
  const cache = new Map<number, number>();
  // the lexicon's rule names the units it reads its indicator in (办理“一件事”套餐6025项: the cases, in 项)
  const rule = q.rule !== undefined ? v.position.get(q.rule) : undefined;
  return (k) => {
    let f = cache.get(k);
    if (f === undefined) {
      const i = v.indicators[k]!;
      f = i.deprecated || !q.kinds.includes(i.kind) ? 0 : countLike && q.unit !== '' && k !== rule ? unitFit(i, q.unit) : 1;
      cache.set(k, f);
    }
    return f;
  };
}

/** The words around the figure, scored: the best word per indicator in primary windows, every word in the others. */
interface Evidence {
  /** per indicator: its best score in primary windows, and the word that gave it */
  primary: Map<number, number>;
  named: Map<number, Hit>;
  /** per indicator: per word, its best score in the other windows */
  support: Map<number, Map<number, number>>;
}

function evidence(v: Vocabulary, hits: readonly Hit[], q: IndicatorQuery, fitOf: Fit): Evidence {
  const primary = new Map<number, number>();
  const named = new Map<number, Hit>();
  const support = new Map<number, Map<number, number>>();
  for (const w of q.windows) {
    for (const h of hitsIn(hits, w.start, w.end)) {
      const dist = w.side === 'before' ? w.end - h.end : h.start - w.start;
      const near = 1 - Math.min(dist, 40) / 80;
      const weight = w.head && h.start <= w.head.until ? w.head.weight : w.weight;
      const weak = v.weak[h.word]!;
      for (const n of v.namings[h.word]!) {
        const i = v.indicators[n.ind]!;
        if (weak && i.area !== q.area) continue;
        const fit = fitOf(n.ind);
        if (!fit) continue;
        const specific = weak ? (v.areaSpecificity[h.word]!.get(i.area) ?? 0) : v.specificity[h.word]!;
        const s = n.weight * specific * weight * near * fit * (v.words[h.word]!.length >= 6 ? 1.05 : 1);
        if (w.primary) {
          if (s > (primary.get(n.ind) ?? 0)) {
            primary.set(n.ind, s);
            named.set(n.ind, h);
          }
        } else {
          let m = support.get(n.ind);
          if (!m) support.set(n.ind, (m = new Map()));
          m.set(h.word, Math.max(m.get(h.word) ?? 0, s));
        }
      }
    }
  }
  return { primary, named, support };
}

/** Candidates the words alone do not name: a streak by 连续 and its area; the sibling carrying a stated qualifier. */
function widen(v: Vocabulary, q: IndicatorQuery, primary: Map<number, number>, fitOf: Fit): void {
  // "连续六年": a streak of the area, named by its area and the word 连续 alone
  if (q.phrase !== undefined && /连续$/.test(q.phrase))
    v.indicators.forEach((i, k) => {
      if (i.area === q.area && /_streak$/.test(i.id) && fitOf(k)) primary.set(k, Math.max(primary.get(k) ?? 0, 0.35));
    });
  // a qualifier the text states moves the evidence to the indicator that carries it (新设立7个法律援助工作站)
  for (const f of FACETS) {
    if (!f.siblings || !f.said.test(q.said ?? '')) continue;
    for (const [k, p] of [...primary])
      for (const id of f.siblings(v.indicators[k]!.id)) {
        const sib = v.position.get(id);
        if (sib !== undefined && fitOf(sib)) primary.set(sib, Math.max(primary.get(sib) ?? 0, p));
      }
  }
}

/** An indicator's score: its evidence, up to 0.3 of support, less when it is not the figure's area, and the qualifiers. */
function scoreOf(i: Indicator, p: number, support: Iterable<number>, q: IndicatorQuery, bases: readonly string[], governs: boolean): number {
  let extra = 0;
  for (const s of support) extra += s;
  let score = p + Math.min(0.3, 0.5 * extra);
  if (i.area !== q.area) {
    const top = q.areaScores.get(q.area) ?? 0;
    const r = top > 0 ? Math.min(1, (q.areaScores.get(i.area) ?? 0) / top) : 0;
    // another area's indicator needs words of that area around the figure ("为消费者挽回经济损失" is no legal aid);
    // a long word of it adjacent to the figure then outweighs the figure's area more easily than a short one
    score *= r > 0 ? 1 - (p >= 0.9 ? 0.3 : 0.6) * (1 - r) : 0;
  }
  if (q.prefer?.includes(i.id)) score += 0.2;
  const said = q.said ?? '';
  for (const f of FACETS) {
    // an addition may be said by the verb after the count (6个村获评…)
    const stated = f.said.test(f.said.source.endsWith('$') ? (q.phrase ?? '') : said) || (f.addition === true && f.said.test(q.after ?? ''));
    if (f.marks(i)) score += stated ? f.bonus : -f.penalty;
    // what was added in the year (新增“法律明白人”9968名) is not the stock at year end the indicator counts
    else if (stated && f.addition && i.comparability.period === 'point') score = Math.min(score, HELD);
  }
  // the basis the verb names: the indicator counting on it fits, one counting on another does not
  const basis = i.comparability.basis;
  // one indicator per basis: a figure counted on another basis of the same kind is not it (办结信访事项 are not the
  // 信访事项 received) — when the verb governs the word that named the indicator, i.e. both stand before the figure
  if (basis !== null && bases.length) {
    if (bases.includes(basis)) score += 0.3;
    // 办理 (handled) names no step of its own: 办理不予处罚案件 are the no-penalty cases
    else if (governs && (sameFamily(basis, bases) || !bases.includes('handled'))) score = Math.min(score, HELD);
  }
  // a filing (行政检查执法报备N次) is a count of its own: what was filed is not counted by an indicator of another basis
  if (governs && bases.includes('filed') && basis !== 'filed') score = Math.min(score, HELD);
  // all levels counted together (各级“民主法治示范村”45个) are no one level's count
  if (ALL_LEVELS.test(said) && LEVELLED.test(i.name.zh)) score = Math.min(score, HELD);
  if (CUMULATIVE.test(said) && i.comparability.period === 'annual') score -= 0.3;
  if (SEVERAL_LEVELS.test(said) && i.comparability.scope === 'own_level') score = Math.min(score, HELD);
  if (i.area === 'litigation' && i.comparability.scope === 'whole_area' && PART_OF_ORGANS.test(q.clause ?? said)) score = Math.min(score, HELD);
  // (not when a figure follows for each: 分别播出237期、316期 gives each subject its own)
  if (EACH_OF.test(q.phrase ?? '') && !/^[、,,和]\s*[\d一二三四五六七八九十]/.test(q.after ?? '')) score = Math.min(score, HELD);
  // counted up to a date after the reported year (截至2023年3月15日 in a 2022 report): not the year's figure
  if (q.beyond) score = Math.min(score, HELD);
  if (OWN_LEVEL.test(said) && i.comparability.scope === 'whole_area') score -= 0.3;
  if (OWN_UNIT.test(said) && i.comparability.scope === 'whole_area') score = Math.min(score, HELD);
  if (OWN_BODY.test(q.clause ?? said) && i.comparability.scope !== null) score = Math.min(score, HELD);
  // one bureau's penalty cases, its officials' study: its part of the place's figure, not the place's
  if (q.remit && i.comparability.scope === 'whole_area' && !q.remit.has(i.area)) score = Math.min(score, HELD);
  // a phrase that opens with the nation's (国家一体化政务服务平台电子证照种类69种) counts what a national system holds,
  // not the area's, unless the indicator counts a level's (全国民主法治示范村)
  if (NATIONAL.test(q.phrase ?? '') && !LEVELLED.test(i.name.zh)) score = Math.min(score, HELD);
  return score;
}

/** a preposition that sets the object before its verb (对245件案卷进行评查, 将103项事项下放): the verb before is not its */
const PREPOSED = /对|将|把/;
/** the word opens the clause right after the figure's measure word (25件市政府规章) */
const isHeadAfter = (q: IndicatorQuery, h: Hit | undefined): boolean =>
  h !== undefined && q.afterAt !== undefined && h.start >= q.afterAt && h.start <= q.afterAt + 1;

/**
 * The indicator a figure states, or null when none stands out. `hits`: the text's term hits (termHits).
 * Words in primary windows decide; the others add support to an indicator named there (at most 0.3).
 */
export function chooseIndicator(v: Vocabulary, hits: readonly Hit[], q: IndicatorQuery): Choice | null {
  const fitOf = fitter(v, q);
  const { primary, named, support } = evidence(v, hits, q, fitOf);
  const rule = q.rule !== undefined ? (v.position.get(q.rule) ?? -1) : -1;
  // a rule matched on a list closed by 等 right before the figure (审查规范性文件、行政合同、重大行政执法决定等共计2174件)
  // names one member of what the figure totals: it is evidence only when a word names its indicator too
  const totalsList = LIST_TOTAL.test(q.phrase ?? '');
  if (rule >= 0 && fitOf(rule) && !(totalsList && !primary.has(rule))) primary.set(rule, (primary.get(rule) ?? 0) + 0.6);
  widen(v, q, primary, fitOf);
  const bases = q.phraseAt === undefined ? [] : basesOf(q.phrase ?? '', q.phraseAt, hits, v.words);
  const severalBases = joinedBases(q.phrase ?? '');
  // the noun after the figure that ends its clause (废止25件市政府规章。) is what it counts; a noun followed by what the
  // items did (865项政务服务事项实现跨省通办) leaves the naming to those words
  const endsClause = (h: Hit) => q.after !== undefined && /^[\s)”"]*$/.test(q.after.slice(h.end - q.afterAt!));
  const headKinds = new Set([...named].filter(([, h]) => isHeadAfter(q, h) && endsClause(h)).map(([k]) => k));
  // and the indicators carrying a qualifier the text states (新设立7个法律援助工作站: the new stations)
  for (const f of FACETS)
    if (f.siblings && f.said.test(q.said ?? ''))
      for (const k of [...headKinds]) for (const id of f.siblings(v.indicators[k]!.id)) if (v.position.has(id)) headKinds.add(v.position.get(id)!);
  const headNouns = [...headKinds].flatMap((k) => (named.has(k) ? [v.words[named.get(k)!.word]!] : []));
  const ranked: { k: number; score: number }[] = [];
  for (const [k, p] of primary) {
    const i = v.indicators[k]!;
    if (q.exclude?.includes(i.id)) continue;
    const h = named.get(k);
    const inPhrase = h !== undefined && q.phraseAt !== undefined && h.start >= q.phraseAt && h.end <= q.phraseAt + (q.phrase ?? '').length;
    // a rule matched on the phrase and no word: the verb governs what the rule read there
    const headAfter = isHeadAfter(q, h) && !PREPOSED.test(q.phrase ?? '');
    let score = scoreOf(i, p, support.get(k)?.values() ?? [], q, bases, inPhrase || headAfter || (k === rule && h === undefined));
    // the noun right after the figure names what it counts: an indicator it does not name is not the figure's —
    // unless the indicator's own name holds that noun (备案审查65件行政规范性文件: the filing reviews of documents)
    if (headKinds.size && !headKinds.has(k) && !headNouns.some((w) => i.name.zh.includes(w))) score = Math.min(score, HELD);
    // a modifier between the verb and the word naming the indicator counts a part of it (办理农民工法律援助案件)
    if (inPhrase && narrowed(q.phrase ?? '', q.phraseAt!, h, hits)) score = Math.min(score, HELD);
    // the word names a modifier of the noun the figure counts (地方性法规草案4件), not that noun
    if (inPhrase && notHead(q.phrase ?? '', q.phraseAt!, h)) score = Math.min(score, HELD);
    // the noun after the figure is a draft of what the word names (等4件地方性法规草案) or is joined to another
    // (对440件市政府规章和行政规范性文件…): the figure counts something else, or totals several kinds
    if (h !== undefined && q.after !== undefined && h.start >= q.afterAt! && DRAFT_AFTER.test(q.after.slice(h.end - q.afterAt!))) score = Math.min(score, HELD);
    // what was done in several ways (制定、修改和废止…) is no one basis's count
    if (severalBases && i.comparability.basis !== null) score = Math.min(score, HELD);
    // a rate whose name is qualified (符合条件受理率) is over another base than the indicator's
    if (inPhrase && i.kind === 'rate' && v.weak[h.word] && qualifiedRate(q.phrase ?? '', q.phraseAt!, h, hits)) score = Math.min(score, HELD);
    ranked.push({ k, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  if (q.suggest)
    for (const r of ranked) {
      if (q.suggest.length >= SUGGESTIONS || r.score < SUGGEST_FLOOR) break;
      q.suggest.push(v.indicators[r.k]!.id);
    }
  const best = ranked[0];
  // a score held at HELD by a rule above, standing out, names what the figure counts though it is not the indicator
  // (or the others near it name indicators of its area: the area is what it counts either way)
  if (best && best.score === HELD && ranked.every((r, n) => n === 0 || r.score < 0.6 * HELD || v.indicators[r.k]!.area === v.indicators[best.k]!.area))
    return { indicator: v.indicators[best.k]!, score: best.score, held: true };
  if (!best || best.score < ACCEPT) return null;
  const second = ranked[1]?.score ?? 0;
  if (best.score - second < 0.15 && second > 0.6 * best.score) return null;
  return { indicator: v.indicators[best.k]!, score: best.score };
}
