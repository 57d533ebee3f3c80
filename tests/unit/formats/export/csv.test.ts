import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BOM, cellText, isFormulaLike, neutralise, toCsv, toTsv } from '../../../../src/formats/export/csv';

describe('formula neutralising', () => {
  const dangerous = ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', ' =HYPERLINK("x")', '\n=cmd|x', '\r\n@x', '−1', '＝1', '　=1'];
  it.each(dangerous)('neutralises %j', (s) => {
    expect(isFormulaLike(s)).toBe(true);
    expect(neutralise(s)).toBe(`'${s}`);
  });
  it('leaves ordinary text and numbers alone', () => {
    for (const s of ['武进', '1.5万件', 'a=b', '100%', '', '“引文”=']) expect(neutralise(s)).toBe(s);
    expect(cellText(-34.01)).toBe('-34.01');
    expect(cellText(15000)).toBe('15000');
    expect(cellText(-0)).toBe('0');
    expect(cellText(null)).toBe('');
    expect(cellText(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  const header = ['地区', '数值', '原文'];
  const rows = [
    ['武进', 15000, '全年办理行政复议案件1.5万件,"较上年"增长'],
    ['=cmd|" /C calc"!A0', -34.01, 'line1\nline2'],
    ['园区', null, ' \n-2+3'],
  ];
  const csv = toCsv(header, rows);

  it('starts with a BOM, ends rows with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV parser, with dangerous cells neutralised', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      header,
      ['武进', '15000', '全年办理行政复议案件1.5万件,"较上年"增长'],
      ["'=cmd|\" /C calc\"!A0", '-34.01', 'line1\nline2'],
      ['园区', '', "' \n-2+3"],
    ]);
    for (const row of parsed.data) for (const cell of row) if (!/^-?\d/.test(cell)) expect(isFormulaLike(cell)).toBe(false);
  });
});

describe('toTsv', () => {
  it('puts one row per line with tabs, no BOM, breaks inside cells become spaces', () => {
    const tsv = toTsv(['a', 'b'], [['x\ty', 'p\r\nq'], ['=1', 2]]);
    expect(tsv).toBe("a\tb\r\nx y\tp q\r\n'=1\t2\r\n");
  });
});
