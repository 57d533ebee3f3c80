import { describe, expect, it } from 'vitest';
import { AROUND_CHARS, WHOLE_CHARS, windowOf } from '../../../../src/features/add-report/text-window';

const lines = (n: number, width = 99) => Array.from({ length: n }, (_, i) => String(i).padStart(width, '·')).join('\n') + '\n';

describe('the part of a report text shown beside the queue', () => {
  it('is the whole of a text up to the limit', () => {
    const text = 'x'.repeat(WHOLE_CHARS);
    expect(windowOf(text, 100, 120)).toEqual({ start: 0, end: WHOLE_CHARS });
  });
  it('is the opening of a long text when nothing is focused, ending at a line end', () => {
    const text = lines(5000);
    const w = windowOf(text);
    expect(w.start).toBe(0);
    expect(text[w.end - 1]).toBe('\n');
    expect(w.end).toBeGreaterThanOrEqual(AROUND_CHARS);
    expect(w.end).toBeLessThanOrEqual(AROUND_CHARS + 100);
  });
  it('holds the focused sentence with whole lines around it', () => {
    const text = lines(5000);
    const at = 250_050;
    const w = windowOf(text, at, at + 30);
    expect(w.start).toBeLessThanOrEqual(at - AROUND_CHARS);
    expect(w.end).toBeGreaterThanOrEqual(at + 30 + AROUND_CHARS);
    expect(w.start === 0 || text[w.start - 1] === '\n').toBe(true);
    expect(text[w.end - 1]).toBe('\n');
    expect(w.end - w.start).toBeLessThan(2 * AROUND_CHARS + 300);
  });
  it('reaches the end of a text focused near its end', () => {
    const text = lines(5000);
    expect(windowOf(text, text.length - 10, text.length - 2).end).toBe(text.length);
  });
});
