import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText, parseMarkdown, safeHref } from './markdown.ts';

describe('job description Markdown', () => {
  it('makes paragraphs from blank lines and keeps single line breaks', () => {
    expect(markdownToHtml('One\ntwo\n\n\nThree')).toBe('<p>One<br>\ntwo</p>\n<p>Three</p>');
  });

  it('turns "- " lines into one list, also right after a paragraph line', () => {
    expect(markdownToHtml('We offer:\n- holidays\n- a **budget**\nThanks')).toBe(
      '<p>We offer:</p>\n<ul>\n<li>holidays</li>\n<li>a <strong>budget</strong></li>\n</ul>\n<p>Thanks</p>',
    );
  });

  it('renders raw HTML as text, never as markup', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)> & "quotes"');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>');
  });

  it('links only http(s) and mailto targets; others stay literal text', () => {
    expect(markdownToHtml('[site](https://acme.test/a?b=1&c=2) [mail](mailto:jobs@acme.test)')).toBe(
      '<p><a href="https://acme.test/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">site</a> <a href="mailto:jobs@acme.test" rel="nofollow noopener noreferrer">mail</a></p>',
    );
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', 'ftp://x.test', 'vbscript:x']) {
      expect(markdownToHtml(`[x](${bad})`)).toBe(`<p>[x](${bad.replace(/&/g, '&amp;')})</p>`);
    }
    expect(safeHref('https://')).toBeNull();
    expect(safeHref('mailto:')).toBeNull();
  });

  it('escapes quotes in link targets so an attribute cannot be broken out of', () => {
    expect(markdownToHtml('[x](https://a.test/"onmouseover="alert(1))')).not.toContain('"onmouseover');
  });

  it('keeps an unclosed ** as text', () => {
    expect(parseMarkdown('a ** b')).toEqual([{ type: 'paragraph', lines: [[{ type: 'text', text: 'a ** b' }]] }]);
  });

  it('gives plain text for meta descriptions, cut at a word', () => {
    expect(markdownToText('**Hi** there\n\n- one\n- [two](https://x.test)')).toBe('Hi there one two');
    expect(markdownToText('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });
});
