/** Sniffing a file's format by content and name, the plain-text reader, and the sha-256 of its bytes. */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/formats/documents/hash';
import { sniff } from '../../../../src/formats/documents/sniff';
import { readText, titleLine } from '../../../../src/formats/documents/text';
import { encoderFor, utf8 } from './legacy-encoding';

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const REPORT = '常州市武进区2022年法治政府建设年度报告\n2022年,常州市武进区以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。\n';

describe('sniff', () => {
  it('tells zip, docx and other office zips apart by the parts they hold', () => {
    expect(sniff(zipSync({ 'a.txt': utf8('x') }), 'a.zip')).toEqual({ kind: 'zip' });
    const docx = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': utf8('<w:document/>') });
    expect(sniff(docx, 'report.zip')).toEqual({ kind: 'docx' });
    expect(sniff(docx.subarray(0, docx.length - 30), 'cut.docx')).toEqual({ kind: 'docx' });
    expect(sniff(zipSync({ 'xl/workbook.xml': utf8('<x/>') }), 'a.xlsx')).toEqual({ kind: 'unsupported', format: 'office_zip' });
    expect(sniff(zipSync({ 'OFD.xml': utf8('<x/>') }), 'a.ofd')).toEqual({ kind: 'unsupported', format: 'office_zip' });
  });

  it('goes by content before the name', () => {
    expect(sniff(utf8('%PDF-1.7\n%âãÏÓ\n'), 'report.docx')).toEqual({ kind: 'pdf' });
    expect(sniff(OLE, 'report.doc')).toEqual({ kind: 'unsupported', format: 'ole' });
    expect(sniff(OLE, 'report.wps')).toEqual({ kind: 'unsupported', format: 'ole' });
    expect(sniff(PNG, 'scan.txt')).toEqual({ kind: 'unsupported', format: 'image' });
    expect(sniff(utf8('<!DOCTYPE html><html><body><p>法治</p></body></html>'), 'report.doc')).toEqual({ kind: 'html' });
    expect(sniff(utf8('{\\rtf1\\ansi 法治}'), 'report.doc')).toEqual({ kind: 'unsupported', format: 'rtf' });
    expect(sniff(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0]), 'a.7z')).toEqual({ kind: 'unsupported', format: 'archive' });
    expect(sniff(new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8]), 'report.txt')).toEqual({ kind: 'binary' });
  });

  it('reads text as HTML when it looks like a page or is named like one', () => {
    expect(sniff(utf8(REPORT), 'report.txt')).toEqual({ kind: 'text' });
    expect(sniff(utf8(REPORT), 'report.htm')).toEqual({ kind: 'html' });
    expect(sniff(utf8('<meta charset="utf-8"><p>法治</p>'), 'paste')).toEqual({ kind: 'html' });
    expect(sniff(utf8('<div>一</div>'.repeat(10)), 'fragment')).toEqual({ kind: 'html' });
    expect(sniff(utf8('BMW 与 a<b 的比较'), 'note.txt')).toEqual({ kind: 'text' });
  });
});

describe('readText', () => {
  it('decodes UTF-8, GB18030 and Big5 and takes a title line', () => {
    const gb = encoderFor('gb18030');
    const big5 = encoderFor('big5');
    const fromGb = readText({ name: '武进.txt', bytes: gb(REPORT) }, 'h');
    expect(fromGb).toMatchObject({ ok: true, doc: { kind: 'text', text: REPORT, encoding: 'gb18030', title: '常州市武进区2022年法治政府建设年度报告', warnings: [] } });
    const trad = '呂梁市2023年法治政府建設年度報告\r\n2023年,呂梁市堅持以習近平新時代中國特色社會主義思想為指導。\r\n';
    const fromBig5 = readText({ name: 'lvliang.txt', bytes: big5(trad) }, 'h');
    expect(fromBig5).toMatchObject({ ok: true, doc: { encoding: 'big5', text: trad.replace(/\r\n/g, '\n'), title: '呂梁市2023年法治政府建設年度報告' } });
    const fromUtf8 = readText({ name: 'a.txt', bytes: utf8(REPORT) }, 'abc');
    expect(fromUtf8).toEqual({
      ok: true,
      doc: { name: 'a.txt', kind: 'text', sha256: 'abc', bytes: utf8(REPORT).length, text: REPORT, title: '常州市武进区2022年法治政府建设年度报告', encoding: 'utf-8', warnings: [] },
    });
  });

  it('names no title when the first line is a sentence', () => {
    expect(titleLine('2022年,全区法治政府建设工作取得新成效。\n')).toBeUndefined();
    expect(titleLine('一、主要举措\n')).toBeUndefined();
  });

  it('refuses empty and binary files and warns of undecodable bytes', () => {
    expect(readText({ name: 'e.txt', bytes: new Uint8Array() }, 'h')).toMatchObject({ ok: false, problem: { file: 'e.txt', code: 'empty' } });
    expect(readText({ name: 's.txt', bytes: utf8(' \n\t ') }, 'h')).toMatchObject({ ok: false, problem: { file: 's.txt', code: 'empty' } });
    expect(readText({ name: 'b.txt', bytes: new Uint8Array([0, 1, 2, 3]) }, 'h')).toMatchObject({ ok: false, problem: { code: 'binary' } });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('法治'), 0xff, ...utf8('政府')]);
    const read = readText({ name: 'r.txt', bytes: bom }, 'h');
    expect(read).toMatchObject({ ok: true, doc: { text: '法治\uFFFD政府', warnings: [{ code: 'replacement_characters', params: { count: 1 } }] } });
  });
});

describe('sha256Hex', () => {
  it('hashes with Web Crypto', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
