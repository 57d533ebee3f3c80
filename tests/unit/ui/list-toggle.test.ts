import { describe, expect, it } from 'vitest';
import { toggle } from '../../../src/ui/list-toggle';

describe('toggle', () => {
  it('removes an item that is there and appends one that is not, leaving the list as it was', () => {
    const list = ['a', 'b', 'c'] as const;
    expect(toggle(list, 'b')).toEqual(['a', 'c']);
    expect(toggle(list, 'd')).toEqual(['a', 'b', 'c', 'd']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
