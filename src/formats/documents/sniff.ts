/**
 * Which reader a file goes to: by its content first, its name second. A zip is a .docx when it holds
 * `word/document.xml`; `%PDF-` within the first KB is a PDF; the OLE container of .doc/.wps/.xls, other office
 * zips (.xlsx, .pptx, .odt, .ofd), images, RTF, MHT and other archives are formats not read here; other binary
 * bytes are binary; text is HTML when it looks like a page (a doctype, `<html`, `<body`, many tags) or is named
 * .htm/.html, else plain text.
 */
import { looksBinary } from '../decode-text';
import { extensionOf } from './outcome';
import { MAX_ARCHIVE_FILES } from './types';
import { readZipDirectory } from './zip-directory';

export type Sniffed =
  | { kind: 'zip' | 'docx' | 'pdf' | 'html' | 'text' | 'binary' }
  | { kind: 'unsupported'; format: UnsupportedFormat };

/** What a file not read here is, so the message can say what to do with it. */
export type UnsupportedFormat = 'ole' | 'office_zip' | 'image' | 'archive' | 'rtf' | 'mht';

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((x, i) => b[at + i] === x);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = ascii('%PDF-');

const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
];
const ARCHIVES: readonly (readonly number[])[] = [
  ascii('Rar!'),
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x1f, 0x8b], // gzip
];

function indexOfBytes(b: Uint8Array, needle: readonly number[], from = 0, to = b.length): number {
  const first = needle[0]!;
  const end = Math.min(to, b.length) - needle.length;
  for (let i = b.indexOf(first, from); i >= 0 && i <= end; i = b.indexOf(first, i + 1))
    if (startsWith(b, needle, i)) return i;
  return -1;
}

/** Office formats inside a zip, by the part each keeps (or its mimetype entry). */
function zipKind(bytes: Uint8Array): Sniffed {
  const dir = readZipDirectory(bytes, MAX_ARCHIVE_FILES);
  const names = dir.ok ? dir.entries.map((e) => e.name) : null;
  const has = (part: string): boolean =>
    names ? names.includes(part) : indexOfBytes(bytes, ascii(part)) >= 0;
  if (has('word/document.xml')) return { kind: 'docx' };
  if (has('xl/workbook.xml') || has('ppt/presentation.xml') || has('OFD.xml') || (has('mimetype') && has('content.xml')))
    return { kind: 'unsupported', format: 'office_zip' };
  return { kind: 'zip' };
}

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i;
const HTML_TAG = /<\/?(p|div|br|span|table|td|tr|a|font|h[1-6]|li|ul|meta|title|strong|b|img|body|html)[\s>/]/gi;

/** A text is HTML when it starts like a page, holds `<html`/`<body`, or has at least 10 common tags. */
export function looksLikeHtml(head: string): boolean {
  if (HTML_START.test(head)) return true;
  if (/<html[\s>]|<body[\s>]/i.test(head)) return true;
  let tags = 0;
  for (HTML_TAG.lastIndex = 0; HTML_TAG.exec(head); ) if (++tags >= 10) return true;
  return false;
}

function textKind(bytes: Uint8Array, name: string): Sniffed {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'latin1';
  const head = new TextDecoder(label).decode(bytes.subarray(0, 65536));
  if (/^\s*\{\\rtf/.test(head)) return { kind: 'unsupported', format: 'rtf' };
  if (/^\s*MIME-Version:/i.test(head) && /multipart\/related/i.test(head)) return { kind: 'unsupported', format: 'mht' };
  const ext = extensionOf(name);
  if (looksLikeHtml(head) || ext === 'htm' || ext === 'html' || ext === 'xhtml' || ext === 'shtml') return { kind: 'html' };
  return { kind: 'text' };
}

/** A Windows bitmap: `BM`, then four reserved zero bytes after the size. */
const isBmp = (b: Uint8Array): boolean => startsWith(b, ascii('BM')) && b.length > 14 && startsWith(b, [0, 0, 0, 0], 6);

const hasUtf16Bom = (b: Uint8Array): boolean => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** The reader for these bytes. */
export function sniff(bytes: Uint8Array, name: string): Sniffed {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipKind(bytes);
  if (indexOfBytes(bytes, PDF, 0, 1024) >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, OLE)) return { kind: 'unsupported', format: 'ole' };
  if (IMAGES.some((sig) => startsWith(bytes, sig)) || isBmp(bytes) || (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)))
    return { kind: 'unsupported', format: 'image' };
  if (ARCHIVES.some((sig) => startsWith(bytes, sig))) return { kind: 'unsupported', format: 'archive' };
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) return { kind: 'binary' };
  return textKind(bytes, name);
}
