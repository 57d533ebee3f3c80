/** Strings of figures per 10,000 residents (compare and rank): same keys in zh and en (the type checks it). */
export const zh = {
  'perCapita.switch': '每万人',
  'perCapita.switchHint': '按常住人口折算为每万人数值',
  'perCapita.noPopulation': '无人口数据',
  'perCapita.source': '人口:{year}年第七次全国人口普查',
  'perCapita.population': '常住人口 {n}({year}年普查)',
  'perCapita.note': '每万人数值 = 报告数字 ÷ 常住人口 × 10000,标“*”;比率、变化、时长和指数不按人口折算,保持原值。',
  'perCapita.notDivided': '本图为比率、变化、时长或指数,不按人口折算。',
  'perCapita.reported': '报告数字',
  'perCapita.value': '每万人',
  'perCapita.loading': '正在载入人口数据…',
} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {
  'perCapita.switch': 'per 10k residents',
  'perCapita.switchHint': 'Divide by the resident population: figures per 10,000 residents',
  'perCapita.noPopulation': 'no population',
  'perCapita.source': 'Population: {year} census (7th national population census)',
  'perCapita.population': 'population {n} ({year} census)',
  'perCapita.note': 'Per 10k residents = reported figure ÷ resident population × 10,000, marked "*"; rates, changes, durations and indexes are not divided and stay as reported.',
  'perCapita.notDivided': 'Rates, changes, durations and indexes are not divided by population.',
  'perCapita.reported': 'Reported',
  'perCapita.value': 'Per 10k',
  'perCapita.loading': 'Loading population data…',
};
