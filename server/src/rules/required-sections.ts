/** required-sections: every core section of a postmortem is present. */
import { leadingMarkupLength } from '../parse/lines';
import { CORE_SECTIONS, SECTION_ORDER, satisfiedBy } from '../parse/sections';
import type { PostmortemDoc, Section, SectionKind } from '../parse/types';
import type { Rule } from './types';

export const requiredSections: Rule = {
  id: 'required-sections',
  description: 'A postmortem has a summary, a timeline, the root cause, the resolution and corrective measures.',
  severity: 'warning',
  tags: ['structure'],
  fixable: true,
  check({ doc, report }) {
    const present = new Set(doc.sections.map((section) => section.kind));
    const span = doc.title?.span ?? firstLine(doc);
    for (const core of CORE_SECTIONS) {
      if (satisfiedBy(core.kind).some((kind) => present.has(kind))) continue;
      report({
        message: `Missing section "${core.heading}": ${core.purpose}.`,
        span,
        fix: () => {
          const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
          const heading = `${'#'.repeat(headingDepth(doc))} ${core.heading}${eol}${eol}${core.placeholder}${eol}`;
          const at = insertionPoint(doc, core.kind);
          if (at === undefined) {
            const end = doc.text.length;
            const separator = doc.text.endsWith('\n') || doc.text.endsWith('\r') ? eol : `${eol}${eol}`;
            return { title: `Add the "${core.heading}" section`, edits: [{ span: { start: end, end }, newText: `${end === 0 ? '' : separator}${heading}` }] };
          }
          return { title: `Add the "${core.heading}" section`, edits: [{ span: { start: at, end: at }, newText: `${heading}${eol}` }] };
        },
      });
    }
  },
};

// The document's first line of content, after any front matter.
function firstLine(doc: PostmortemDoc): { start: number; end: number } {
  const frontMatter = doc.opaque[0] && doc.text.slice(0, doc.opaque[0].start).trim() === '' ? doc.opaque[0].end : 0;
  const match = /[^\s\uFEFF][^\r\n]*/.exec(doc.text.slice(frontMatter));
  return match ? { start: frontMatter + match.index, end: frontMatter + match.index + match[0].length } : { start: 0, end: 0 };
}

// The level the document uses for its recognised sections (most common), or 2.
function headingDepth(doc: PostmortemDoc): number {
  const counts = new Map<number, number>();
  for (const section of doc.sections) {
    if (section.form === 'heading' && section.kind !== undefined) counts.set(section.depth, (counts.get(section.depth) ?? 0) + 1);
  }
  let depth = 2;
  let best = 0;
  for (const [candidate, count] of counts) if (count > best) [depth, best] = [candidate, count];
  return depth;
}

// Before the first section that conventionally comes after `kind`; undefined means "append at the end".
function insertionPoint(doc: PostmortemDoc, kind: SectionKind): number | undefined {
  const rank = SECTION_ORDER.indexOf(kind);
  const anchor = doc.sections.find((section) => section.kind !== undefined && SECTION_ORDER.indexOf(section.kind) > rank);
  if (!anchor) return undefined;
  if (anchor.form === 'heading') return anchor.heading.start;
  // A pseudo-heading ("* Timeline", "**Timeline**"): before the real heading it sits under, or before
  // its own line when that line starts a block of its own.
  const enclosing = [...doc.sections].reverse().find((section: Section) => section.form === 'heading' && section.depth > 1 && section.heading.start < anchor.heading.start);
  if (enclosing) return enclosing.heading.start;
  const line = doc.text.slice(anchor.heading.start, anchor.heading.end);
  return /^[ \t]|^[-*+>]\s|^\d+[.)]\s/.test(line) || leadingMarkupLength(line) > 2 ? undefined : anchor.heading.start;
}
