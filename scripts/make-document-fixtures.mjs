// Writes the report-file fixtures of tests/fixtures/documents/ from a bundled report (data/reports/002_…, 杭州市江干区
// 2020): a minimal OOXML .docx (fflate), a PDF with a text layer and a "scanned" PDF of an image only (Chromium's
// print to PDF), a PDF of the opening whose last page is an image only, and the opening password-protected (qpdf, AES-256).
// Run once: node scripts/make-document-fixtures.mjs (needs /usr/bin/chromium, fonts-noto-cjk and qpdf).
/* global document */ // the functions given to page.evaluate run in the page
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tests', 'fixtures', 'documents');
const REPORT = '002_83cfd3be53fcf692';
const meta = JSON.parse(readFileSync(join(root, 'data', 'reports', `${REPORT}.meta.json`), 'utf8'));
const paragraphs = readFileSync(join(root, 'data', 'reports', `${REPORT}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const title = meta.title;
mkdirSync(out, { recursive: true });

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function docx() {
  const para = (text, style) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const body = [para(title, 'Heading1'), ...paragraphs.map((p) => para(p))].join('');
  const files = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'word/document.xml': `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    'word/styles.xml': `${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style></w:styles>`,
    'word/_rels/document.xml.rels': `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>${esc(meta.publisher)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-03-01T00:00:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>rol-compare fixtures</Application></Properties>`,
  };
  const mtime = new Date('2021-03-01T00:00:00Z');
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime }]])), { level: 9 });
}

const PAGE_CSS = `@page { size: A4; margin: 25mm 22mm; } body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 12pt; line-height: 1.7; }
h1 { font-size: 18pt; text-align: center; } p { text-indent: 2em; margin: 0 0 0.4em; } .break { break-before: page; } img { width: 100%; }`;
const textHtml = (paras, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}${extra}</body></html>`;

/** A JPEG data URL of report lines drawn on a canvas (an image of text, as a scanner gives). */
async function imageOfText(page, lines) {
  return page.evaluate((lines) => {
    const c = document.createElement('canvas');
    c.width = 900;
    c.height = 1273;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#111';
    g.font = '26px "Noto Sans CJK SC", sans-serif';
    let y = 90;
    for (const line of lines) for (let i = 0; i < line.length && y < c.height - 60; i += 30, y += 42) g.fillText(line.slice(i, i + 30), 60, y);
    return c.toDataURL('image/jpeg', 0.35);
  }, lines);
}

async function pdfs() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const pdf = async (html, running = false) => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const band = (inner) => `<div style="width: 100%; text-align: center; font-size: 9pt; font-family: 'Noto Sans CJK SC'">${inner}</div>`;
      return page.pdf({
        format: 'A4', printBackground: true, preferCSSPageSize: true,
        ...(running ? { displayHeaderFooter: true, headerTemplate: band(esc(meta.publisher)), footerTemplate: band('- <span class="pageNumber"></span> -') } : {}),
      });
    };
    // The report with a running header (the publisher) and page numbers (- 1 -), as government PDFs have them.
    writeFileSync(join(out, 'report.pdf'), await pdf(textHtml(paragraphs), true));
    writeFileSync(join(out, 'short.pdf'), await pdf(textHtml(paragraphs.slice(0, 2))));
    const img1 = await imageOfText(page, [title, ...paragraphs.slice(0, 3)]);
    const img2 = await imageOfText(page, paragraphs.slice(3, 8));
    const imgPage = (src, first) => `<div${first ? '' : ' class="break"'}><img src="${src}"></div>`;
    const scanCss = '@page { size: A4; margin: 10mm; } body { margin: 0; } .break { break-before: page; } img { height: 270mm; display: block; margin: 0 auto; }';
    writeFileSync(join(out, 'scanned.pdf'), await pdf(`<!doctype html><html><head><style>${scanCss}</style></head><body>${imgPage(img1, true)}${imgPage(img2, false)}</body></html>`));
    writeFileSync(join(out, 'mixed.pdf'), await pdf(textHtml(paragraphs.slice(0, 2), `<div class="break"><img src="${img2}" style="height: 240mm; width: auto"></div>`)));
  } finally {
    await browser.close();
  }
}

writeFileSync(join(out, 'report.docx'), docx());
await pdfs();
execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(out, 'short.pdf'), join(out, 'encrypted.pdf')]);
rmSync(join(out, 'short.pdf'));
console.log(`wrote report.docx, report.pdf, scanned.pdf, mixed.pdf, encrypted.pdf to ${out}`);
