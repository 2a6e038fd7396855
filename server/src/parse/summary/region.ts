/** Where the summary is: its section (or the prose before the first section), read as prose only. */
import { indentOf, leadingMarkupLength } from '../lines';
import type { Section, SectionKind, Span } from '../types';

/** The most of a section the summary readers read. */
export const SECTION_LIMIT = 5000;
const PREAMBLE_LIMIT = 3000;

// A "Summary" after a timeline, or after one of these headings, sums up a part of the report (a bug
// report's), not the incident. Only real headings count here: a bare line is too easily misread.
const AFTER_THE_SUMMARY: ReadonlySet<SectionKind> = new Set(['root-cause', 'resolution', 'root-cause-and-resolution', 'corrective-measures', 'lessons-learned']);

/**
 * The summary section, else the text before the first recognised section. Lines that name a section
 * under an "Issue Summary:" line belong to the summary when they are indented or bulleted under it,
 * or, in a report of such lines, when they are its Impact and Root Cause parts before the timeline:
 * the section reader takes each for a section of its own.
 */
export function summaryRegion(text: string, sections: readonly Section[]): { section: Section | undefined; span: Span } {
  // A section named a summary outranks an "Overview" or "TL;DR" before it: that one introduces the report.
  // A list item that only names the section ("- Issue Summary" in a list of contents or of the
  // assignment's parts) is no summary.
  const candidate = (section: Section, index: number) => section.kind === 'summary' && !namesOnly(text, sections, index);
  const named = sections.findIndex((section, index) => candidate(section, index) && /summ[a-z]*\b/i.test(section.title));
  const index = named >= 0 ? named : sections.findIndex(candidate);
  const summary = sections[index];
  const partSummary =
    sections.slice(0, index).some((section, before) => (section.kind === 'timeline' && !namesOnly(text, sections, before)) || (section.form === 'heading' && section.kind !== undefined && AFTER_THE_SUMMARY.has(section.kind))) ||
    closing(text, sections, index);
  if (summary && !partSummary) {
    let end = summary.span.end;
    for (const next of sections.slice(index + 1)) {
      if (next.heading.start < end) {
        // A timeline nested in the summary is not part of what the summary states.
        if (next.kind === 'timeline') end = next.heading.start;
        continue;
      }
      // A part of the summary: a pseudo-heading indented under it, an Impact or Root Cause label under a
      // pseudo-heading summary, or a heading inside a list item under it ("## Issue Summary", then "- ## Duration:").
      const indented = indentOf(text, next.heading.start) > indentOf(text, summary.heading.start);
      const part = next.form === 'pseudo' ? indented || (summary.form === 'pseudo' && (next.kind === 'impact' || next.kind === 'root-cause')) : indented && next.depth <= summary.depth;
      if (next.kind === 'timeline' || !part) break;
      end = next.span.end;
    }
    return { section: summary, span: { start: summary.heading.start, end: Math.min(end, summary.heading.start + SECTION_LIMIT) } };
  }
  // An unlabelled summary runs over its own "Impact:" and "Root Cause:" lines, up to the first real section.
  const first = sections.find((section) => section.kind !== undefined && !(section.form === 'pseudo' && (section.kind === 'impact' || section.kind === 'root-cause')));
  return { section: undefined, span: { start: 0, end: Math.min(first ? first.span.start : text.length, PREAMBLE_LIMIT) } };
}

// A list item that names a section and has no text of its own before the next section.
function namesOnly(text: string, sections: readonly Section[], index: number): boolean {
  const section = sections[index]!;
  if (section.form !== 'pseudo' || !/^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]/.test(text.slice(section.heading.start, section.heading.end))) return false;
  const next = sections[index + 1];
  return !/[\p{L}\p{N}]/u.test(text.slice(section.heading.end, next ? next.heading.start : section.span.end));
}

// A "Summary" in the second half of the report sums the report up ("Incident Analysis", "Debugging
// Process", then "Summary" and the measures): a conclusion, not the incident's summary.
function closing(text: string, sections: readonly Section[], index: number): boolean {
  const summary = sections[index];
  return summary !== undefined && inSecondHalf(text, summary);
}

/** True when the section starts in the second half of the report: a "Summary" there is its conclusion. */
export function inSecondHalf(text: string, section: Section): boolean {
  return section.heading.start > text.trimEnd().length / 2;
}

/**
 * The document's text up to the end of `span`, with all but the prose of `span` blanked out: the text
 * before it, and code, HTML and the `hidden` lines inside it. The readers keep document offsets, find
 * no words in a comment or a code block, and never read past the span.
 */
export function proseView(text: string, span: Span, opaque: readonly Span[], hidden: readonly Span[]): string {
  const chars = text.slice(span.start, span.end).split('');
  const blank = ({ start, end }: Span) => {
    for (let index = Math.max(start, span.start); index < Math.min(end, span.end); index++) {
      if (chars[index - span.start] !== '\n' && chars[index - span.start] !== '\r') chars[index - span.start] = ' ';
    }
  };
  let first = 0; // opaque spans are sorted: skip to the first that ends inside the span
  for (let high = opaque.length; first < high; ) {
    const middle = (first + high) >> 1;
    if (opaque[middle]!.end <= span.start) first = middle + 1;
    else high = middle;
  }
  for (let index = first; index < opaque.length && opaque[index]!.start < span.end; index++) blank(opaque[index]!);
  hidden.forEach(blank);
  return ' '.repeat(span.start) + chars.join('');
}

/** The document's lines inside `span`, cut to it. */
export function linesWithin(lines: readonly Span[], span: Span): Span[] {
  const within: Span[] = [];
  for (const line of lines) {
    if (line.end < span.start) continue;
    if (line.start >= span.end) break;
    within.push({ start: Math.max(line.start, span.start), end: Math.min(line.end, span.end) });
  }
  return within;
}

/** The words of the heading line at `offset`, without leading markup, trailing colons or emphasis: where findings about a section go. */
export function headingWordsAt(text: string, offset: number): Span {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const start = lineStart + leadingMarkupLength(text.slice(lineStart, lineEnd));
  let end = lineEnd;
  // A comment at the end of the line ("## Summary <!-- draft -->") is not the heading's words.
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (text.startsWith('-->', end - 3) && text.lastIndexOf('<!--', end - 3) >= start) end = text.lastIndexOf('<!--', end - 3);
  while (end > start && /[\s*_:#]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : { start: lineStart, end: lineEnd };
}
