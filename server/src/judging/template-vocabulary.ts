/**
 * The vocabulary template-leftover reads besides its patterns: headings that are a task's or a
 * template's title, and link addresses that are placeholders. Data, each entry with where it was seen.
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
