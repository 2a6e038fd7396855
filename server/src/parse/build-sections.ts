/**
 * The sections of a postmortem, as a reader sees them: real headings, lines that only name a section
 * ("**Timeline**", "Issue Summary:"), and the layouts authors use that Markdown does not mean:
 * a `#` heading used for a labelled line inside a `##` section ("# Root Cause: the certificate
 * expired…"), headings that sit under an empty section as its parts ("Corrective measures", then
 * "# Improvements:" and "# Tasks:"), and a section of time-led lines under any heading (a timeline).
 */
import { sectionCovers } from './sections';
import { GLUED_HEADING, leadingMarkupLength, pseudoHeadingText, startsInside } from './lines';
import type { Section, SectionKind, Span } from './types';

/** A heading remark found, with its plain text. */
export interface RealHeading {
  depth: number;
  title: string;
  span: Span;
}

type Marker = Omit<Section, 'span'>;

// A line that starts (after bullets and emphasis) with a clock time.
const ENTRY_TIME = /^[\s>*+|-]*(?:\*\*|__)?\[?\d{1,2}[:.h]\d\d/;
// A line that is all bold, as a heading is ("**Crisis Timeline**", "- __Root cause of trouble:__").
const BOLD_LINE = /^[ \t]*(?:[-*+][ \t]+)?(\*\*|__)([^*_\n]{1,80}?):?\1[ \t]*:?[ \t]*$/;
// A heading that is a label and a sentence: "Root Cause: The certificate expired without renewal".
const LABELLED_LINE = /^[\p{L}][\p{L} /&-]{0,40}:\s*(?:\S+\s+){4,}\S/u;
// Headings that close a document rather than belong to the section above: "Conclusion", "Author".
const CLOSING = /^(?:conclusions?|closing|final\s+(?:thoughts|words)|summary\s+and\s+conclusion|appendix|references|resources|authors?|about|contact|acknowledge?ments?|thanks|credits|the\s+end)\b/i;

/**
 * Real headings, plus pseudo-headings (a line that only names a known section), each section running
 * to the next heading at its level or above. A pseudo-heading nests one level under the heading it is in.
 */
export function buildSections(text: string, lines: readonly Span[], headings: readonly RealHeading[], opaque: readonly Span[]): Section[] {
  const markers = readMarkers(text, lines, headings, opaque);
  nestPartsOfEmptySections(text, markers);
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
  recogniseTimelinesByContent(text, sections);
  return sections;
}

function readMarkers(text: string, lines: readonly Span[], headings: readonly RealHeading[], opaque: readonly Span[]): Marker[] {
  const markers: Marker[] = [];
  let next = 0;
  let enclosingDepth = 0;
  let recognisedDepth = 0; // the depth of the last recognised section's heading
  for (const line of lines) {
    const real = headings[next];
    if (real && real.span.start < line.end + 1 && real.span.start >= line.start) {
      // A setext heading spans two lines; skip every heading that starts on this line.
      while (headings[next] && headings[next]!.span.start <= line.end) {
        const heading = headings[next++]!;
        // "# Root Cause: The certificate expired…" under "## Issue Summary" is a labelled line of that section.
        if (heading.depth < recognisedDepth && LABELLED_LINE.test(heading.title)) continue;
        const covers = headingCovers(heading.title);
        markers.push({ depth: heading.depth, title: heading.title, form: 'heading', heading: heading.span, kind: covers[0], covers });
        enclosingDepth = heading.depth;
        if (covers.length > 0) recognisedDepth = heading.depth;
      }
      continue;
    }
    if (line.end - line.start > 100 || startsInside(opaque, text, line)) continue;
    const lineText = text.slice(line.start, line.end);
    // "###Summation": a heading whose "#" lost its space renders as text, but it was written as a
    // heading, at its level, whatever it names.
    const glued = GLUED_HEADING.exec(lineText);
    if (glued) {
      const title = glued[2]!.replace(/[\s#]+$/, '');
      const covers = headingCovers(title);
      markers.push({ depth: glued[1]!.length, title, form: 'heading', heading: line, kind: covers[0], covers });
      enclosingDepth = glued[1]!.length;
      if (covers.length > 0) recognisedDepth = glued[1]!.length;
      continue;
    }
    // A timeline entry ("- 14:05 - Deploy", "09.30 UTC") names no section: most lines of a long report.
    if (ENTRY_TIME.test(lineText)) continue;
    // A line that ends a sentence, or goes on with a paragraph in lower case ("…and we apologise to
    // everyone / who was affected."), is prose that happens to name a section.
    if (/\.[*_\s]*$/.test(lineText) || (/^[ \t]*\p{Ll}/u.test(lineText) && previousIsText(text, lines, line))) continue;
    const candidate = pseudoHeadingText(lineText);
    // A line in bold alone is written as a heading: read it as one ("**Root cause of the trouble**",
    // "**Crisis Timeline**"), words around the phrase allowed; so is a title centred with spaces, as a
    // word processor lays it out ("                    Summary of outage").
    const bold = BOLD_LINE.exec(lineText);
    const asHeading = (bold && bold[2]!.split(/\s+/).length <= 8) || centredTitle(text, line);
    const covers = candidate === undefined ? [] : sectionCovers(candidate, asHeading ? 'heading' : 'pseudo');
    if (covers.length === 0) continue;
    const title = text.slice(line.start + leadingMarkupLength(text.slice(line.start, line.end)), line.end).replace(/[*_`:\s]+$/, '').replace(/\s+must\s+contain$/i, '');
    markers.push({ depth: Math.min(enclosingDepth + 1, 7), title, form: 'pseudo', heading: line, kind: covers[0], covers });
  }
  return markers;
}

// A lone line indented far past a code block's four spaces, between blank lines, of a few words and
// no sentence end: a title centred with spaces.
function centredTitle(text: string, line: Span): boolean {
  const centred = /^(?: {8,}|\t{2,}| *\t+ {4,})(\S[^\n]*?)[ \t]*$/.exec(text.slice(line.start, line.end).replace(/\r$/, ''));
  if (!centred || /[.!?,;]$/.test(centred[1]!) || centred[1]!.split(/\s+/).length > 8) return false;
  const from = Math.max(0, line.start - 200);
  const before = text.slice(from, line.start);
  const blankBefore = line.start === 0 || /\n[ \t]*\r?\n$/.test(before) || (from === 0 && /^[ \t]*\r?\n$/.test(before));
  return blankBefore && /^(?:\r?\n[ \t]*(?:\r?\n|$)|$)/.test(text.slice(line.end, line.end + 200));
}

// A recognised section with nothing under its heading, followed by headings that name no other
// section ("Corrective and Preventative Measures", then "# Improvements:" and "# Tasks:"): those
// headings are its parts, whatever their level, up to a heading that names another section or
// closes the document.
function nestPartsOfEmptySections(text: string, markers: Marker[]): void {
  for (let index = 0; index < markers.length - 1; index++) {
    const parent = markers[index]!;
    const first = markers[index + 1]!;
    // Only a heading at the parent's level or above is misplaced; a deeper one is nested already.
    if (parent.kind === undefined || first.depth > parent.depth || text.slice(parent.heading.end, first.heading.start).trim() !== '') continue;
    const partDepth = first.depth;
    let part = index + 1;
    for (; part < markers.length; part++) {
      const marker = markers[part]!;
      const ownKind = marker.kind !== undefined && !parent.covers.includes(marker.kind);
      if (ownKind || marker.depth < partDepth || CLOSING.test(marker.title.replace(/^[^\p{L}]+/u, ''))) break;
      marker.depth = parent.depth + 1 + (marker.depth - partDepth);
    }
    index = part - 1;
  }
}

// True when the line before `line` has words (the line continues a paragraph).
function previousIsText(text: string, lines: readonly Span[], line: Span): boolean {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start < line.start) low = middle;
    else high = middle - 1;
  }
  const previous = lines[low]!;
  return previous.start < line.start && /[\p{L}\p{N}]/u.test(text.slice(previous.start, previous.end));
}

// What a heading names; for "Root Cause: a stale DNS record…", what its label names.
function headingCovers(title: string): SectionKind[] {
  const covers = sectionCovers(title, 'heading');
  const label = /^([^:]{1,60}):\s*\S/.exec(title)?.[1];
  return covers.length > 0 || label === undefined ? covers : sectionCovers(label, 'heading');
}

// A section we could not name whose lines mostly start with a clock time is a timeline ("Sequence
// of what we saw", "Day one"), in a report whose headings name no timeline.
function recogniseTimelinesByContent(text: string, sections: Section[]): void {
  const timelines = sections.filter((section) => section.kind === 'timeline');
  if (timelines.length > 0) return;
  for (const [index, section] of sections.entries()) {
    if (section.kind !== undefined || section.form !== 'heading') continue;
    // Its own lines: up to its first sub-section.
    const ownEnd = Math.min(section.span.end, sections[index + 1]?.heading.start ?? Infinity, section.heading.end + 20000);
    const body = text.slice(section.heading.end, Math.max(ownEnd, section.heading.end));
    const lines = body.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '' && !/^\s*#/.test(line));
    const timed = lines.filter((line) => ENTRY_TIME.test(line)).length;
    if (timed >= 3 && timed >= lines.length * 0.6) {
      const covers: SectionKind[] = ['timeline'];
      Object.assign(section, { kind: 'timeline', covers });
    }
  }
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
