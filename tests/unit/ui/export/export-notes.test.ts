import { describe, expect, it } from 'vitest';
import { exportNotes, footerLines } from '../../../../src/ui/export/exporting';
import { translator } from '../../../../src/i18n';
import { estimateWidth } from '../../../../src/formats/export/source';
import type { ExportRow } from '../../../../src/formats/export/rows';

const row = (extra: Partial<ExportRow> = {}): ExportRow => ({
  jurisdiction: '武进', jurisdictionId: 'a', metric: 'm', metricId: 'm', category: 'c', value: 10, valueMax: null, qualifier: 'exact',
  display: '10', unit: '件', period: 2022, derived: '', caveats: '', quote: '', reportTitle: '', reportId: '', source: '', observationId: 'o', ...extra,
});
const zh = { lang: 'zh' as const, t: translator('zh') };
const en = { lang: 'en' as const, t: translator('en') };

describe('what an exported chart says under it', () => {
  it('the key names only the marks used; no warning for one year', () => {
    const n = exportNotes({ rows: [row(), row({ qualifier: 'at_least' })], notes: undefined }, zh);
    expect(n.key).toBe('≥ 下限(“余/超/以上”)');
    expect(n.mixedYears).toBe('');
    expect(n.notes).toEqual([]);
  });
  it('every mark, in Chinese and in English, and the mixed years', () => {
    const rows = [row({ qualifier: 'at_least' }), row({ jurisdictionId: 'b', derived: 'sum', period: 2023 }), row({ caveats: '累计: …' }), row({ value: null, qualifier: null, period: 2021 })];
    const z = exportNotes({ rows, notes: ['† 江干 · …'] }, zh);
    expect(z.key).toBe('≥ 下限(“余/超/以上”) · * 推算 · † 口径不一致 · 未报告 ≠ 0');
    expect(z.mixedYears).toBe('注意:混合了 2022、2023 年的数字');
    expect(z.notes).toEqual(['† 江干 · …']);
    const e = exportNotes({ rows, notes: [] }, en);
    expect(e.key).toBe('≥ lower bound (“over”, “more than”) · * derived · † not like-for-like · not reported ≠ 0');
    expect(e.mixedYears).toBe('Note: mixes figures from 2022, 2023');
  });
  it('no warning where the entry says its years are the axis', () => {
    const rows = [row({ period: 2021 }), row({ jurisdictionId: 'b', period: 2022 })];
    expect(exportNotes({ rows, notes: [] }, zh).mixedYears).not.toBe('');
    expect(exportNotes({ rows, notes: [], yearAxis: true }, zh).mixedYears).toBe('');
  });
  it('nothing at all for exact figures of one year without notes', () => {
    expect(exportNotes({ rows: [row()], notes: [] }, zh)).toEqual({ key: '', mixedYears: '', notes: [] });
  });
});

describe('footer lines', () => {
  const measure = (s: string) => estimateWidth(s, 11);
  it('key, warning, notes, then the source; the warning lines are counted', () => {
    const f = footerLines({ key: '≥ 下限', mixedYears: '注意:混合了 2022、2023 年的数字', notes: ['† a', '† b'] }, '来源:x', 976, measure);
    expect(f.lines).toEqual(['≥ 下限', '注意:混合了 2022、2023 年的数字', '† a', '† b', '来源:x']);
    expect(f.warning).toEqual({ from: 1, count: 1 });
  });
  it('wraps a long Chinese note between characters to the width, never cutting it off', () => {
    const note = `† 江干 · 经调解撤回行政复议申请数: ${'口径不一致的说明'.repeat(20)}`;
    const f = footerLines({ key: '', mixedYears: '', notes: [note] }, '来源:x', 300, measure);
    expect(f.lines.length).toBeGreaterThan(3);
    for (const l of f.lines) expect(measure(l)).toBeLessThanOrEqual(300);
    expect(f.lines.slice(0, -1).join('').replace(/\s/g, '')).toBe(note.replace(/\s/g, ''));
    expect(f.warning.count).toBe(0);
  });
});
