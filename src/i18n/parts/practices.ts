/** Strings of the practices feature: same keys in zh and en (the type checks it). */
export const zh = {
  'practices.title': '改革举措对照',
  'practices.help': '各行为改革举措,列为地区;数字为报告中提及的句子数,“—”为未提及(不等于未开展)。点击单元格查看原文。',
  'practices.practice': '举措',
  'practices.notMentioned': '未提及',
  'practices.quotes': '{practice} · {jurisdiction}:{n} 处提及',
  'practices.close': '关闭',
  'practices.tooMany': '地区较多,只显示所选的 {n} 个地区(在“对比”中选择)。',
} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {
  'practices.title': 'Reform practices',
  'practices.help': 'Rows are reform practices, columns jurisdictions; a number is how many sentences mention it, "—" means not mentioned (which does not mean not done). Click a cell to read the quotes.',
  'practices.practice': 'Practice',
  'practices.notMentioned': 'not mentioned',
  'practices.quotes': '{practice} · {jurisdiction}: {n} mentions',
  'practices.close': 'Close',
  'practices.tooMany': 'Many jurisdictions: only the {n} chosen ones are shown (choose them in Compare).',
};
