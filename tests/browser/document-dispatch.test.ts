/**
 * The dispatcher in Chromium, inside a module worker as the app runs it (no DOMParser, no document): a saved page
 * in GB2312, a zip with GBK names holding a page and a .docx, a .doc, an abort; the .docx and PDF readers' code is
 * fetched only when such a file arrives. A page built by Vite from tests/browser/document-dispatch/, under the
 * app's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkerPage, type WorkerPage } from './worker-page';

let wp: WorkerPage | undefined;
let page: Page;
let errors: string[] = [];
let requests: string[] = [];
const WUJIN = readFileSync('data/reports/000_073c9bd919876828.txt', 'utf8').split('\n').slice(0, 4).join('\n');
const TITLE = '常州市武进区2022年法治政府建设年度报告';

beforeAll(async () => {
  ({ page, errors, requests } = wp = await openWorkerPage('tests/browser/document-dispatch', [['tests/fixtures/documents', 'fixtures']]));
});

afterAll(async () => {
  await wp?.close();
});

const read = (name: string, source: string | number[], abort = false) =>
  page.evaluate(([n, s, a]) => window.readDocuments(n, s, a), [name, source, abort] as const);
const readerChunks = (): string[] => requests.filter((p) => /docx|mammoth|pdf/i.test(p));

/** A zip whose entry name is the given bytes without the UTF-8 flag (as Chinese Windows writes GBK names). */
function zipWithRawName(raw: number[], standIn: string, files: Record<string, Uint8Array>): Uint8Array {
  const zip = zipSync(files);
  const needle = new TextEncoder().encode(standIn);
  for (let at = 0; at <= zip.length - needle.length; at++) if (needle.every((b, k) => zip[at + k] === b)) zip.set(raw, at);
  return zip;
}

describe('readDocuments in a module worker', () => {
  it('reads a GB2312 page without loading the .docx or PDF readers', async () => {
    const r = await read('wujin.html', '/fixtures/wujin-2022-gb2312.html');
    expect(r.error).toBeUndefined();
    const [o] = r.outcomes!;
    expect(o?.ok && [o.doc.text, o.doc.title, o.doc.published, o.doc.encoding]).toEqual([WUJIN, TITLE, '2023-03-28', 'gb18030']);
    expect(o?.ok && o.doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readerChunks()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads a zip with a GBK-named page and a .docx, loading the .docx reader then', async () => {
    // 武进区.htm in GBK: CE E4 BD F8 C7 F8 then ASCII
    const gbkName = [0xce, 0xe4, 0xbd, 0xf8, 0xc7, 0xf8, ...new TextEncoder().encode('.htm')];
    const zip = zipWithRawName(gbkName, 'ABCDEF.htm', {
      'ABCDEF.htm': new Uint8Array(readFileSync('tests/fixtures/documents/wujin-2022.html')),
      'report.docx': new Uint8Array(readFileSync('tests/fixtures/documents/report.docx')),
      'scan.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    const r = await read('打包.zip', [...zip]);
    expect(r.error).toBeUndefined();
    expect(r.outcomes!.map((o) => (o.ok ? `${o.doc.name} ${o.doc.kind}` : o.problem.code))).toEqual(['打包.zip/武进区.htm html', '打包.zip/report.docx docx']);
    expect(r.progress).toEqual([[1, 2], [2, 2]]);
    const first = r.outcomes![0]!;
    expect(first.ok && first.doc.warnings.map((w) => w.params?.entry)).toEqual(['打包.zip/scan.png']);
    expect(readerChunks().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('names a .doc as unsupported and rejects an aborted read with an AbortError', async () => {
    const doc = await read('旧.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(doc.outcomes).toMatchObject([{ ok: false, problem: { file: '旧.doc', code: 'unsupported' } }]);
    const zip = zipSync({ 'a.txt': new TextEncoder().encode(WUJIN), 'b.txt': new TextEncoder().encode(WUJIN) });
    const aborted = await read('a.zip', [...zip], true);
    expect(aborted.error).toMatch(/^AbortError/);
  });
});
