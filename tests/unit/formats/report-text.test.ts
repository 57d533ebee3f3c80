/** A report's text from a file's bytes or a paste: decoded, and held to the app's limits. */
import { describe, expect, it } from 'vitest';
import { reportTextOf } from '../../../src/formats/report-bytes';
import { checkText, MAX_TEXT_CHARS } from '../../../src/formats/report-text';

describe('report text', () => {
  it('decodes a file and says which encoding it found', () => {
    const big5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]); // 中文
    expect(reportTextOf(new TextEncoder().encode('法治政府建设'))).toEqual({ ok: true, text: '法治政府建设', encoding: 'utf-8' });
    expect(reportTextOf(big5)).toEqual({ ok: true, text: '中文', encoding: 'big5' });
  });

  it('refuses binary, empty and over-long text', () => {
    expect(reportTextOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, problem: 'binary' });
    expect(reportTextOf(new TextEncoder().encode('  \n '))).toEqual({ ok: false, problem: 'empty' });
    expect(checkText('字'.repeat(MAX_TEXT_CHARS + 1), 'pasted')).toEqual({ ok: false, problem: 'too_long' });
    expect(checkText('字', 'pasted')).toEqual({ ok: true, text: '字', encoding: 'pasted' });
  });
});
