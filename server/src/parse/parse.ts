/**
 * Markdown to `PostmortemDoc`. remark gives the structure (headings, code, HTML, front matter); the
 * timeline is then read line by line inside the timeline sections, because authors write entries as
 * bullets, nested bullets, table rows, indented blocks or bare lines, and all of them must be read.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { buildSections, type RealHeading } from './build-sections';
import { htmlHeadings, htmlMarkupSpans, swallowedMarkdown } from './html-blocks';
import { isLabelledFact, lineSpans } from './lines';
import { readSummary } from './summary/index';
import { readTimeline } from './timeline';
import { findDatesWithYear } from '../time/date';
import { findZones } from '../time/zone';
import type { Detection, PostmortemDoc, Section, Span } from './types';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown text into the mdast tree (with UTF-16 offsets). */
export function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}

/** Parses a document already known to be a postmortem. */
export function parsePostmortem(text: string, detectedBy: Detection): PostmortemDoc {
  const tree = parseMarkdown(text);
  const headings: RealHeading[] = [];
  const opaque: Span[] = [];
  const swallowed: Span[] = [];
  // remark drops a leading byte order mark, so its offsets are one short of ours.
  collect(tree, text, text.startsWith('\uFEFF') ? 1 : 0, headings, opaque, swallowed);
  const lines = lineSpans(text);
  const sections = asTitle(text, buildSections(text, lines, headings, opaque), headings, opaque);
  const firstHeading = headings[0];
  // The title: an H1 before any section, or a heading of any level that opens the document ("### Postmortem: …").
  const title =
    firstHeading && (firstHeading.depth === 1 || onlyOpaqueBefore(text, opaque, firstHeading.span.start)) && sections[0]?.heading.start === firstHeading.span.start && sections[0].kind === undefined
      ? { text: firstHeading.title, span: firstHeading.span }
      : undefined;
  const summary = sections.find((section) => section.kind === 'summary');
  const preamble = { start: 0, end: Math.min(sections.find((section) => section.kind !== undefined)?.span.start ?? text.length, 3000) };
  // The incident's date: the title's, else one before the first section, else the summary's.
  const incidentDate = [title?.span, preamble, summary?.span]
    .filter((span): span is Span => span !== undefined)
    .map((span) => findDatesWithYear(text.slice(span.start, Math.min(span.end, span.start + 3000)), span.start)[0])
    .find((date) => date !== undefined);
  return {
    text,
    detectedBy,
    title,
    sections,
    timeline: readTimeline(text, lines, sections, opaque, incidentDate),
    incidentDate,
    summary: readSummary(text, lines, sections, opaque),
    summaryZone: summary ? findZones(text.slice(summary.span.start, Math.min(summary.span.end, summary.span.start + 5000)), summary.span.start)[0] : undefined,
    opaque,
    swallowed,
    wordCount: countWords(text, opaque),
  };
}

// One walk over the tree (with an explicit stack: documents nest thousands of quotes deep):
// headings with their plain text, and the spans that are not prose, in document order.
function collect(tree: Root, text: string, shift: number, headings: RealHeading[], opaque: Span[], swallowed: Span[]): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) continue;
    const start = node.position.start.offset + shift;
    const end = node.position.end.offset + shift;
    switch (node.type) {
      case 'heading':
        headings.push({ depth: node.depth, title: plainText(node).trim(), span: { start, end } });
        break;
      case 'html': {
        // Markdown swallowed by an HTML block is prose to read (and a rendering defect to report).
        const block = text.slice(start, end);
        const markdown = swallowedMarkdown(block, start);
        const html = markdown ? block.slice(0, markdown.start - start) : block;
        // The tags are markup; the text between them is what the reader sees, and an <h3> is a heading.
        opaque.push(...htmlMarkupSpans(html, start));
        headings.push(...htmlHeadings(html, start));
        if (markdown) swallowed.push(markdown);
        break;
      }
      case 'yaml':
        opaque.push({ start, end });
        break;
      case 'code':
        // Indented "code" in a postmortem is nearly always prose that happens to be indented; fences are code.
        if (/^[ \t]*(?:`{3,}|~{3,})/.test(text.slice(start, end))) opaque.push({ start, end });
        break;
      default:
        if ((node.type as string) === 'toml') opaque.push({ start, end });
        else if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
    }
  }
}

// True when nothing but whitespace, front matter, HTML and code comes before `offset`.
function onlyOpaqueBefore(text: string, opaque: readonly Span[], offset: number): boolean {
  let from = 0;
  for (const span of opaque) {
    if (span.start >= offset) break;
    if (text.slice(from, span.start).trim() !== '') return false;
    from = Math.max(from, span.end);
  }
  return text.slice(from, offset).trim() === '';
}

function plainText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'html') continue; // a comment or tag in a heading is not its text
    if ('value' in current && typeof current.value === 'string') parts.push(current.value);
    else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes);
  }
  return parts.join('');
}

/**
 * The words a reader sees, as a word processor counts them: whitespace-separated tokens with a letter
 * or digit ("10:45", "e.g." and "don't" are one word each). Not counted: front matter, code fences,
 * HTML, images, link targets, list markers, table pipes and entities such as "&nbsp;".
 */
function countWords(text: string, opaque: readonly Span[]): number {
  let count = 0;
  let from = 0;
  for (const span of [...opaque, { start: text.length, end: text.length }]) {
    const prose = text
      .slice(from, span.start)
      .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, ' ') // an image
      .replace(/\]\([^)\s]{0,2000}(?:[ \t]+"[^"\n]{0,500}")?\)/g, ']') // a link's target
      .replace(/^[ \t]{0,3}\[[^\]\n]{1,500}\]:[ \t]*\S.*$/gm, ' ') // a link reference definition
      .replace(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])/gm, ' ') // a list marker ("1." is not a word)
      .replace(/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, ' ')
      .replace(/\|/g, ' ');
    for (const token of prose.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(token[0])) count++;
    from = Math.max(from, span.end);
  }
  return count;
}

/**
 * The document's one H1, opening it over the report's parts (two or more headings under it) with
 * next to no text of its own (its metadata lines aside), is its title whatever its words: "Incident Log & Resolution Archive"
 * names the document, not a timeline and a resolution. Not when the headings under it are times.
 */
function asTitle(text: string, sections: Section[], headings: readonly RealHeading[], opaque: readonly Span[]): Section[] {
  const first = sections[0];
  if (!first || first.kind === undefined || first.depth !== 1 || first.form !== 'heading' || headings[0]?.span.start !== first.heading.start) return sections;
  if (headings.filter((heading) => heading.depth === 1).length !== 1 || headings.filter((heading) => heading.depth > 1).length < 2) return sections;
  // A timeline told as headings ("## 14:05 deploy starts") under a "# … Timeline" is that timeline.
  if (headings.some((heading) => /^\W*(?:\d{4}-\d\d-\d\d\b|\d{1,2}[:.h]\d\d)/.test(heading.title))) return sections;
  if (!onlyOpaqueBefore(text, opaque, first.heading.start)) return sections;
  const next = sections[1];
  const own = text.slice(first.heading.end, next ? next.heading.start : first.span.end);
  // Its own lines, past the report's metadata ("**Date**: …", "**Status**: RESOLVED") and rules.
  const said = own.split('\n').filter((line) => line.trim() !== '' && !isLabelledFact(line) && !/^[ \t]*(?:[-*_][ \t]*){3,}$/.test(line));
  if (said.length > 2) return sections;
  return [{ ...first, kind: undefined, covers: [] }, ...sections.slice(1)];
}
