import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeText, implausibleDecoding } from '../../../src/formats/decode-text';
import { parseCsvDataset } from '../../../src/formats/csv-dataset';

/** tests/fixtures/encodings/: one dataset in each encoding, written by make.py with Python's codecs */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));

describe('CSV files in each text encoding', () => {
  it.each([
    ['big5.csv', 'big5', '馬鞍山市', false],
    ['gb18030.csv', 'gb18030', '马鞍山市', false],
    ['utf16le.csv', 'utf-16le', '马鞍山市', true],
    ['utf16be.csv', 'utf-16be', '马鞍山市', true],
    ['utf8.csv', 'utf-8', '马鞍山市', false],
  ] as const)('%s is read as %s and imports its place by name', (file, encoding, name, bom) => {
    const d = decodeText(fixture(file));
    expect(d).toMatchObject({ encoding, bom, replaced: 0 });
    expect(implausibleDecoding(d)).toBeNull();
    const r = parseCsvDataset(d.text, file);
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (r.ok) expect(r.value.jurisdictions[0]!.name.zh).toBe(name);
  });

  it('the Big5 file read as GB18030 would be the mojibake the import must never store', () => {
    const wrong = new TextDecoder('gb18030').decode(fixture('big5.csv'));
    expect(wrong).not.toContain('馬鞍山市');
    expect(decodeText(fixture('big5.csv')).scores!.gb18030!).toBeLessThan(0);
  });

  it('refuses a file that reads as Chinese in neither legacy encoding (Shift_JIS)', () => {
    const d = decodeText(fixture('shift-jis.csv'));
    expect(d.encoding === 'gb18030' || d.encoding === 'big5').toBe(true);
    expect(implausibleDecoding(d)).toMatchObject({ reason: 'not_chinese' });
  });

  it('refuses a decoding with many replacement characters (a UTF-8 BOM over GBK bytes)', () => {
    const gbk = fixture('gb18030.csv');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...gbk]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBeGreaterThan(1);
    expect(implausibleDecoding(d)).toMatchObject({ reason: 'replaced' });
  });

  it('believes valid UTF-8 and a decoding with one stray replacement character in long text', () => {
    expect(implausibleDecoding(decodeText(new TextEncoder().encode('Ma’anshan, Anhui')))).toBeNull();
    const long = new TextEncoder().encode(`${'马鞍山市调解矛盾纠纷'.repeat(50)}`);
    const withBad = new Uint8Array([0xef, 0xbb, 0xbf, ...long, 0xff]);
    expect(implausibleDecoding(decodeText(withBad))).toBeNull();
  });
});
