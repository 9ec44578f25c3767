import { describe, expect, it } from 'vitest';
import { PREVIEW_VALUES, firstName, renderEmail, unknownFields } from './render.ts';

const template = {
  subject: 'Your application for {{job_title}}',
  body: 'Hi {{candidate_first_name}},\n\nThanks from {{ organization }}.\nFollow it: {{status_link}}',
};

describe('renderEmail', () => {
  it('fills every merge field in subject, text and HTML', () => {
    const email = renderEmail(template, PREVIEW_VALUES);
    expect(email.subject).toBe('Your application for Backend Developer');
    expect(email.text).toBe(`Hi Ava,\n\nThanks from Acme.\nFollow it: ${PREVIEW_VALUES.status_link}`);
    expect(email.html).toContain('<p>Hi Ava,</p>');
    expect(email.html).toContain(`<a href="${PREVIEW_VALUES.status_link}">`);
  });

  it('escapes markup in values and in the template, and never expands a merge field inside a value', () => {
    const email = renderEmail(
      { subject: '<b>{{job_title}}</b>', body: '<script>alert(1)</script> {{candidate_first_name}} {{job_title}}' },
      { ...PREVIEW_VALUES, candidate_first_name: '<img src=x onerror=alert(1)>', job_title: '{{status_link}} & "co"' },
    );
    expect(email.html).not.toMatch(/<script|<img|<b>/);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; {{status_link}} &amp; &quot;co&quot;');
    expect(email.text).toContain('{{status_link}} & "co"');
  });

  it('keeps CR, LF and other control characters of values out of the subject and the lines', () => {
    const email = renderEmail(template, { ...PREVIEW_VALUES, job_title: 'Dev\r\nBcc: victim@example.com' });
    expect(email.subject).toBe('Your application for Dev Bcc: victim@example.com');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('links only an http(s) status link and otherwise says where the link is', () => {
    const email = renderEmail(template, { ...PREVIEW_VALUES, status_link: 'javascript:alert(1)' });
    expect(email.html).not.toContain('javascript:');
    expect(email.text).toContain('the private link shown when you applied');
  });
});

describe('template fields', () => {
  it('lists merge fields that are not offered', () => {
    expect(unknownFields('{{job_title}} {{ salary }} {{organisation}}')).toEqual(['salary', 'organisation']);
    expect(unknownFields(template.body)).toEqual([]);
  });

  it('greets by the first word of the name', () => {
    expect(firstName('  Ava\u200b Lovelace ')).toBe('Ava\u200b');
    expect(firstName('Zoë')).toBe('Zoë');
  });
});
