/**
 * Markdown to `PostmortemDoc`. remark gives the structure (headings, code, HTML, front matter); the
 * timeline is then read line by line inside the timeline sections, because authors write entries as
 * bullets, nested bullets, table rows, indented blocks or bare lines, and all of them must be read.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { sectionCovers } from './sections';
import { leadingMarkupLength, lineSpans, pseudoHeadingText, startsInside } from './lines';
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
  // remark drops a leading byte order mark, so its offsets are one short of ours.
  collect(tree, text, text.startsWith('\uFEFF') ? 1 : 0, headings, opaque);
  const lines = lineSpans(text);
  const sections = buildSections(text, lines, headings, opaque);
  const firstHeading = headings[0];
  const title =
    firstHeading && firstHeading.depth === 1 && sections[0]?.heading.start === firstHeading.span.start && sections[0].kind === undefined
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
    wordCount: countWords(text, opaque),
  };
}

interface RealHeading {
  depth: number;
  title: string;
  span: Span;
}

// One walk over the tree (with an explicit stack: documents nest thousands of quotes deep):
// headings with their plain text, and the spans that are not prose, in document order.
function collect(tree: Root, text: string, shift: number, headings: RealHeading[], opaque: Span[]): void {
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
      case 'yaml':
      case 'html':
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

// A line that starts (after bullets and emphasis) with a clock time.
const ENTRY_TIME = /^[\s>*+|-]*(?:\*\*|__)?\[?\d{1,2}[:.h]\d\d/;

// Real headings, plus pseudo-headings (a line that only names a known section), each section running
// to the next heading at its level or above. A pseudo-heading nests one level under the heading it is in.
function buildSections(text: string, lines: readonly Span[], headings: readonly RealHeading[], opaque: readonly Span[]): Section[] {
  type Marker = Omit<Section, 'span'>;
  const markers: Marker[] = [];
  let next = 0;
  let enclosingDepth = 0;
  for (const line of lines) {
    const real = headings[next];
    if (real && real.span.start < line.end + 1 && real.span.start >= line.start) {
      // A setext heading spans two lines; skip every heading that starts on this line.
      while (headings[next] && headings[next]!.span.start <= line.end) {
        const heading = headings[next++]!;
        const covers = sectionCovers(heading.title, 'heading');
        markers.push({ depth: heading.depth, title: heading.title, form: 'heading', heading: heading.span, kind: covers[0], covers });
        enclosingDepth = heading.depth;
      }
      continue;
    }
    if (line.end - line.start > 100 || startsInside(opaque, text, line)) continue;
    const lineText = text.slice(line.start, line.end);
    // A timeline entry ("- 14:05 - Deploy", "09.30 UTC") names no section: most lines of a long report.
    if (ENTRY_TIME.test(lineText)) continue;
    const candidate = pseudoHeadingText(lineText);
    const covers = candidate === undefined ? [] : sectionCovers(candidate, 'pseudo');
    if (covers.length === 0) continue;
    const title = text.slice(line.start + leadingMarkupLength(text.slice(line.start, line.end)), line.end).replace(/[*_`:\s]+$/, '').replace(/\s+must\s+contain$/i, '');
    markers.push({ depth: Math.min(enclosingDepth + 1, 7), title, form: 'pseudo', heading: line, kind: covers[0], covers });
  }
  // Each marker closes every open section at its depth or deeper: one pass with a stack.
  const end = trimEnd(text, text.length);
  const sections: Section[] = markers.map((marker) => ({ ...marker, span: { start: marker.heading.start, end: Math.max(end, marker.heading.end) } }));
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length > 0 && open[open.length - 1]!.depth >= section.depth) {
      const closed = open.pop()!;
      closed.span.end = Math.max(trimEnd(text, section.heading.start), closed.heading.end);
    }
    open.push(section);
  }
  return sections;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
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
