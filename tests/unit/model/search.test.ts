import { describe, expect, it } from 'vitest';
import { searchReports, segmentText } from '../../../src/model/search';

const reports = [
  { id: 'a', jurisdiction: 'ja', text: '全年办理行政复议案件117件。行政复议委员会…' },
  { id: 'b', jurisdiction: 'jb', text: '收到行政復議申請574件', textSimplified: '收到行政复议申请574件' },
];

describe('searchReports', () => {
  it('finds a phrase in simplified and traditional texts alike, with context from the original', () => {
    const hits = searchReports(reports, '行政复议', { context: 2 });
    expect(hits.map((h) => [h.report, h.offset, h.match])).toEqual([
      ['a', 4, '行政复议'],
      ['a', 15, '行政复议'],
      ['b', 2, '行政復議'],
    ]);
    expect(hits[2]!.before).toBe('收到');
    expect(hits[2]!.after).toBe('申請');
  });
  it('ignores empty needles and folds full-width characters', () => {
    expect(searchReports(reports, '  ')).toEqual([]);
    expect(searchReports(reports, '１１７件').map((h) => h.report)).toEqual(['a']);
  });
});

describe('segmentText', () => {
  it('nests the figure inside the quote and keeps plain text around', () => {
    const segs = segmentText('abcdefghij', [
      { start: 2, end: 8, kind: 'quote' },
      { start: 4, end: 6, kind: 'figure' },
    ]);
    expect(segs.map((s) => [s.text, s.kind])).toEqual([
      ['ab', 'plain'], ['cd', 'quote'], ['ef', 'figure'], ['gh', 'quote'], ['ij', 'plain'],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('abcdefghij');
  });
});
