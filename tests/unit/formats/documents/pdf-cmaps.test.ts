import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/formats/documents/pdf';

/** A one-page PDF whose text is set in a CJK font that is not embedded (as many government PDFs are). */
function pdfWithCidFont(baseFont: string, ordering: 'GB1' | 'CNS1', encoding: string, text: string): Uint8Array {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();
  const content = `BT /F1 14 Tf 72 720 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /${encoding} /DescendantFonts [6 0 R] >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 4 >> /FontDescriptor 7 0 R >>`,
    `<< /Type /FontDescriptor /FontName /${baseFont} /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

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
