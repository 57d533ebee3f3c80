import { describe, expect, it } from 'vitest';
import { populationSourcesText, populationSourceText, populationText } from '../../../src/ui/per-capita-text';
import type { Population } from '../../../src/model/per-capita';

const census: Population = { population: 1_697_380, year: 2020, source: 'census-2020' };
const own: Population = { population: 123_456, year: 2023, source: 'dataset', sourceText: { zh: '某县统计局', en: 'County statistics bureau' } };

describe('the words of a population and its source', () => {
  it('names the census for the gazetteer’s figures and the dataset’s own source for its figures', () => {
    expect(populationSourceText('zh')).toBe('人口:2020年第七次全国人口普查');
    expect(populationSourceText('zh', census)).toBe('人口:2020年第七次全国人口普查');
    expect(populationSourceText('zh', own)).toBe('数据文件给出的人口:某县统计局(2023年)');
    expect(populationSourceText('en', own)).toBe('Population given by the dataset: County statistics bureau (2023)');
    // a year alone that is not the census's is not called the census
    expect(populationSourceText('zh', 2023)).toBe('人口:2023年数据');
    expect(populationText(own, 'zh')).toContain('2023年,某县统计局');
    expect(populationText(census, 'en')).toContain('2020 census');
  });

  it('lists each source of the places shown once', () => {
    expect(populationSourcesText('zh', [census, null, own, census])).toBe('人口:2020年第七次全国人口普查;数据文件给出的人口:某县统计局(2023年)');
    expect(populationSourcesText('en', [])).toBe('Population: 2020 census (7th national population census)');
  });
});
