import { describe, expect, it } from 'vitest';
import { wrapNote, wrapNotes } from '../../../../src/formats/export/notes';
import { estimateWidth } from '../../../../src/formats/export/source';

const measure = (s: string) => estimateWidth(s, 10);

describe('notes under an exported chart', () => {
  it('keeps a note that fits on one line', () => {
    expect(wrapNote('† 武进 · 调解: 累计', 400, measure)).toEqual(['† 武进 · 调解: 累计']);
  });
  it('breaks Latin text between words and indents the continuation', () => {
    const lines = wrapNote('† Wujin · Disputes mediated: Cumulative (since 2019): disputes mediated since 2019, not in the year', 200, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(200);
    expect(lines.slice(1).every((l) => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
    // no word is cut
    expect(lines.map((l) => l.trim()).join(' ')).toBe('† Wujin · Disputes mediated: Cumulative (since 2019): disputes mediated since 2019, not in the year');
  });
  it('breaks Chinese text between characters', () => {
    const text = '† 武进 · 调解矛盾纠纷数 · 2022年: 累计(自2019年): 自2019年起累计调解的纠纷,非当年数,不可与他处当年数直接比较';
    const lines = wrapNote(text, 150, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(150);
    const squeeze = (x: string) => x.replace(/\s/g, '');
    expect(squeeze(lines.join(''))).toBe(squeeze(text));
  });
  it('breaks a word wider than a line inside it, and makes line breaks in the text spaces', () => {
    const lines = wrapNote(`x${'a'.repeat(60)}\nb`, 100, measure);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(100);
    expect(lines.join('')).not.toContain('\n');
  });
  it('wraps each note on its own lines', () => {
    expect(wrapNotes(['甲', '乙'], 100, measure)).toEqual(['甲', '乙']);
    expect(wrapNotes([], 100, measure)).toEqual([]);
  });
});
