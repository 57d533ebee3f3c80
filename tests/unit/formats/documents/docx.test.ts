import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../src/formats/documents/docx';
import type { DocumentOutcome, ReadDocument } from '../../../../src/formats/documents/types';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/documents/${name}`));
const report = readFileSync('data/reports/002_83cfd3be53fcf692.txt', 'utf8');
const paragraphs = report.split('\n').map((l) => l.trim()).filter(Boolean);

function doc(r: DocumentOutcome): ReadDocument {
  if (!r.ok) throw new Error(r.problem.message);
  return r.doc;
}

/** A .docx of the given paragraphs: the parts Word needs, nothing else. */
function makeDocx(paras: string[]): Uint8Array {
  const body = paras.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

describe('readDocx', () => {
  it('gives the report of the fixture: its title, then each paragraph on its own line', async () => {
    const bytes = fixture('report.docx');
    const d = doc(await readDocx({ name: 'report.docx', bytes }, 'ab'.repeat(32)));
    expect(d).toMatchObject({ name: 'report.docx', kind: 'docx', sha256: 'ab'.repeat(32), bytes: bytes.byteLength, warnings: [] });
    expect(d.title).toBe('杭州市江干区2020年法治政府建设工作报告');
    expect(d.text.split('\n')).toEqual([d.title, ...paragraphs]);
    expect(d.text).toContain('2020年,全区行政复议和行政诉讼发案量同比下降34.01%和30.06%,复议纠错率同比下降7.98%,败诉率同比下降32.35%;行政首长出庭应诉率98.88%,同比上升17.69%');
    expect(d.text).toContain('今年以来,63起案件当事人经调解后主动撤回申请。');
  });

  it('takes no title from a first paragraph that is a sentence or a numbered heading', async () => {
    for (const first of ['全年办理行政复议案件88件。', '一、主要举措和成效']) {
      const d = doc(await readDocx({ name: 'a.docx', bytes: makeDocx([first, '第二段。']) }, 'x'));
      expect(d.text).toBe(`${first}\n第二段。`);
      expect(d.title).toBeUndefined();
    }
  });

  it('a truncated file is corrupt, named', async () => {
    const bytes = fixture('report.docx');
    const r = await readDocx({ name: 'reports/cut.docx', bytes: bytes.slice(0, Math.floor(bytes.length / 2)) }, 'x');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ file: 'reports/cut.docx', code: 'corrupt' });
    expect(r.problem.message).toMatch(/^reports\/cut\.docx: not a readable Word document/);
  });

  it('a zip without a Word document in it, and bytes that are no zip, are corrupt', async () => {
    for (const bytes of [zipSync({ 'a.txt': strToU8('hello') }), strToU8('PK not really a zip')]) {
      const r = await readDocx({ name: 'x.docx', bytes }, 'x');
      expect(r.ok ? r.doc : r.problem.code).toBe('corrupt');
    }
  });

  it('a document of empty paragraphs is empty', async () => {
    const r = await readDocx({ name: 'blank.docx', bytes: makeDocx(['', ' ', '\u3000']) }, 'x');
    expect(r.ok ? r.doc : r.problem).toMatchObject({ file: 'blank.docx', code: 'empty' });
  });

  it('a view into a larger buffer reads the view only', async () => {
    const inner = makeDocx(['标题报告', '正文。']);
    const big = new Uint8Array(inner.length + 20);
    big.set(inner, 10);
    const d = doc(await readDocx({ name: 'v.docx', bytes: big.subarray(10, 10 + inner.length) }, 'x'));
    expect(d.text).toBe('标题报告\n正文。');
    expect(d.bytes).toBe(inner.length);
  });

  it('an aborted read rejects with an AbortError', async () => {
    const c = new AbortController();
    c.abort();
    await expect(readDocx({ name: 'a.docx', bytes: fixture('report.docx') }, 'x', { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
