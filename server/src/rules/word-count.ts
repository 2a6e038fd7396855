/** word-count: the report's length is within what the profile's template asks for. */
import type { PostmortemDoc, Span } from '../parse/types';
import type { Rule } from './types';

export const wordCount: Rule = {
  id: 'word-count',
  description: 'The report is as long as its template asks (holberton: 400 to 600 words); only profiles that set a length are checked.',
  severity: 'info',
  tags: ['structure', 'length'],
  fixable: false,
  check({ doc, views, report }) {
    const profile = views.profile();
    if (!profile.words) return;
    const { min, max } = profile.words;
    const count = doc.wordCount;
    if (count >= min && count <= max) return;
    const advice = count < min ? `${min - count} short` : `${count - max} over`;
    report({
      message: `The report has ${count} words, ${advice}: the ${profile.name} template asks for ${min} to ${max}.`,
      span: doc.title?.span ?? firstLine(doc),
    });
  },
};

// The document's first line of content, after any front matter.
function firstLine(doc: PostmortemDoc): Span {
  const frontMatter = doc.opaque[0] && doc.text.slice(0, doc.opaque[0].start).trim() === '' ? doc.opaque[0].end : 0;
  const match = /[^\s\uFEFF][^\r\n]*/.exec(doc.text.slice(frontMatter));
  return match ? { start: frontMatter + match.index, end: frontMatter + match.index + match[0].length } : { start: 0, end: 0 };
}
