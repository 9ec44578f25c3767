import { describe, expect, it } from 'vitest';
import { STAGES } from '@/lib/stages';
import { keyAction } from './keyboard.ts';

const card = { id: 'a', stage: 'applied' as const };

describe('keyAction', () => {
  it('picks a card up with Space or Enter and ignores other keys until then', () => {
    expect(keyAction(' ', STAGES, card, null)).toEqual({ kind: 'pick' });
    expect(keyAction('Enter', STAGES, card, null)).toEqual({ kind: 'pick' });
    expect(keyAction('ArrowRight', STAGES, card, null)).toEqual({ kind: 'none' });
    // Another card being held does not make this one move.
    expect(keyAction('ArrowRight', STAGES, card, { id: 'b', from: 'applied', over: 'applied' })).toEqual({ kind: 'none' });
  });

  it('moves over the columns without wrapping, and Home/End jump to the ends', () => {
    const held = { id: 'a', from: 'applied' as const, over: 'applied' as const };
    expect(keyAction('ArrowRight', STAGES, card, held)).toEqual({ kind: 'over', stage: 'screening' });
    expect(keyAction('ArrowLeft', STAGES, card, held)).toEqual({ kind: 'none' });
    expect(keyAction('End', STAGES, card, held)).toEqual({ kind: 'over', stage: 'rejected' });
    expect(keyAction('ArrowDown', STAGES, card, { ...held, over: 'rejected' })).toEqual({ kind: 'none' });
    expect(keyAction('Home', STAGES, card, { ...held, over: 'offer' })).toEqual({ kind: 'over', stage: 'applied' });
  });

  it('drops on the chosen column, and dropping where it came from or Escape cancels', () => {
    expect(keyAction(' ', STAGES, card, { id: 'a', from: 'applied', over: 'interview' })).toEqual({ kind: 'drop', stage: 'interview' });
    expect(keyAction('Enter', STAGES, card, { id: 'a', from: 'applied', over: 'applied' })).toEqual({ kind: 'cancel' });
    expect(keyAction('Escape', STAGES, card, { id: 'a', from: 'applied', over: 'offer' })).toEqual({ kind: 'cancel' });
  });
});
