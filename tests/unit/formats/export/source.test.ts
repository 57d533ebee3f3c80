import { describe, expect, it } from 'vitest';
import { citeReport, citeReports, estimateWidth, oneLine, sourcesOf, wrapText } from '../../../../src/formats/export/source';

const reports = [
  { id: 'wujin-2022', title: '常州市武进区2022年法治政府建设年度报告', period: 2022 },
  { id: 'nantong-2024', title: '南通市在第二期全国法治政府建设培训班作交流发言(新闻稿)', period: 2024 },
  { id: 'evil', title: 'A\nB\u0000C', period: 2020 },
];

describe('source line', () => {
  it('lists the reports behind the figures once, in order met', () => {
    const s = sourcesOf([{ report: 'nantong-2024' }, { report: 'wujin-2022' }, { report: 'nantong-2024' }], reports);
    expect(s.map((x) => x.id)).toEqual(['nantong-2024', 'wujin-2022']);
  });

  it('adds the period when the title does not name it', () => {
    expect(citeReport(reports[0]!, 'zh')).toBe('常州市武进区2022年法治政府建设年度报告');
    expect(citeReport(reports[1]!, 'zh')).toBe('南通市在第二期全国法治政府建设培训班作交流发言(新闻稿)(2024年)');
    expect(citeReport(reports[1]!, 'en')).toBe('南通市在第二期全国法治政府建设培训班作交流发言(新闻稿) (2024)');
    expect(citeReports(reports.slice(0, 2), 'zh')).toContain('报告;南通');
  });

  it('keeps titles on one line', () => {
    expect(oneLine('A\nB\u0000C  D')).toBe('A B C D');
    expect(citeReport(reports[2]!, 'en')).toBe('A B C (2020)');
  });
});

describe('wrapText', () => {
  const measure = (s: string) => estimateWidth(s, 10);
  it('keeps a short line whole', () => {
    expect(wrapText('来源:甲;乙 · 导出于 2026-01-01', 1000, measure)).toEqual(['来源:甲;乙 · 导出于 2026-01-01']);
  });
  it('breaks after separators so titles stay whole, and every line fits', () => {
    const titles = Array.from({ length: 6 }, (_, i) => `某某市第${i}区2022年法治政府建设年度报告`);
    const text = `来源:${titles.join(';')} · 导出于 2026-01-01`;
    const lines = wrapText(text, 400, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(400);
    for (const title of titles) expect(lines.some((l) => l.includes(title))).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
  it('breaks a piece wider than a line between characters', () => {
    const lines = wrapText('很'.repeat(95), 300, measure);
    expect(lines.map((l) => l.length)).toEqual([30, 30, 30, 5]);
  });
});
