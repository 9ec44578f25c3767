import { describe, expect, it } from 'vitest';
import { heldOrder } from './use-held-order.ts';

const rows = (...ids: string[]) => ids.map((id) => ({ id, score: id.charCodeAt(0) }));

describe('heldOrder', () => {
  it('keeps the shown order with the new values', () => {
    expect(heldOrder(['a', 'b', 'c'], rows('c', 'a', 'b')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
  it('drops rows that left and puts rows new to the page last', () => {
    expect(heldOrder(['a', 'b', 'c'], rows('d', 'c', 'a')).map((r) => r.id)).toEqual(['a', 'c', 'd']);
  });
  it('takes the new row objects, not the old ones', () => {
    const next = rows('b', 'a');
    expect(heldOrder(['a', 'b'], next)[0]).toBe(next[1]);
  });
});
