import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/formats/documents/pdf';
import type { DocumentOutcome, ReadDocument } from '../../../../src/formats/documents/types';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/documents/${name}`));
const paragraphs = readFileSync('data/reports/002_83cfd3be53fcf692.txt', 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const TITLE = '杭州市江干区2020年法治政府建设工作报告';
const T = 30_000;

function doc(r: DocumentOutcome): ReadDocument {
  if (!r.ok) throw new Error(r.problem.message);
  return r.doc;
}
function problemOf(r: DocumentOutcome) {
  if (r.ok) throw new Error(`read ${r.doc.name}`);
  return r.problem;
}

describe('readPdf: a PDF with a text layer (Chromium, Noto Sans CJK, a running header and page numbers)', () => {
  it('gives the report: the title, then each paragraph of the .txt whole, without the header and page numbers', async () => {
    const bytes = fixture('report.pdf');
    const progress: [number, number][] = [];
    const d = doc(await readPdf({ name: 'report.pdf', bytes }, 'cd'.repeat(32), { onProgress: (done, total) => progress.push([done, total]) }));
    expect(d).toMatchObject({ name: 'report.pdf', kind: 'pdf', sha256: 'cd'.repeat(32), bytes: bytes.byteLength, title: TITLE, warnings: [] });
    expect(d.text.split('\n')).toEqual([TITLE, ...paragraphs]);
    expect(d.text).not.toMatch(/- \d+ -|杭州市江干区人民政府\n/);
    expect(d.text).toContain('2020年,全区行政复议和行政诉讼发案量同比下降34.01%和30.06%,复议纠错率同比下降7.98%,败诉率同比下降32.35%;行政首长出庭应诉率98.88%,同比上升17.69%');
    expect(d.text).toContain('2020年,累计调解各类纠纷6068件,调解成功率99.7%,调解涉及金额2.9亿元。');
    expect(d.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(bytes.byteLength).toBeGreaterThan(0); // the caller's bytes are not handed over
  }, T);

  it('a PDF whose last page is an image only: the text of the others and a warning naming the page', async () => {
    const d = doc(await readPdf({ name: 'mixed.pdf', bytes: fixture('mixed.pdf') }, 'x'));
    expect(d.text.split('\n')).toEqual([TITLE, ...paragraphs.slice(0, 2)]);
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'pdf_pages_without_text', params: { pages: '2', count: 1, total: 2 } })]);
  }, T);
});

describe('readPdf: problems, each naming the file', () => {
  it('a scanned PDF (images of text, no text layer) is pdf_scanned', async () => {
    const p = problemOf(await readPdf({ name: 'in/scanned.pdf', bytes: fixture('scanned.pdf') }, 'x'));
    expect(p).toMatchObject({ file: 'in/scanned.pdf', code: 'pdf_scanned', params: { pages: 2, characters: 0 } });
    expect(p.message).toMatch(/^in\/scanned\.pdf: a scanned PDF without a text layer/);
  }, T);

  it('a password-protected PDF is pdf_encrypted', async () => {
    const p = problemOf(await readPdf({ name: 'encrypted.pdf', bytes: fixture('encrypted.pdf') }, 'x'));
    expect(p).toMatchObject({ file: 'encrypted.pdf', code: 'pdf_encrypted', message: 'encrypted.pdf: the PDF needs a password' });
  }, T);

  it('bytes that are no PDF, and a PDF header with nothing after it, are corrupt', async () => {
    for (const bytes of [fixture('report.docx'), new TextEncoder().encode('%PDF-1.7\n%%EOF\n')]) {
      const p = problemOf(await readPdf({ name: 'bad.pdf', bytes }, 'x'));
      expect(p).toMatchObject({ file: 'bad.pdf', code: 'corrupt' });
      expect(p.message).toMatch(/^bad\.pdf: not a readable PDF/);
    }
  }, T);

  it('a read aborted between pages rejects with an AbortError', async () => {
    const c = new AbortController();
    const read = readPdf({ name: 'report.pdf', bytes: fixture('report.pdf') }, 'x', { signal: c.signal, onProgress: (done) => done === 1 && c.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  }, T);
});
