import { describe, expect, it } from 'vitest';
import { chineseScore, decodeText, looksBinary } from '../../../src/formats/decode-text';
import { encoderFor } from './documents/legacy-encoding';


const SIMPLIFIED = '2022年,全区各类调解组织共调解矛盾纠纷2.3万余件,调解成功率98.6%;全年受理法律援助案件1410件。';
const TRADITIONAL = '全年我市12345熱線共受理各類訴求80.63萬件,辦結80.27萬件,按時辦結率99.19%,企業群眾滿意率93.57%。';
const toGb = encoderFor('gb18030');
const toBig5 = encoderFor('big5');

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    const d = decodeText(new TextEncoder().encode(SIMPLIFIED));
    expect(d).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8', bom: false, replaced: 0 });
  });

  it('reads UTF-8 with a BOM and drops it', () => {
    const body = new TextEncoder().encode(TRADITIONAL);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const d = decodeText(bytes);
    expect(d).toMatchObject({ text: TRADITIONAL, encoding: 'utf-8', bom: true });
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('detects GB18030 (simplified and traditional text)', () => {
    for (const s of [SIMPLIFIED, TRADITIONAL, '法治政府建设']) {
      const d = decodeText(toGb(s));
      expect(d.encoding).toBe('gb18030');
      expect(d.text).toBe(s);
      expect(d.scores!.gb18030!).toBeGreaterThan(d.scores!.big5!);
    }
  });

  it('detects Big5', () => {
    for (const s of [TRADITIONAL, '法治政府建設年度報告']) {
      const d = decodeText(toBig5(s));
      expect(d.encoding).toBe('big5');
      expect(d.text).toBe(s);
    }
  });

  it('tells hard-coded byte sequences apart: 中文 in GBK and in Big5', () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toMatchObject({ encoding: 'gb18030', text: '中文' });
    expect(decodeText(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]))).toMatchObject({ encoding: 'big5', text: '中文' });
  });

  it('keeps a BOM file as UTF-8 and counts the invalid bytes', () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]));
    expect(d).toMatchObject({ encoding: 'utf-8', bom: true, replaced: 1, text: 'A\uFFFDB' });
  });

  it('scores Chinese text high and mojibake low', () => {
    expect(chineseScore(SIMPLIFIED)).toBeGreaterThan(0.7);
    expect(chineseScore('いゅ\uFFFD\uE000')).toBeLessThan(0);
    expect(chineseScore('plain ASCII')).toBe(1);
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and control characters, not text', () => {
    expect(looksBinary(new TextEncoder().encode(SIMPLIFIED + '\r\n\t'))).toBe(false);
    expect(looksBinary(toGb(SIMPLIFIED))).toBe(false);
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41))))).toBe(true);
    expect(looksBinary(new Uint8Array([]))).toBe(false);
  });
});

describe('decodeText for CSV files', () => {
  it('decodes UTF-8 (with or without BOM), UTF-16 and GB18030', () => {
    const s = '地区,数值';
    expect(decodeText(new TextEncoder().encode(s))).toMatchObject({ text: s, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]))).toMatchObject({ text: s, encoding: 'utf-8' });
    const le = new Uint8Array(2 + s.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      le[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    expect(decodeText(le)).toMatchObject({ text: s, encoding: 'utf-16le' });
    // "中文" in GBK
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toMatchObject({ text: '中文', encoding: 'gb18030' });
  });
});
