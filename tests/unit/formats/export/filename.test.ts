import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capBytes, isoDate, periodSpan, safeFilename, uniqueNames } from '../../../../src/formats/export/filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeFilename', () => {
  it('keeps Chinese and joins parts with dashes', () => {
    expect(safeFilename(['行政复议', '武进', '园区', '吕梁', '2022-2023'], 'png')).toBe('行政复议-武进-园区-吕梁-2022-2023.png');
  });

  it('strips path separators, control and bidi characters, reserved characters and leading dots', () => {
    expect(safeFilename(['../../etc/passwd'], 'png')).toBe('etc passwd.png');
    expect(safeFilename(['a\\b:c*d?"e<f>g|h'], 'svg')).toBe('a b c d e f g h.svg');
    expect(safeFilename(['武进\u0000\u0007\n\t区'], 'csv')).toBe('武进 区.csv');
    expect(safeFilename(['evil\u202Egnp.exe'], 'png')).toBe('evil gnp.exe.png');
    expect(safeFilename(['...hidden'], 'png')).toBe('hidden.png');
    expect(safeFilename(['trailing. . '], 'png')).toBe('trailing.png');
  });

  it('never yields a Windows device name', () => {
    expect(safeFilename(['CON'], 'png')).toBe('_CON.png');
    expect(safeFilename(['nul'], 'csv')).toBe('_nul.csv');
    expect(safeFilename(['LPT1'], 'zip')).toBe('_LPT1.zip');
    expect(safeFilename(['console'], 'png')).toBe('console.png');
  });

  it('falls back when nothing is left and cleans the extension', () => {
    expect(safeFilename(['', '///', '\u0000'], 'png', 'chart')).toBe('chart.png');
    expect(safeFilename(['x'], '.p/n\\g')).toBe('x.png');
  });

  it('caps the name in UTF-8 bytes without splitting a character', () => {
    const long = '法治政府建设'.repeat(100);
    const name = safeFilename([long, '𠮷'.repeat(50)], 'png');
    expect(bytes(name)).toBeLessThanOrEqual(180);
    expect(name.endsWith('.png')).toBe(true);
    expect(name).not.toMatch(/\uFFFD/);
    expect(capBytes('a𠮷b', 3)).toBe('a');
  });

  it('is safe for any input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), (parts) => {
        const name = safeFilename(parts, 'png');
        expect(name).toMatch(/\.png$/);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u007f/\\:*?"<>|\u202a-\u202e]/);
        expect(name.startsWith('.')).toBe(false);
        expect(bytes(name)).toBeLessThanOrEqual(180);
        expect(name.length).toBeGreaterThan(4);
      }),
    );
  });
});

describe('helpers', () => {
  it('periodSpan', () => {
    expect(periodSpan([])).toBe('');
    expect(periodSpan([2022])).toBe('2022');
    expect(periodSpan([2023, 2022, 2023])).toBe('2022-2023');
  });
  it('isoDate', () => {
    expect(isoDate(new Date(2026, 10, 2))).toBe('2026-11-02');
  });
  it('uniqueNames', () => {
    expect(uniqueNames(['a.png', 'a.png', 'A.PNG', 'b.svg', 'a.png'])).toEqual(['a.png', 'a-2.png', 'A-3.PNG', 'b.svg', 'a-4.png']);
  });
});
