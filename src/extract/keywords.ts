/**
 * Words that tell which area of work a clause is about (simplified script), each with a weight:
 * 3 = names the area, 2 = typical of it, 1 = a hint. Categories as in schema.ts.
 */
import type { Category } from '../model/schema';
import { outermost, WordMatcher } from './terms';

export const CATEGORY_WORDS: Readonly<Record<Category, Readonly<Record<string, number>>>> = {
  reconsideration: { 行政复议: 3.5, 复议: 3.2, 行政争议: 1.5, 撤回申请: 3.2 },
  litigation: {
    出庭应诉: 3.5, 行政应诉: 3.5, 应诉: 3.2, 行政诉讼: 3.2, 出庭: 2.8, 败诉: 3, 诉讼: 1.5, 司法建议: 1.5, 撤诉: 3,
    行政案件: 2.8, 一审: 1.5, 法院: 1.5, 胜诉: 2.8, 府院联动: 2.5, 司法机关: 2,
  },
  mediation: {
    调解: 3, 矛盾纠纷: 3, 纠纷: 2.5, 调处: 3, 解纷: 2.5, 调委会: 3, 人民调解: 3.2, 枫桥: 1.5, 化解: 1, 诉源治理: 2,
    // 信访 and 行政裁决 have no category of their own: the catalogue files them under mediation
    信访: 3, 来信来访: 3, 来访: 2, 行政裁决: 3,
  },
  licensing: {
    放管服: 3, 政务服务: 2.8, 一件事: 3, 审批: 2.8, 网办: 2.5, 通办: 3, 一窗受理: 3, 证明事项: 3, 告知承诺: 3, 帮办: 3,
    代办: 3, 企业开办: 3, 许可: 2.5, 办理材料: 2.5, 减材料: 2.5, 材料: 1.2, 办事: 2, 事项: 1.2, 出证: 2.5,
    赋权: 1.5, 下放: 1.5, 公共服务: 2, 准入: 2, 证照: 2.5, 时限: 1.5, 惠企: 1.2, 窗口: 2,
  },
  regulation: {
    监管: 3, 双随机: 3, 检查: 1.5, 免罚: 2.5, 裁量: 2, 包容审慎: 2.5, 公平竞争审查: 3, 抽查: 2.5, 监测: 1.5, 预警: 1.5,
    质疑投诉: 2, 风险: 1, 营商环境: 2, 民营企业: 1.8, 民间资本: 1.8, 市场主体: 1, 市场秩序: 2, 生态环境: 1.5, 市场监管: 2.5,
    // environment quality has no area of its own: filed under regulation (生态环境监管)
    'PM2.5': 2.5, 'PM10': 2.5, 空气质量: 2.5, 优良天数: 2.5, 空气优良: 2.5, 水质: 2,
  },
  enforcement: {
    行政执法: 3.2, 执法: 2.8, 行政处罚: 3, 处罚: 2.5, 行政强制: 3, 持证: 2.5, 执法证: 3, 案卷: 2.5, 执法人员: 3,
    执法监督: 3.2, 执法部门: 2.5, 综合执法: 3, 执法资格: 3,
  },
  legal_services: {
    法律援助: 3.2, 法援: 3, 公共法律服务: 3.2, 法律服务: 2.8, 律师: 2.5, 律所: 2.5, 公证: 3, 鉴定: 2.5, 仲裁: 2.5,
    法律顾问: 2.5, 法律意见: 2.5, 法律咨询: 3, 法治体检: 2.5, 公职律师: 3, 追讨: 2, 12348: 3, '12348热线': 3.5, 法律服务热线: 3.5, 司法所: 2.5, 社区矫正: 2, 安置帮教: 2,
  },
  publicity: {
    普法: 3, 法治宣传: 3, 宣传: 2, 法律明白人: 3, 法治文化: 3, 宪法: 2, 讲师团: 2.5, 栏目: 2.5, 播出: 2, 微视频: 2,
    援法议事: 2.5, 宣传教育: 2.5, 法治讲座: 2, 宣讲: 2.5,
    // the democratic rule-of-law model villages are publicity's (the catalogue's), not capacity's 示范创建
    民主法治示范村: 3.2,
  },
  rulemaking: {
    规范性文件: 3.2, 重大行政决策: 3.2, 决策: 1.5, 立法: 3, 规章: 3, 地方性法规: 3.2, 法规草案: 3, 合法性审核: 3, 合法性审查: 3, 备案审查: 3,
    备案: 2, 后评估: 2.5, 文件: 1.2, 合同: 1.5, 政策文件: 2, 审核: 1.2, 修改意见: 2,
  },
  oversight: {
    人大建议: 3.2, 政协提案: 3.2, 建议提案: 3.2, 提案: 2.5, 审计: 3, 政务公开: 3, 信息公开: 3, 公开: 1.5, 督察: 3,
    督办: 1.5, 人大: 2, 政协: 2, 发布会: 2, 决策信息: 2, 监督: 1, 满意率: 0.8, 整改: 2.2, 法治督察: 3, 督导: 2,
  },
  hotline: { 12345: 3.5, 热线: 3, 工单: 3, 诉求: 2.5, 回访: 2.5, 按时办结: 2, 来电: 2.5, 满意率: 0.8 },
  credit: { 社会信用: 3.2, 信用: 3, 诚信: 2.5, 失信: 3, 信用修复: 3.2 },
  capacity: {
    学法: 3, 培训: 2.5, 组织领导: 3, 理论学习: 2.5, 讲座: 2.5, 课程: 2.5, 公开课: 2.5, 干部: 1.5, 常务会议: 2, 述法: 2.5, 考法: 2.5, 考试: 1.5,
    示范创建: 2.5, 任务: 1, 法治建设: 1, 第一责任人: 2, 考核: 2, 轮训: 3, 依法治: 1.2, 举措: 0.8,
    考评: 2, 批示: 2, 推进会: 2.5, 分工方案: 2.5, 知识测试: 2.5, 参训: 2, 应知应会: 2.5, 旁听庭审: 2, 庭审旁听: 2,
    // emergency response has no category of its own: the catalogue files it under capacity
    突发事件: 3, 应急: 2.5, 应急预案: 3, 应急演练: 3,
  },
  digital_government: {
    数字政府: 3.2, 政务数据: 3.2, 数据: 2.5, 大数据: 2, 平台: 1.5, 信息化: 2, 数字化: 2, 上线: 2, 系统: 1.2,
    数据资源: 3, 互联网: 1, 智慧: 1.2, 小程序: 2, 不见面: 2.5, 全程网办: 3, 一键: 2, 数字赋能: 3, 线上: 1.5, 在线: 1.5,
    // 云 alone is read in place names (云南): only the cloud's own words
    电子: 1.5, 政务云: 2.5, 云平台: 2, 云上: 1.5, 掌上: 2, 一网通办: 3.2, 网办率: 3.2, 网上可办: 3, 不见面审批: 3,
  },
};

/**
 * Words of officials' study and training (学法, 培训, 讲座, 考法 …): the catalogue files their indicators under capacity,
 * while a reader files a figure of them that states no indicator under publicity (普法/学法/培训).
 */
const STUDY_WORDS: ReadonlySet<string> = new Set(['学法', '培训', '理论学习', '讲座', '课程', '公开课', '考法', '考试', '轮训', '知识测试', '参训', '旁听庭审', '庭审旁听', '应知应会']);

export interface KeywordHit {
  start: number;
  end: number;
  category: Category;
  weight: number;
  /** the area the word speaks for when the figure states no indicator (study and training: publicity) */
  alt?: Category;
}

const ALL_WORDS: readonly { word: string; category: Category; weight: number }[] = Object.entries(CATEGORY_WORDS).flatMap(
  ([category, words]) => Object.entries(words).map(([word, weight]) => ({ word, category: category as Category, weight })),
);
const MATCHER = new WordMatcher(ALL_WORDS.map((w) => w.word));

/**
 * Every keyword occurrence in text[from, to), by position; an occurrence inside a longer keyword is dropped
 * (执法 inside 执法部门, 公开 inside 政务公开), so the most specific word speaks for its place.
 */
export function keywordHits(text: string, from = 0, to = text.length): KeywordHit[] {
  return outermost(MATCHER.scan(text, from, to)).map((h) => {
    const w = ALL_WORDS[h.word]!;
    const hit: KeywordHit = { start: h.start, end: h.end, category: w.category, weight: w.weight };
    if (w.category === 'capacity' && STUDY_WORDS.has(w.word)) hit.alt = 'publicity';
    return hit;
  });
}
