/** Reading a .zip of reports: names in UTF-8 and GBK, a nested archive, bombs, damaged and cut-short archives. */
import { readFileSync } from 'node:fs';
import { deflateSync, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../../src/formats/documents';
import { decodeLegacyName } from '../../../../src/formats/documents/zip-directory';
import { crc32 } from '../../../../src/formats/documents/zip-unpack';
import { readZip, ZIP_LIMITS } from '../../../../src/formats/documents/zip';
import type { DocumentOutcome } from '../../../../src/formats/documents/types';
import { encoderFor, utf8 } from './legacy-encoding';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url)));
const REPORT = '2022年,常州市武进区以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。\n一、主要举措和成效\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

const summary = (outcomes: DocumentOutcome[]): string[] =>
  outcomes.map((o) => (o.ok ? `ok ${o.doc.name} ${o.doc.kind}` : `${o.problem.code} ${o.problem.file}`));

/**
 * A zip whose entry names are GBK bytes without the UTF-8 flag, as Chinese Windows writes them: zipSync writes
 * ASCII stand-ins of the same length (no flag), which are then overwritten with the GBK bytes in both headers.
 */
function gbkNamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const gbk = encoderFor('gb18030');
  const names = Object.keys(files).map((name, i) => {
    const bytes = gbk(name);
    const standIn = [...bytes].map((b) => (b === 0x2f ? '/' : String.fromCharCode(0x41 + i))).join('');
    return { bytes, standIn };
  });
  const zip = zipSync(Object.fromEntries(names.map((n, i) => [n.standIn, Object.values(files)[i]!])));
  for (const { bytes, standIn } of names) {
    const needle = utf8(standIn);
    for (let at = 0; at <= zip.length - needle.length; at++)
      if (needle.every((b, k) => zip[at + k] === b)) zip.set(bytes, at);
  }
  return zip;
}

describe('readDocuments on a .zip', () => {
  it('reads every report inside, named by its path, with UTF-8 names', async () => {
    const zip = zipSync({
      '武进区/武进区2022.txt': utf8(REPORT),
      '武进区/网页.html': fixture('wujin-2022.html'),
      '武进区/': new Uint8Array(),
      '__MACOSX/武进区/._网页.html': new Uint8Array([0, 5, 22, 7]),
      '武进区/.DS_Store': new Uint8Array([0, 0, 0, 1]),
      'Thumbs.db': OLE,
    } as Zippable);
    const out = await readDocuments({ name: 'reports.zip', bytes: zip });
    expect(summary(out)).toEqual(['ok reports.zip/武进区/武进区2022.txt text', 'ok reports.zip/武进区/网页.html html']);
    const html = out[1]!;
    expect(html.ok && html.doc.title).toBe('常州市武进区2022年法治政府建设年度报告');
    expect(out[0]!.ok && out[0]!.doc.text).toBe(REPORT);
  });

  it('decodes GBK names stored without the UTF-8 flag', async () => {
    const zip = gbkNamedZip({ '武进区2022.txt': utf8(REPORT), '法治政府/报告.htm': fixture('wujin-2022-gb2312.html') });
    const out = await readDocuments({ name: '打包.zip', bytes: zip });
    expect(summary(out)).toEqual(['ok 打包.zip/武进区2022.txt text', 'ok 打包.zip/法治政府/报告.htm html']);
  });

  it('reads a name without the UTF-8 flag as ASCII, UTF-8 (as macOS writes it) or GB18030', () => {
    expect(decodeLegacyName(utf8('report-2022.docx'))).toBe('report-2022.docx');
    expect(decodeLegacyName(utf8('武进区2022.docx'))).toBe('武进区2022.docx');
    expect(decodeLegacyName(encoderFor('gb18030')('武进区2022.docx'))).toBe('武进区2022.docx');
  });

  it('reads entries whose sizes follow their data (a streamed archive) and names an archive of nothing', async () => {
    const parts: Uint8Array[] = [];
    const streamed = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    for (const name of ['一.txt', '二.txt']) {
      const entry = new ZipDeflate(name, { level: 6 });
      streamed.add(entry);
      entry.push(utf8(REPORT), true);
    }
    streamed.end();
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    expect(bytes[6]! & 8).toBe(8); // the first local header says a data descriptor follows
    expect(summary(await readDocuments({ name: 's.zip', bytes }))).toEqual(['ok s.zip/一.txt text', 'ok s.zip/二.txt text']);
    const nothing = zipSync({ '__MACOSX/._a.txt': new Uint8Array([0, 5]), 'empty/': new Uint8Array() } as Zippable);
    expect(summary(await readDocuments({ name: 'n.zip', bytes: nothing }))).toEqual(['empty n.zip']);
  });

  it('unpacks a nested zip one level deep and refuses a deeper one', async () => {
    const deepest = zipSync({ 'c.txt': utf8(REPORT) });
    const inner = zipSync({ 'b.txt': utf8(REPORT), 'deeper.zip': deepest });
    const out = await readDocuments({ name: 'outer.zip', bytes: zipSync({ 'a.txt': utf8(REPORT), 'inner.zip': inner }) });
    expect(summary(out)).toEqual(['ok outer.zip/a.txt text', 'ok outer.zip/inner.zip/b.txt text', 'zip_bomb outer.zip/inner.zip/deeper.zip']);
  });

  it('warns of images on the first report, and names .doc files as unsupported', async () => {
    const zip = zipSync({ 'scan.png': PNG, 'photo.bin': PNG, 'old.doc': OLE, 'report.txt': utf8(REPORT) });
    const out = await readDocuments({ name: 'a.zip', bytes: zip });
    expect(summary(out)).toEqual(['unsupported a.zip/old.doc', 'ok a.zip/report.txt text']);
    const doc = out[1]!.ok ? out[1]!.doc : null;
    expect(doc?.warnings.map((w) => [w.code, w.params?.entry])).toEqual([
      ['zip_entry_skipped', 'a.zip/scan.png'],
      ['zip_entry_skipped', 'a.zip/photo.bin'],
    ]);
    const imagesOnly = await readDocuments({ name: 'b.zip', bytes: zipSync({ 'scan.jpg': PNG }) });
    expect(summary(imagesOnly)).toEqual(['unsupported b.zip/scan.jpg']);
  });

  it('reports progress per entry and stops on abort', async () => {
    const zip = zipSync({ 'a.txt': utf8(REPORT), 'b.txt': utf8(REPORT), 'c.txt': utf8(REPORT) });
    const seen: [number, number][] = [];
    await readDocuments({ name: 'a.zip', bytes: zip }, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
    const ctl = new AbortController();
    ctl.abort();
    await expect(readDocuments({ name: 'a.zip', bytes: zip }, { signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const mid = new AbortController();
    const reading = readDocuments({ name: 'a.zip', bytes: zip }, { signal: mid.signal, onProgress: () => mid.abort() });
    await expect(reading).rejects.toBeInstanceOf(DOMException);
  });
});

/** Rewrites the uncompressed size the central directory states for every entry. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('archives over a cap', () => {
  it('stops an entry that inflates far past its packed size, whatever its header says', async () => {
    const zeros = zipSync({ 'report.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(zeros.length).toBeLessThan(100_000);
    const lying = lieAboutSize(zeros, 1000);
    for (const bytes of [zeros, lying]) {
      const out = await readDocuments({ name: 'bomb.zip', bytes: zipSync({ 'ok.txt': utf8(REPORT), 'inner.zip': bytes }, { level: 0 }) });
      expect(out).toEqual([expect.objectContaining({ ok: false, problem: expect.objectContaining({ code: 'zip_bomb', file: 'bomb.zip/inner.zip' }) })]);
    }
  });

  it('stops an archive that unpacks to more than its budget, and one whose directory declares too much', async () => {
    const size = utf8(REPORT).length;
    const limits = { ...ZIP_LIMITS, unpackedBytes: 3 * size };
    const files = Object.fromEntries(['a', 'b', 'c', 'd'].map((k) => [`${k}.txt`, utf8(REPORT)]));
    const read = async (f: { name: string }): Promise<DocumentOutcome> => ({ ok: false, problem: { file: f.name, code: 'empty', message: '' } });
    // declared: four entries of `size` bytes over a budget of three
    expect(summary(await readZip({ name: 'big.zip', bytes: zipSync(files) }, read, undefined, limits))).toEqual(['zip_bomb big.zip']);
    // produced: the directory says 10 bytes each, the fourth entry's output passes the budget
    expect(summary(await readZip({ name: 'lies.zip', bytes: lieAboutSize(zipSync(files), 10) }, read, undefined, limits))).toEqual(['zip_bomb lies.zip']);
    // the same lie within the budget: each entry's size does not match → corrupt
    const three = Object.fromEntries(['a', 'b', 'c'].map((k) => [`${k}.txt`, utf8(REPORT)]));
    expect(summary(await readZip({ name: 'l.zip', bytes: lieAboutSize(zipSync(three), 10) }, read, undefined, limits))).toEqual(['corrupt l.zip/a.txt', 'corrupt l.zip/b.txt', 'corrupt l.zip/c.txt']);
  });

  it('refuses an archive with more files than the cap', async () => {
    const many: Zippable = {};
    for (let i = 0; i <= ZIP_LIMITS.files; i++) many[`f${i}.txt`] = utf8('x');
    const out = await readDocuments({ name: 'many.zip', bytes: zipSync(many, { level: 0 }) });
    expect(out).toEqual([expect.objectContaining({ ok: false, problem: expect.objectContaining({ code: 'zip_bomb', file: 'many.zip', params: { files: ZIP_LIMITS.files + 1, max: ZIP_LIMITS.files } }) })]);
  });

  it('says an entry over the file cap is too large and still reads the others', async () => {
    const limits = { ...ZIP_LIMITS, fileBytes: 2 * utf8(REPORT).length };
    const zip = zipSync({ 'long.txt': utf8(REPORT.repeat(3)), 'short.txt': utf8(REPORT) });
    const read = async (f: { name: string }): Promise<DocumentOutcome> => ({ ok: false, problem: { file: f.name, code: 'empty', message: 'read' } });
    expect(summary(await readZip({ name: 'z.zip', bytes: zip }, read, undefined, limits))).toEqual(['too_large z.zip/long.txt', 'empty z.zip/short.txt']);
  });
});

describe('damaged archives', () => {
  it('calls a cut-short archive corrupt, and a damaged entry corrupt by its CRC', async () => {
    const zip = zipSync({ 'a.txt': utf8(REPORT), 'b.txt': utf8(REPORT) }, { level: 0 });
    expect(summary(await readDocuments({ name: 'cut.zip', bytes: zip.subarray(0, zip.length - 40) }))).toEqual(['corrupt cut.zip']);
    const damaged = zip.slice();
    const at = damaged.indexOf(0xe5, 40); // a byte inside a.txt's stored text
    damaged[at] = 0x41;
    expect(summary(await readDocuments({ name: 'd.zip', bytes: damaged }))).toEqual(['corrupt d.zip/a.txt', 'ok d.zip/b.txt text']);
  });

  it('calls undecodable deflate data corrupt', async () => {
    const zip = zipSync({ 'a.txt': utf8(REPORT.repeat(20)) }, { level: 6 });
    const bad = zip.slice();
    bad.fill(0xff, 40, 60);
    expect(summary(await readDocuments({ name: 'bad.zip', bytes: bad }))).toEqual(['corrupt bad.zip/a.txt']);
    expect(crc32([utf8('123456789')])).toBe(0xcbf43926);
    expect(deflateSync(utf8('x')).length).toBeGreaterThan(0);
  });
});
