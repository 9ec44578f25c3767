// Markup a candidate or recruiter might type into any text field. Each sets window.__pwned if a page ever runs it,
// which the browser check looks for; the API must store every one of them as plain text.
export const MARKUP = {
  fullName: `<img src=x onerror="window.__pwned='full_name'">Ada`,
  email: `"<svg/onload=window.__pwned=1>"@evil.example`,
  phone: `<b onmouseover=alert(1)>+1 555</b>`,
  coverLetter: `<script>window.__pwned='cover_letter'</script><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  portfolio: `https://evil.example/"><script>window.__pwned='links'</script>`,
  note: `<img src=x onerror="window.__pwned='note'"> **bold** [link](javascript:alert(1))`,
  jobTitle: `<script>window.__pwned='title'</script>Staff Engineer`,
  jobLocation: `<svg onload="window.__pwned='location'">Remote`,
  jobDescription: `<img src=x onerror="window.__pwned='description'">\n\n<a href="javascript:window.__pwned=1">apply</a>`,
} as const;

// Unicode a real name can hold: accents, scripts written right to left, emoji with joiners, a bidi override.
export const UNICODE_NAMES = {
  accents: 'Zoë Ångström-Núñez',
  rtl: 'שרה כהן · سارة الكوهين',
  emoji: 'Ada 👩🏽‍💻 Lovelace 🏳️‍🌈',
  bidiOverride: 'Eve \u202Egnp.exe\u202C Mallory',
  combining: 'Åsa (A\u030Asa) Zalgo Z\u0351\u0352\u0353\u0354',
} as const;
