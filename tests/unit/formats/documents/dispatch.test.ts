/** The dispatcher: one outcome per report, by content first; caps, abort, and HTML pasted from a clipboard. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToReport, MAX_DOCUMENT_BYTES, readDocuments } from '../../../../src/formats/documents';
import { sha256Hex } from '../../../../src/formats/documents/hash';
import { encoderFor, utf8 } from './legacy-encoding';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/documents/${name}`, import.meta.url)));
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
const REPORT = '2022年,全区各类调解组织共调解矛盾纠纷2.3万余件,调解成功率98.6%;全年受理法律援助案件1410件。\n';

describe('readDocuments', () => {
  it('reads a text file with its hash and size', async () => {
    const bytes = encoderFor('gb18030')(REPORT);
    const [out] = await readDocuments({ name: '武进.txt', bytes });
    expect(out).toEqual({ ok: true, doc: { name: '武进.txt', kind: 'text', sha256: await sha256Hex(bytes), bytes: bytes.length, text: REPORT, encoding: 'gb18030', warnings: [] } });
  });

  it('reads a page by its content whatever its name says', async () => {
    const [out] = await readDocuments({ name: '报告.doc', bytes: fixture('wujin-2022.html') });
    expect(out).toMatchObject({ ok: true, doc: { kind: 'html', name: '报告.doc', title: '常州市武进区2022年法治政府建设年度报告' } });
  });

  it('names the problem of an empty, binary, .doc, .wps and image file', async () => {
    const codes = async (name: string, bytes: Uint8Array): Promise<unknown> => (await readDocuments({ name, bytes }))[0];
    expect(await codes('e.txt', new Uint8Array())).toMatchObject({ ok: false, problem: { file: 'e.txt', code: 'empty' } });
    expect(await codes('b.bin', new Uint8Array([7, 0, 1, 2, 3, 0, 9]))).toMatchObject({ ok: false, problem: { file: 'b.bin', code: 'binary' } });
    const doc = await readDocuments({ name: '报告.doc', bytes: OLE });
    expect(doc).toEqual([{ ok: false, problem: { file: '报告.doc', code: 'unsupported', message: expect.stringMatching(/save it as \.docx or PDF/), params: { format: 'ole' } } }]);
    expect(await codes('报告.wps', OLE)).toMatchObject({ ok: false, problem: { code: 'unsupported', params: { format: 'ole' } } });
    expect(await codes('scan.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatchObject({ ok: false, problem: { code: 'unsupported', params: { format: 'image' } } });
  });

  it('refuses a file over the size cap before reading it', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x41);
    expect(await readDocuments({ name: 'big.txt', bytes: big })).toMatchObject([{ ok: false, problem: { file: 'big.txt', code: 'too_large', params: { max: MAX_DOCUMENT_BYTES } } }]);
  });

  it('rejects with an AbortError when the signal is aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const reading = readDocuments({ name: 'a.txt', bytes: utf8(REPORT) }, { signal: ctl.signal });
    await expect(reading).rejects.toBeInstanceOf(DOMException);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('hands .docx and PDF files to their readers', async () => {
    const [docx] = await readDocuments({ name: 'report.docx', bytes: fixture('report.docx') });
    expect(docx?.ok && docx.doc.kind).toBe('docx');
    const [pdf] = await readDocuments({ name: 'report.pdf', bytes: fixture('report.pdf') });
    expect(pdf?.ok && pdf.doc.kind).toBe('pdf');
  }, 30_000); // loading mammoth and pdf.js for the first time takes seconds on a busy machine
});

describe('htmlToReport', () => {
  it('reads HTML pasted from a browser as a saved page is read', async () => {
    const sentence = '全区各级行政机关认真落实行政机关负责人出庭应诉制度,行政机关负责人出庭应诉率达到百分之百,行政复议决定履行率保持百分之百。';
    const clip = `<meta charset='utf-8'><div class="location">当前位置:<a>首页</a> &gt; <a>法治政府建设</a></div><div class="article-con"><p style="text-indent:2em">${sentence}</p><p>${sentence}</p></div><p>【打印此页】【关闭窗口】</p>`;
    const out = await htmlToReport(clip, '粘贴');
    expect(out).toMatchObject({ ok: true, doc: { name: '粘贴', kind: 'html', text: `${sentence}\n${sentence}`, sha256: await sha256Hex(utf8(clip)), warnings: [] } });
    expect(await htmlToReport('<p><a href="/">首页</a></p>', '粘贴')).toMatchObject({ ok: false, problem: { code: 'html_no_body' } });
  });
});
