/**
 * What the phrase before a figure says about the way it counts: the basis its verb names (受理 → accepted or received,
 * 答复 → answered), and whether a modifier narrows the thing counted to a part of it ("办理农民工法律援助案件", "涉企
 * 行政复议案件": a sub-category is not the indicator, which counts them all).
 */
import { hitsIn, type Hit } from './terms';

/**
 * Verbs that say on what basis a figure counts (comparability.basis): "受理政府信息公开申请830件" counts applications
 * received, "答复830件" those answered. Longer verbs first.
 */
const VERB_BASES: readonly [RegExp, readonly string[]][] = [
  [/(?:调解成功|成功调解|成功调处|调处成功|成功化解)/, ['settled']],
  [/(?:依法受理|受理)/, ['accepted', 'received']],
  [/(?:收到|新收|收案|接收|共收)/, ['received']],
  [/(?:办结|审结|结案|已结)/, ['concluded']],
  [/(?:答复|办复)/, ['answered']],
  [/(?:备案审查|审查|审核|评查)/, ['reviewed']],
  [/(?:报送备案|报备)/, ['filed']],
  [/(?:制定|出台|印发|发布|制发)/, ['issued', 'enacted', 'made']],
  [/(?:宣布失效)/, ['invalidated']],
  [/(?:废止)/, ['repealed']],
  [/(?:修改|修订)/, ['amended']],
  [/(?:开庭|出庭)/, ['heard']],
  [/(?:调解|调处)/, ['mediated']],
  [/(?:办理)/, ['handled']],
];

/**
 * The bases the verbs of a phrase name (the one nearest the figure decides when several stand there). A verb inside a
 * longer word is part of a name, not a verb (调解 in 人民调解组织): the phrase's longer words are blanked first.
 */
export function basesOf(text: string, at: number, hits: readonly Hit[], words: readonly string[]): readonly string[] {
  let phrase = text;
  for (const h of hitsIn(hits, at, at + text.length))
    if (words[h.word]!.length > 2) phrase = phrase.slice(0, h.start - at) + ' '.repeat(h.end - h.start) + phrase.slice(h.end - at);
  let best: readonly string[] = [];
  let nearest = -1;
  for (const [re, bases] of VERB_BASES) {
    const k = phrase.search(re) < 0 ? -1 : lastIndexOf(phrase, re);
    if (k > nearest) [best, nearest] = [bases, k];
  }
  return best;
}

/**
 * True when verbs of different bases are joined before the thing counted (制定、修改和废止政府规章9件): the figure
 * totals what was done in several ways and is no one basis's count.
 */
export function joinedBases(phrase: string): boolean {
  // reviewed and filed together (审查和备案规范性文件54件)
  if (/(?:审查|审核)(?:和|、|及|与|并)备案|备案(?:和|、|及|与)(?:审查|审核)(?!率)/.test(phrase)) return true;
  const verbs = VERB_BASES.map(([re]) => re.source).join('|');
  const run = new RegExp(`(?:${verbs})(?:(?:、|和|及|与|以及|或)(?:${verbs}))+`, 'g');
  for (const m of phrase.matchAll(run)) {
    const kinds = new Set<string>();
    for (const [re, bases] of VERB_BASES) if (re.test(m[0])) kinds.add(bases.join());
    if (kinds.size >= 2) return true;
  }
  return false;
}

/** Where the last match of `re` in `s` begins (a short phrase: a few searches). */
function lastIndexOf(s: string, re: RegExp): number {
  let last = -1;
  for (let from = 0; from < s.length; ) {
    const k = s.slice(from).search(re);
    if (k < 0) break;
    last = from + k;
    from = last + 1;
  }
  return last;
}


/** bases that answer the same question (at which step a case is counted; what was done to a document) */
const FAMILIES: readonly (readonly string[])[] = [
  ['received', 'accepted', 'concluded', 'handled', 'answered', 'heard'],
  ['issued', 'enacted', 'made', 'listed', 'filed', 'reviewed'],
  ['reviewed', 'kept', 'amended', 'repealed', 'invalidated'],
  ['mediated', 'settled', 'identified'],
];

/** The indicator's basis and the verb's bases answer the same question, so a difference means another count. */
export const sameFamily = (basis: string, bases: readonly string[]): boolean => FAMILIES.some((f) => f.includes(basis) && bases.some((b) => f.includes(b)));

/** verbs that open the object a figure counts, and 对, which names it before the verb (对土地拍卖公证50件) */
const VERB = /(?:对|办理|受理|办结|审结|收到|新收|审核|审查|调解|调处|化解|开展|组织|完成|作出|查处|立案|接待|提供|接听|培训|评查|答复|出台|制定|印发|发布|建成|新建|新增|设立|聘请|培育|引进|举办|召开|推出|梳理|公开|清理|注销|发放|办件)/g;
/** words between the verb and the thing counted that do not narrow it (scope, time, "各类", the field's own words) */
const NEUTRAL =
  /行政执法|行政|执法|法治|法律|政务|公共|社会|服务|工作|系统|平台|网站|领导干部|国家工作人员|公务员|干部|职工|专题|各类|各种|各项|各级|各地|群众|相关|有关|全部|全年|年内|当年|累计|共计|共|依法|全市|全省|全区|全县|全镇|本级|[省市区县]级|[省市区县]政府|政府|各部门|部门|行政机关|机关|[省市区县]|的|了|等|新/g;

const NAMED = /“[^”]{1,16}”|"[^"]{1,16}"|习近平法治思想|系列|主题/g;

/**
 * True when words the catalogue does not know stand between the verb and the word that named the indicator
 * ("办理农民工法律援助案件": 农民工) — the figure counts a part of what the indicator counts.
 */
export function narrowed(phrase: string, phraseAt: number, hit: Hit, hits: readonly Hit[]): boolean {
  let before = phrase.slice(0, Math.max(0, hit.start - phraseAt));
  let verbEnd = -1;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(before); m; m = VERB.exec(before)) verbEnd = m.index + m[0].length;
  if (verbEnd < 0 || before.length - verbEnd > 12) return false;
  // words the catalogue knows are no modifier ("作出撤销、确认违法等纠错决定": an enumeration of outcomes)
  for (const h of hitsIn(hits, phraseAt + verbEnd, phraseAt + before.length))
    before = before.slice(0, h.start - phraseAt) + ' '.repeat(h.end - h.start) + before.slice(h.end - phraseAt);
  // a quoted name (“面对面”宣讲) and the topic (习近平法治思想) name a campaign, not a part of what is counted
  const gap = before.slice(verbEnd).replace(NAMED, '').replace(NEUTRAL, '');
  return (gap.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 2;
}

/**
 * True when a rate's name is qualified by words the catalogue does not know, written right before the word that named
 * the indicator ("符合条件受理率", "法定期限内结案率"): a rate over another base than the indicator's.
 */
/** verbs that open a rate's name (持续保持参考率: 参考率 is the name) */
const RATE_LEAD = new RegExp(`${VERB.source}|保持|实现|达到|确保|持续|提高|提升|推动|推进|其中`, 'g');

export function qualifiedRate(phrase: string, phraseAt: number, hit: Hit, hits: readonly Hit[]): boolean {
  let before = phrase.slice(0, Math.max(0, hit.start - phraseAt));
  for (const h of hitsIn(hits, phraseAt, hit.start))
    before = before.slice(0, h.start - phraseAt) + ' '.repeat(h.end - h.start) + before.slice(h.end - phraseAt);
  // the name begins after the last break, space, verb or catalogue word
  const name = /[\u4e00-\u9fff]*$/.exec(before)![0];
  const start = [...name.matchAll(RATE_LEAD)].pop();
  const own = (start ? name.slice(start.index + start[0].length) : name).replace(NAMED, '').replace(NEUTRAL, '');
  return own.length >= 2;
}

/** a draft is not the document it drafts (地方性法规草案4件: drafts submitted, not regulations made) */
const DRAFT = /草案|送审稿|征求意见稿|初稿/;
/** kinds listed in brackets after the noun (法治讲座(培训、报告会)3390场): the figure totals them */
const BRACKETED_KINDS = /^[^(]*\([^)]*、[^)]*\)/;

/**
 * True when the word that named the indicator is not the noun the figure counts: the phrase after it, up to the
 * figure, makes the count one of drafts of it, or one of it together with the kinds listed in brackets after it.
 */
export function notHead(phrase: string, phraseAt: number, hit: Hit): boolean {
  const tail = phrase.slice(Math.max(0, hit.end - phraseAt));
  return DRAFT.test(tail) || BRACKETED_KINDS.test(tail);
}
