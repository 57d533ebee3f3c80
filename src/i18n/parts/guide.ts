/** Strings of the first-visit guide and the header (zh first; en has the same keys, the type checks it). */
export const zh = {
  'guide.open': '使用说明',
  'guide.title': '怎样读这个看板',
  'guide.what': '这里把各地《法治政府建设年度报告》中的数字整理成可比的指标,按地区并排对比、排名、看画像。每个数字都能点开,看到它在报告原文中的那一句话。',
  'guide.bars': '每根柱子是一个地区在一个年份报告的数字,柱上写着年份;不同年份混在一张图里时,图上方会提醒。',
  'guide.marks': '“≥”是下限(原文说“余”“超”“以上”,如“1.5万余”);“*”是根据报告数字推算的;“†”表示口径与指标定义不完全一致,图下有说明;“未报告”不等于零,只是报告里没有这个数字。',
  'guide.source': '点击柱子或表格里的“查看原文”,打开报告并高亮那句话。人口数据来自2020年第七次全国人口普查,用于“每万人”和同类地区。',
  'guide.dismiss': '知道了',
  'lang.switchTo': '切换为英文界面',
} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {
  'guide.open': 'How to read this',
  'guide.title': 'How to read this dashboard',
  'guide.what': 'Figures from local governments’ annual rule-of-law reports, filed under comparable indicators: compare places side by side, rank them, see a place’s profile. Every figure opens the sentence of the report it comes from.',
  'guide.bars': 'Each bar is one place’s figure for one year, with the year on the bar; when a chart mixes years, a note above it says so.',
  'guide.marks': '“≥” is a lower bound (the report says “more than”, e.g. 1.5万余); “*” is computed from reported figures; “†” means the figure does not quite match the indicator’s definition (see the note under the chart); “not reported” is not zero: the report has no such figure.',
  'guide.source': 'Click a bar, or “source” in a table, to open the report at that sentence. Populations are from the 2020 census, for figures per 10k residents and peer groups.',
  'guide.dismiss': 'Got it',
  'lang.switchTo': 'Switch to Chinese',
};
