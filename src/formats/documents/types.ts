/**
 * What reading a published report file gives: one document per report (a .zip gives one per file inside it), its
 * text as extracted, or a problem that names the file. Pure types; the readers are in this folder, each format's
 * library loaded only when a file of that format arrives.
 */

/** The formats a report arrives in. */
export type DocumentKind = 'text' | 'html' | 'docx' | 'pdf';

/** A file as it arrived: its name (inside an archive: `archive.zip/inner/path.docx`) and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** A warning that does not stop the file (the text is still used). */
export type DocumentWarningCode =
  /** an HTML page: parts of the page kept although they may be site chrome */
  | 'html_uncertain_body'
  /** a PDF page (or pages) without a text layer inside a PDF that has text elsewhere */
  | 'pdf_pages_without_text'
  /** characters the decoder could not read (U+FFFD) */
  | 'replacement_characters'
  /** a file inside an archive that is not a report format and was skipped */
  | 'zip_entry_skipped';

export interface DocumentWarning {
  code: DocumentWarningCode;
  /** English, for the command line and logs; the app words it through i18n from `code` and `params` */
  message: string;
  params?: Record<string, string | number>;
}

/** One report's text, read from one file. */
export interface ReadDocument {
  /** the file's name (inside an archive: `archive.zip/inner/path.docx`) */
  name: string;
  kind: DocumentKind;
  /** sha-256 of the file's bytes, lower-case hex */
  sha256: string;
  /** the file's size in bytes */
  bytes: number;
  /** the report's text as extracted: paragraphs on their own lines, no markup */
  text: string;
  /** the title the file states (HTML <title> or first heading, the document's first paragraph), when there is one */
  title?: string;
  /** the publication date the file states (a web page's 发布时间), YYYY-MM-DD, YYYY-MM or YYYY */
  published?: string;
  /** how the bytes were decoded (text and HTML files) */
  encoding?: string;
  warnings: DocumentWarning[];
}

export type DocumentProblemCode =
  /** a PDF without a text layer (扫描件,没有文字层) */
  | 'pdf_scanned'
  /** a PDF that needs a password */
  | 'pdf_encrypted'
  /** a PDF, .docx or .zip that cannot be read */
  | 'corrupt'
  /** an archive that unpacks to far more than it holds, too many files, or nested archives */
  | 'zip_bomb'
  /** a file (or an archive's contents) over the size cap */
  | 'too_large'
  /** no text at all */
  | 'empty'
  /** bytes that are not text in any format read here */
  | 'binary'
  /** an HTML page with navigation and links but no report body */
  | 'html_no_body'
  /** a format not read here (.doc, .wps, images…) */
  | 'unsupported';

export interface DocumentProblem {
  /** the file's name (inside an archive: `archive.zip/inner/path`) */
  file: string;
  code: DocumentProblemCode;
  /** English, for the command line and logs; the app words it through i18n from `code` and `params` */
  message: string;
  params?: Record<string, string | number>;
}

export type DocumentOutcome = { ok: true; doc: ReadDocument } | { ok: false; problem: DocumentProblem };

export interface ReadOptions {
  /** stops reading; the promise then rejects with an AbortError */
  signal?: AbortSignal;
  /** progress within one file (pages of a PDF, files of an archive) */
  onProgress?: (done: number, total: number) => void;
}

/** The size caps: a file, and what an archive may unpack to. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
export const MAX_ARCHIVE_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_ARCHIVE_FILES = 2000;
/** An archive entry may unpack to at most this many times its compressed size (text compresses about 3–10×). */
export const MAX_ARCHIVE_RATIO = 200;
