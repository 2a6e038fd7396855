/** html-swallows-markdown: Markdown right after an HTML block renders as raw text. */
import type { Rule } from './types';

// Markdown that a reader would see as typed: list markers, headings, quotes, emphasis, code, links.
const SHOWN_AS_TYPED = /^[ \t]*(?:[-*+][ \t]+\S|\d{1,3}[.)][ \t]+\S|#{1,6}[ \t]|>)|\*\*|__|`|\[[^\]\n]+\]\(/m;

export const htmlSwallowsMarkdown: Rule = {
  id: 'html-swallows-markdown',
  description:
    'An HTML block (a centred image, a <div>) is followed by a blank line: without one, the Markdown under it up to the next blank line renders as raw text, with literal ** and - marks.',
  severity: 'warning',
  tags: ['structure', 'markdown'],
  fixable: true,
  check({ doc, report }) {
    for (const swallowed of doc.swallowed) {
      // Plain sentences read the same either way; only Markdown shown as typed is worth saying.
      if (!SHOWN_AS_TYPED.test(doc.text.slice(swallowed.start, swallowed.end))) continue;
      let lineEnd = doc.text.indexOf('\n', swallowed.start);
      if (lineEnd < 0 || lineEnd > swallowed.end) lineEnd = swallowed.end;
      if (doc.text[lineEnd - 1] === '\r') lineEnd--;
      report({
        message: 'This line renders as raw text: the HTML block above it has no blank line after it, so Markdown up to the next blank line is shown as typed. Add a blank line after the HTML.',
        span: { start: swallowed.start, end: lineEnd },
        fix: () => {
          const eol = /\r\n|\n|\r/.exec(doc.text)?.[0] ?? '\n';
          return { title: 'Add a blank line after the HTML block', edits: [{ span: { start: swallowed.start, end: swallowed.start }, newText: eol }] };
        },
      });
    }
  },
};
