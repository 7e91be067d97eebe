import { describe, expect, it } from 'vitest';
import { nextIndexForKey } from './roving-focus.ts';

describe('nextIndexForKey', () => {
  it('moves forward and backward with arrows, looping by default', () => {
    expect(nextIndexForKey('ArrowRight', 0, 4)).toBe(1);
    expect(nextIndexForKey('ArrowDown', 3, 4)).toBe(0);
    expect(nextIndexForKey('ArrowLeft', 0, 4)).toBe(3);
    expect(nextIndexForKey('ArrowUp', 2, 4)).toBe(1);
  });
  it('jumps to the ends with Home and End', () => {
    expect(nextIndexForKey('Home', 2, 4)).toBe(0);
    expect(nextIndexForKey('End', 0, 4)).toBe(3);
  });
  it('stops at the ends without looping', () => {
    expect(nextIndexForKey('ArrowRight', 3, 4, { loop: false })).toBe(3);
    expect(nextIndexForKey('ArrowLeft', 0, 4, { loop: false })).toBe(0);
  });
  it('respects orientation and ignores other keys', () => {
    expect(nextIndexForKey('ArrowDown', 0, 4, { orientation: 'horizontal' })).toBeUndefined();
    expect(nextIndexForKey('ArrowRight', 0, 4, { orientation: 'vertical' })).toBeUndefined();
    expect(nextIndexForKey('a', 0, 4)).toBeUndefined();
    expect(nextIndexForKey('ArrowRight', 0, 0)).toBeUndefined();
  });
});
