/**
 * Strings of the indicator mapping in the add-report review (loaded with that view,
 * src/features/add-report/register-strings.ts): same keys in zh and en (the type checks it).
 */
export const zh = {
  'map.none': '未归入指标',
  'map.change': '更改',
  'map.changeFor': '更改“{figure}”的指标',
  'map.search': '搜索指标:名称、别名或定义',
  'map.results': '{n} 个指标',
  'map.noMatch': '没有匹配的指标',
  'map.new': '新建本报告指标…',
  'map.clear': '不归入指标',
  'map.newTitle': '新建本报告指标',
  'map.nameZh': '名称',
  'map.nameEn': '英文名称(可选)',
  'map.ok': '确定',
  'map.specific': '本报告指标',
  'map.remembered': '按已记住的表述',
  'map.noCatalogue': '未能载入指标目录({message}),数字暂不归入指标。',
} as const satisfies Record<string, string>;

export const en: Record<keyof typeof zh, string> = {
  'map.none': 'not mapped',
  'map.change': 'Change',
  'map.changeFor': 'Change the indicator of “{figure}”',
  'map.search': 'Search indicators: name, alias or definition',
  'map.results': '{n} indicators',
  'map.noMatch': 'No indicator matches',
  'map.new': 'New report-specific figure…',
  'map.clear': 'Map to no indicator',
  'map.newTitle': 'New report-specific figure',
  'map.nameZh': 'Name (Chinese)',
  'map.nameEn': 'English name (optional)',
  'map.ok': 'OK',
  'map.specific': 'report-specific',
  'map.remembered': 'from a remembered wording',
  'map.noCatalogue': 'The indicator catalogue could not be loaded ({message}); figures stay unmapped.',
};
