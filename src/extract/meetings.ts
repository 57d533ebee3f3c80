/**
 * Which body a count of meetings or study sessions belongs to. Reports count the party standing committee's meetings
 * (县委常委会会议专题研究法治建设3次), the government executive meeting's (区政府常务会议听取…汇报4次), the pre-meeting
 * study of the executive meeting (政府常务会会前学法12次) and of the theory study group (中心组学法8次) side by side, and
 * the catalogue has one indicator for each; the words around them (研究法治建设, 学法) are shared. The body decides:
 * the one named right after the count (召开5次州党委常委会议, 16次主持省政府常务会议), else the one named nearest before it
 * in its own phrase. Two bodies joined before one count (区委常委会、区政府常务会研究…11次) make one total that is
 * neither body's, as is one number said of each of several (…分别开展3次) or of several levels together (州县两级政府
 * 常务会); a bureau's own bodies (局党委理论学习中心组) are the bureau's; a party body's pre-meeting study is no
 * indicator of the catalogue's. A study count whose own phrase names no body takes the one of the clause before
 * (…常务会议学法制度,年内组织专题法治学习8次), not when it names who studied (市政府集体学法2次).
 * All on the matching text (simplified, half-width); every look is bounded.
 */
import type { Span } from './types';

type Body = 'party' | 'government' | 'party_group' | 'central_group' | 'committee';

/** the bodies, by the words that name them (the party's standing committee, not the people's congress's) */
const BODIES: readonly [RegExp, Body][] = [
  [/(?:[省市州县区旗盟]委|党委)常委(?:\([^)]{1,4}\))?(?:会会议|会议|会)?/g, 'party'],
  [/(?:政府)?常务会(?:议)?/g, 'government'],
  [/党组(?:会议|会)/g, 'party_group'],
  [/中心组/g, 'central_group'],
  // the rule-of-law committee (全面依法治县委员会), not its office (委员会办公室会议)
  [/(?:全面)?依法治[省市州县区旗盟]委员会(?!办公室)(?:会议)?/g, 'committee'],
];

/** a body named right after the count: 5次州党委常委会议, 6次主持召开市政府常务会议 */
const AFTER = /^(?:先后)?(?:主持召开|主持|召开|的)?(?:[省市州县区旗盟]|自治州)?(?:[省市州县区旗盟]委|党委)常委|^(?:先后)?(?:主持召开|主持|召开|的)?(?:[省市州县区旗盟]|自治州)?(?:人民)?政府常务会/;
/** words between two bodies that join them into one subject */
const JOIN = /^(?:[、和及与]|以及)?[省市州县区旗盟]?(?:人民)?$/;
const STUDY = /学法|学习法律|学习法规|学习宪法|法治学习/;
/** a government or party committee named as the subject of the figure's own phrase */
const OWN_SUBJECT = /(?:[省市州县区旗盟]|人民)政府|[省市州县区旗盟]委(?!员)|党委|党组/;
/** another meeting listed after the body's (、委员会办公室…会议, 及各协调小组会议) */
const LISTED = /^[^,;。]*(?:、|及|以及)[^,;。]*(?:会议|会)/;
/** all levels' groups (or two or three levels') counted together: not the own level's */
const ALL_LEVELS = /各级|各地|全[省市县区]各|[两三四]级/;
/** one number said of each body listed before it (…中心组、…中心组分别开展3次) */
const EACH = /分别/;
/** a bureau's own body (局党委理论学习中心组, 局党组会议): the bureau's, not the place's */
const BUREAU = /[局厅](?:党[委组])?(?:理论学习)?$/;

interface Named extends Span {
  body: Body;
}

function bodiesIn(text: string): Named[] {
  const out: Named[] = [];
  for (const [re, body] of BODIES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, body });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The indicator a meeting or study count states; 'none' when it is such a count but no indicator's; null: not one. */
export type MeetingIndicator = string | 'none' | null;

const MEETING_UNITS = new Set(['次', '场', '场次']);

/**
 * `phrase`: the figure's own phrase (from after the clause break or the figure before, up to the number);
 * `sentenceStart`: where its sentence begins (a study count may name its body in the clause before).
 */
export function meetingIndicator(hay: string, sentenceStart: number, phrase: Span, figure: Span, unit: string): MeetingIndicator {
  if (!MEETING_UNITS.has(unit)) return null;
  const own = hay.slice(phrase.start, phrase.end);
  const after = hay.slice(figure.end, figure.end + 16);
  const m = AFTER.exec(after);
  // the body named after the count, and its pre-meeting study after that (4次市政府常务会会前学法): the study sessions
  if (m) {
    const studied = /^(?:会议|会)?(?:会前)?(?:学法|学习法律|学习法规|学习宪法)/.test(after.slice(m[0].length).replace(/^[^会学]{0,2}/, ''));
    if (m[0].includes('常委')) return studied ? 'none' : 'capacity.party_meetings_on_law';
    return studied ? 'capacity.executive_meeting_law_sessions' : 'capacity.executive_meetings_on_law';
  }
  const named = bodiesIn(own);
  const study = STUDY.test(own);
  if (named.length) {
    const last = named[named.length - 1]!;
    const before = named[named.length - 2];
    // 区委常委会、区政府常务会研究…: one total of two bodies
    if (before && before.body !== last.body && JOIN.test(own.slice(before.end, last.start))) return 'none';
    // the body heads a list of meetings (…委员会、委员会办公室及各协调小组会议7次): the count totals them, or is
    // shared by them (…委员会会议、法治政府建设工作会议各1次)
    if (LISTED.test(own.slice(last.end))) return 'none';
    if (before && EACH.test(own.slice(last.end))) return 'none';
    if (BUREAU.test(own.slice(Math.max(0, last.start - 8), last.start))) return 'none';
    return bodyIndicator(last.body, study || STUDY.test(own.slice(last.end)), ALL_LEVELS.test(own.slice(Math.max(0, last.start - 16), last.start)), owned(own, last));
  }
  // "……中心组学习研讨内容,全年学习法律法规8次": a study count whose body stands in the clause before — unless its own
  // phrase names who studied (市政府集体学法2次: the government, not its executive meeting)
  if (!study || OWN_SUBJECT.test(own)) return null;
  const from = Math.max(sentenceStart, phrase.start - 80);
  const earlier = bodiesIn(hay.slice(from, phrase.start));
  if (!earlier.length) return null;
  const last = earlier[earlier.length - 1]!;
  const before = earlier[earlier.length - 2];
  const text = hay.slice(from, phrase.start);
  if (before && before.body !== last.body && JOIN.test(text.slice(before.end, last.start))) return 'none';
  // "中心组常态化学法、领导干部述职述法,全年学法15次": the body heads a list of kinds of study, and the count totals them
  if (text.slice(last.end).includes('、')) return 'none';
  return bodyIndicator(last.body, true, ALL_LEVELS.test(text.slice(Math.max(0, last.start - 16), last.start)), owned(text, last));
}

/** the committee a theory study group belongs to is named before it (区委理论学习中心组, 区政府党组…中心组) */
const owned = (text: string, body: Named): boolean => /(?:[省市州县区旗盟]委|党委|党组)/.test(text.slice(Math.max(0, body.start - 10), body.start));

function bodyIndicator(body: Body, study: boolean, allLevels: boolean, owner = true): MeetingIndicator {
  if (body === 'committee') return study || allLevels ? 'none' : 'capacity.committee_meetings';
  // a study group no committee is named for (全区开展中心组学法248场次) may be every unit's: no one body's
  if (body === 'central_group') return study && !allLevels && owner ? 'capacity.central_group_law_sessions' : study ? 'none' : null;
  // several levels' executive meetings or standing committees together (州县两级政府常务会) are no one government's
  if (allLevels && (body === 'government' || body === 'party')) return 'none';
  if (study) return body === 'government' ? 'capacity.executive_meeting_law_sessions' : 'none';
  if (body === 'party') return 'capacity.party_meetings_on_law';
  if (body === 'government') return 'capacity.executive_meetings_on_law';
  return null;
}
