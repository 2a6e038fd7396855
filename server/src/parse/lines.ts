/** Line-level helpers shared by the cheap detector and the parser. */
import type { Span } from './types';

/** Every line of `text` as a span without its line break (LF, CRLF or CR). */
export function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Converts offsets to 0-based line and UTF-16 column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineSpans(text).map((line) => line.start);
  }

  /** The 0-based line and column of `offset`. */
  position(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - this.starts[low]! };
  }
}

// Container markup before a line's text: indentation, bullets, ordered-list numbers. A quote
// marker is not indentation: "> ## Contact" is quoted, not nested in the section above it.
const CONTAINER = /^(?:[ \t]|[-*+•](?=[ \t])|\d{1,3}[.)](?=[ \t]))*/;

/** Columns of container markup (indentation, bullets, list numbers) before the text of the line holding `offset`; a tab is four. */
export function indentOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  const prefix = CONTAINER.exec(text.slice(start, Math.min(start + 200, text.length)))![0];
  return prefix.replace(/\t/g, '    ').length;
}

// Leading container and inline markers: indentation, quotes, list bullets, ordered-list numbers,
// a table row's first pipe, heading hashes (also inside a list item), and emphasis or code openers.
/**
 * "###Summation": a heading whose "#" lost its space. Markdown renders it as text, but it was written
 * as a heading; [1] is its "#"s, [2] its title.
 */
export const GLUED_HEADING = /^ {0,3}(#{2,6})(\p{L}[^\n]*)$/u;

/** A labelled fact as written plainly: a short label, a colon, a value ("Date: 2024-03-09", "Time of Outage: 2:35 PM"). */
export const LABELLED_FACT = /^[\p{L}][\p{L}\p{N}_ /-]{0,24}:[ \t]+\S/u;

/** A labelled fact with any emphasis or list marker around it ("**Status:** Resolved", "- **Date**: …"). */
export function isLabelledFact(line: string): boolean {
  return LABELLED_FACT.test(line.replace(/[*_]+/g, '').replace(/^[ \t>-]+/, ''));
}

// "###Summation" (a heading whose "#" lost its space) is marked up as a heading too.
const LEADING_MARKERS = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,3}[.)](?=[ \t])|\|)*(?:#{1,6}[ \t]+|#{2,6}(?=\p{L}))?(?:\*\*|__|\*|_|`|~~)*[ \t]*/u;

/** How many characters of `line` are markup before its first word (bullets, quotes, emphasis). */
export function leadingMarkupLength(line: string): number {
  return LEADING_MARKERS.exec(line)![0].length;
}

/**
 * The text of a line that might only name a section: "**Timeline**", "Issue Summary:",
 * "* Timeline (all hours, Pacific time)". Undefined for table rows and long lines.
 */
export function pseudoHeadingText(line: string): string | undefined {
  if (line.length > 100 || line.includes('|') || wordCountAbove(line, 12)) return undefined;
  let text = line.slice(leadingMarkupLength(line)).trim();
  // A link alone is a table of contents' entry ("- [Timeline](#timeline)"), and an image alone a
  // picture ("![Incident timeline](window.png)"): neither is the section.
  if (/^!?\[[^\]]*\]\([^)]*\)$/.test(text.replace(/[*_`]+$/, ''))) return undefined;
  text = text.replace(/(?:\*\*|__|\*|_|`)+$/, '').trim(); // closing emphasis
  text = text.replace(/:$/, '').replace(/(?:\*\*|__|\*|_)+$/, '').trim(); // "**Impact:**" and "**Impact**:"
  text = text.replace(/\s+must\s+contain$/i, ''); // the 0x19 assignment's labels: "Root cause and resolution must contain:"
  return text.length > 0 && text.length <= 80 ? text : undefined;
}

/** Binary search: true when [start, end) overlaps any of the sorted, disjoint `spans`. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (span.end <= start) low = middle + 1;
    else if (span.start >= end) high = middle - 1;
    else return true;
  }
  return false;
}

/** True when the line's first non-blank character lies in one of `spans` (a code fence, an HTML block). */
export function startsInside(spans: readonly Span[], text: string, line: Span): boolean {
  let first = line.start;
  while (first < line.end && (text[first] === ' ' || text[first] === '\t')) first++;
  return overlapsAny(spans, first, first + 1);
}

// True when `line` has more than `limit` space-separated words: a pseudo-heading is short.
function wordCountAbove(line: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < line.length; index++) {
    const space = line.charCodeAt(index) <= 32;
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

/** Where the line holding `offset` starts (after "\n", "\r\n" or "\r"). */
export function lineStartAt(text: string, offset: number): number {
  while (offset > 0 && text[offset - 1] !== '\n' && text[offset - 1] !== '\r') offset--;
  return offset;
}

/** Where the line holding `offset` ends, before its line break. */
export function lineEndAt(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/** The next of `lines` after `index` with text on it, as written; undefined at the end. */
export function nextTextLine(text: string, lines: readonly Span[], index: number): string | undefined {
  for (let next = index + 1; next < lines.length; next++) {
    const line = text.slice(lines[next]!.start, lines[next]!.end);
    if (line.trim() !== '') return line;
  }
  return undefined;
}

/** The level of an ATX heading line ("## Timeline" is 2) and its title; undefined for any other line. */
export function headingOf(line: string): { depth: number; title: string } | undefined {
  const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
  return heading ? { depth: heading[1]!.length, title: heading[2] ?? '' } : undefined;
}

// Every match of the patterns in a line of prose, as document spans, in order and without overlaps.
export function matchesIn(text: string, patterns: readonly RegExp[], base: number): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) spans.push({ start: base + match.index, end: base + match.index + match[0].length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans.filter((span, index) => !spans.slice(0, index).some((other) => other.end > span.start));
}
