import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/formats/documents/pdf';
import { pdfWithCidFont } from '../../../fixtures/cid-font-pdf';

describe('readPdf: CJK text in fonts that are not embedded, through the pdf.js CMaps', () => {
  it('Adobe-GB1 (STSong-Light, UniGB-UCS2-H)', async () => {
    const text = '全年办理行政复议案件88件,同比下降12.5%,纠错率为百分之三。';
    const r = await readPdf({ name: 'gb.pdf', bytes: pdfWithCidFont('STSong-Light', 'GB1', 'UniGB-UCS2-H', text) }, 'x');
    expect(r.ok ? r.doc.text : r.problem.message).toBe(text);
  });

  it('Adobe-CNS1 (MSung-Light, UniCNS-UCS2-H)', async () => {
    const text = '全年辦理行政復議案件88件,同比下降12.5%,糾錯率為百分之三。';
    const r = await readPdf({ name: 'cns.pdf', bytes: pdfWithCidFont('MSung-Light', 'CNS1', 'UniCNS-UCS2-H', text) }, 'x');
    expect(r.ok ? r.doc.text : r.problem.message).toBe(text);
  });
});
