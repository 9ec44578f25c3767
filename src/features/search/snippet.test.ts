import { describe, expect, it } from 'vitest';
import { highlightWords, hitHref, matchedWords, splitSnippet } from './snippet.ts';

const m = (w: string) => `\uE000${w}\uE001`;

describe('splitSnippet', () => {
  it('splits marked words from plain text', () => {
    expect(splitSnippet(`Built apps in ${m('React')} ${m('Native')} for a bank`)).toEqual([
      { text: 'Built apps in ', hit: false },
      { text: 'React', hit: true },
      { text: ' ', hit: false },
      { text: 'Native', hit: true },
      { text: ' for a bank', hit: false },
    ]);
  });

  it('keeps markup as text and survives unbalanced markers', () => {
    expect(splitSnippet('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', hit: false }]);
    expect(splitSnippet('a \uE000b')).toEqual([
      { text: 'a ', hit: false },
      { text: 'b', hit: false },
    ]);
    expect(splitSnippet('a\uE001 b')).toEqual([{ text: 'a b', hit: false }]);
  });
});

describe('links to a hit', () => {
  it('open the page with the words as the document spells them, once each', () => {
    expect(matchedWords(`${m('Kubernetes')} and ${m('kubernetes')} ${m('k8s')}`)).toEqual(['Kubernetes', 'k8s']);
    const href = hitHref({ application_id: 'a1', job_id: 'j1', page: 2, snippet: `ran ${m('Kubernetes')}` });
    expect(href).toBe('/dashboard/jobs/j1/applications/a1?page=2&hl=Kubernetes');
    expect(hitHref({ application_id: 'a1', job_id: 'j1', page: null, snippet: m('Jane') })).toBe('/dashboard/jobs/j1/applications/a1');
  });

  it('read back bounded highlight words', () => {
    expect(highlightWords('React\nNative')).toEqual(['React', 'Native']);
    expect(highlightWords(null)).toEqual([]);
    expect(highlightWords(`${'x'.repeat(61)}\nok`)).toEqual(['ok']);
  });
});
