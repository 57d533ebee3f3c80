import { describe, expect, it } from 'vitest';
import { splitOpening } from '../../../../src/features/add-report/batch/opening';

describe('the opening of a long text', () => {
  it('is the whole of a text up to one and a half times its size', () => {
    expect(splitOpening('a\n'.repeat(7), 10)).toBe(14);
  });
  it('ends at the end of the line at or after its size', () => {
    const text = 'x'.repeat(95) + '\n' + 'y'.repeat(20) + '\n' + 'z'.repeat(200);
    expect(splitOpening(text, 100)).toBe(95 + 1 + 20 + 1);
    expect(text.slice(0, splitOpening(text, 100)).endsWith('\n')).toBe(true);
  });
  it('is the whole text when no line ends after its size', () => {
    expect(splitOpening('x'.repeat(400), 100)).toBe(400);
  });
});
