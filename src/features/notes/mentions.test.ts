import { describe, expect, it } from 'vitest';
import { insertMention, matchMembers, mentionAt, splitMentions } from './mentions.ts';

describe('mentionAt', () => {
  it('finds the "@…" word at the caret, not an address already typed or an "@" inside a word', () => {
    expect(mentionAt('Ask @ow', 7)).toEqual({ start: 4, query: 'ow' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail me at bob@x', 16)).toBeNull();
    expect(mentionAt('Ask @ow then', 12)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the word with the address and a space, the caret after it', () => {
    expect(insertMention('Ask @ow', { start: 4, query: 'ow' }, 'owner@acme.test')).toEqual({ text: 'Ask @owner@acme.test ', caret: 21 });
    expect(insertMention('Ask @ow please', { start: 4, query: 'ow' }, 'owner@acme.test')).toEqual({ text: 'Ask @owner@acme.test please', caret: 21 });
  });
});

describe('matchMembers', () => {
  it('puts addresses starting with the query first', () => {
    const members = [{ email: 'bob.owner@acme.test' }, { email: 'owner@acme.test' }, { email: 'viewer@acme.test' }];
    expect(matchMembers(members, 'own').map((m) => m.email)).toEqual(['owner@acme.test', 'bob.owner@acme.test']);
  });
});

describe('splitMentions', () => {
  it('marks mentions of known members only, keeping the trailing full stop as text', () => {
    expect(splitMentions('Hi @owner@acme.test. And @nobody@x.test', new Set(['owner@acme.test']))).toEqual([
      { text: 'Hi ', mention: false },
      { text: '@owner@acme.test', mention: true },
      { text: '. And @nobody@x.test', mention: false },
    ]);
  });
});
