/**
 * The .docx and PDF readers in Chromium, inside a module worker as the app runs them: a page built by Vite from
 * tests/browser/document-readers/ (mammoth's browser build, pdf.js's modern build with its own nested worker, the
 * CMaps of public/pdf-cmaps/), under the app's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWithCidFont } from '../fixtures/cid-font-pdf';
import { openWorkerPage, type WorkerPage } from './worker-page';

let wp: WorkerPage | undefined;
let page: Page;
let errors: string[] = [];
let requests: string[] = [];
const paragraphs = readFileSync('data/reports/002_83cfd3be53fcf692.txt', 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const TITLE = '杭州市江干区2020年法治政府建设工作报告';

beforeAll(async () => {
  ({ page, errors, requests } = wp = await openWorkerPage('tests/browser/document-readers', [['public/pdf-cmaps', 'pdf-cmaps'], ['tests/fixtures/documents', 'fixtures']]));
});

afterAll(async () => {
  await wp?.close();
});

const read = (kind: 'docx' | 'pdf', name: string, source: string | number[]) =>
  page.evaluate(([k, n, s]) => window.readDocument(k, n, s), [kind, name, source] as const);

describe('document readers in a module worker', () => {
  it('load pdf.js only when a PDF arrives, then read the text PDF with its own worker', async () => {
    expect(requests.filter((p) => /pdf/i.test(p))).toEqual([]);
    const r = await read('pdf', 'report.pdf', '/fixtures/report.pdf');
    expect(r.error).toBeUndefined();
    expect(r.outcome?.ok && r.outcome.doc.text.split('\n')).toEqual([TITLE, ...paragraphs]);
    expect(r.progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(requests.some((p) => /\/assets\/pdf\.worker\.min-[\w-]+\.js$/.test(p))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('fetch the CMaps of a font that is not embedded from /pdf-cmaps/', async () => {
    const text = '全年办理行政复议案件88件,同比下降12.5%,纠错率为百分之三。';
    const r = await read('pdf', 'gb.pdf', [...pdfWithCidFont('STSong-Light', 'GB1', 'UniGB-UCS2-H', text)]);
    expect(r.outcome?.ok && r.outcome.doc.text).toBe(text);
    expect(requests).toContain('/pdf-cmaps/UniGB-UCS2-H.bcmap');
  });

  it('name a scanned, an encrypted and a corrupt PDF', async () => {
    const codes = [];
    for (const f of ['scanned.pdf', 'encrypted.pdf', 'report.docx'])
      codes.push(await read('pdf', f, `/fixtures/${f}`).then((r) => (r.outcome?.ok ? 'read' : `${r.outcome?.problem.file} ${r.outcome?.problem.code}`)));
    expect(codes).toEqual(['scanned.pdf pdf_scanned', 'encrypted.pdf pdf_encrypted', 'report.docx corrupt']);
  });

  it('read the .docx with mammoth (its browser build), and name a truncated one', async () => {
    const r = await read('docx', 'report.docx', '/fixtures/report.docx');
    expect(r.outcome?.ok && r.outcome.doc.title).toBe(TITLE);
    expect(r.outcome?.ok && r.outcome.doc.text.split('\n')).toEqual([TITLE, ...paragraphs]);
    const bytes = [...readFileSync('tests/fixtures/documents/report.docx')].slice(0, 3000);
    const cut = await read('docx', 'cut.docx', bytes);
    expect(cut.outcome?.ok === false && cut.outcome.problem.code).toBe('corrupt');
    expect(errors).toEqual([]);
  });
});
