/**
 * The vocabulary template-leftover reads besides its patterns: placeholders, headings that are a
 * task's or a template's title, and link addresses that are placeholders. Data, each entry with where it was seen.
 */

/**
 * Headings that are the assignment's task titles or a template's title slot, compared after
 * markup, numbering and end punctuation are trimmed, case-insensitively.
 */
export const TEMPLATE_HEADINGS: ReadonlyArray<{ heading: string; kind: 'task' | 'template'; note: string }> = [
  { heading: 'my first postmortem', kind: 'task', note: 'the 0x19 postmortem project, task 0' },
  { heading: 'make people want to read your postmortem', kind: 'task', note: 'the 0x19 postmortem project, task 1 (seen as a "###" heading in a student report)' },
  { heading: 'your title here', kind: 'template', note: 'generic document templates' },
  { heading: 'title here', kind: 'template', note: 'generic document templates' },
  { heading: 'insert title here', kind: 'template', note: 'generic document templates' },
  { heading: 'add a title', kind: 'template', note: 'generic document templates' },
  { heading: 'title', kind: 'template', note: 'a template heading left unfilled' },
  { heading: 'postmortem title', kind: 'template', note: 'postmortem templates: "# [Postmortem title]"' },
  { heading: 'incident title', kind: 'template', note: 'incident report templates' },
  { heading: 'title of the incident', kind: 'template', note: 'incident report templates' },
  { heading: 'heading', kind: 'template', note: 'a template heading left unfilled' },
  { heading: 'section title', kind: 'template', note: 'a template heading left unfilled' },
];

/**
 * Hosts reserved for examples (RFC 2606), and services of stand-in images: a link to them, or to
 * any of their subdomains, is a placeholder. Seen: "[incident response documentation](https://example.com/…)",
 * an architecture diagram image on "https://example.com/diagram.png", a title's "[Service
 * Outage](https://example.com/incident-report)", a "Timeline Diagram" from via.placeholder.com.
 */
export const PLACEHOLDER_HOSTS: readonly string[] = [
  'example.com',
  'example.org',
  'example.net',
  // Services that serve stand-in images of any size ("https://via.placeholder.com/600x200.png?text=Timeline+Diagram").
  'placeholder.com',
  'placehold.co',
  'placehold.it',
  'dummyimage.com',
  'placekitten.com',
  'fakeimg.pl',
];

/**
 * Link targets that are a prompt, not an address (compared without scheme, "www.", ".com", a
 * trailing slash, angle brackets): "http://link-here", "your-link", "<link>", "insert-url-here", and the
 * documentation's stand-in path "path/to/diagram.png".
 */
export const PLACEHOLDER_TARGET = /^(?:(?:your|insert|add|paste|put)[-_ ]?(?:the[-_ ]?|a[-_ ]?|your[-_ ]?)?)?(?:link|url|website|image|img)(?:[-_ ]?(?:here|goes[-_ ]?here|to[-_ ]?\w+(?:[-_]\w+){0,3}))?$|^(?:\.{0,2}\/)?path\/to\//i;

/** Placeholders: markers, bracketed prompts, dummy text, times and dates to fill in. */
export const PLACEHOLDERS: readonly RegExp[] = [
  /\bFIXME\b/g,
  /\blorem\s+ipsum\b/gi,
  // The stand-in names of forms and examples.
  /\b(?:John|Jane)\s+Doe\b/g,
  // "[insert the date]", "{your name}", "[Add the impact here]" (not a link: "[Add alerts](…)")
  /[[{]\s*(?:insert|your|add|enter|put|fill\s+in|describe|name\s+of|placeholder)\b[^\]}\n]{0,80}[\]}](?![([:])/gi,
  /<\s*(?:insert|your|enter|fill\s+in)\b[^<>\n]{0,80}>/gi,
  // "[Date]", "[Company Name]", "[Time zone]" (not "[x]", a checked box)
  /\[(?:date|time|timezone|time\s+zone|name|author|company(?:\s+name)?|service(?:\s+name)?|team(?:\s+name)?|duration|number|percentage|link|url|owner)\](?![([:])/gi,
];

/**
 * A time or a date left to fill in: "xx:xx", "2022-01-xx", "XX/XX/2024"; "HH:MM" or "YYYY-MM-DD"
 * where a time or a date is given (a line's start, after a label), not where a format is named.
 */
export const TIME_PLACEHOLDERS: readonly RegExp[] = [
  /\b(?:xx|XX|x|X):(?:xx|XX)\b|\b(?:\d{4}|xxxx|XXXX)-(?:\d\d|xx|XX)-(?:xx|XX)\b|\b(?:xx|XX)\/(?:xx|XX)\/(?:\d{4}|xxxx|XXXX)\b/g,
  /(?<=^[ \t>]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?|\b(?:date|time|start|end|started|ended|detected|resolved)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?:\*\*|__)?)(?:YYYY-MM-DD(?:[ T]HH:MM)?|HH:MM(?::SS)?|MM\/DD\/YYYY|DD\/MM\/YYYY)\b/gim,
];
