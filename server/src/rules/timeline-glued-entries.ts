/**
 * timeline-glued-entries: two timeline entries run onto one line ("- 10:40 - Paged. - 11:00 - Cache
 * cleared."), so the second one is read as part of the first and never placed in the timeline.
 */
import { readDateAt } from '../time/date';
import { readEntryTime } from '../time/entry-time';
import { readTimestampAt } from '../time/timestamp';
import type { PostmortemDoc, Span, TimelineEntry } from '../parse/types';
import type { Rule } from './types';

// Where a second entry may start: the end of a sentence (a closing bracket or quote may follow it),
// spaces, and optionally a list marker of its own ("… restarted. - 11:00 AM: …").
const SENTENCE_END = /(?<=[\p{L}\p{N})"'’”*_`])[.!?]["'’”)*_]*([ \t]+(?:[-*+•–—][ \t]+)?)((?:\*\*|__)?)(?=\d|\p{L})/gu;
// Between the time (with its zone or range) and the entry's text: a separator, not just a space.
const SEPARATOR = /^[ \t]*(?:\*\*|__|\)|\])?[ \t]*(?:[-–—|]|:(?!\d))/;
// An entry's own words start with a letter or a bold or code opener ("11:00 - **Rollback**").
const TEXT_START = /^(?:\*\*|__|\*|_|`|["“'])?\p{L}/u;

export const timelineGluedEntries: Rule = {
  id: 'timeline-glued-entries',
  description: 'One timeline entry per line: a second "time - what happened" after a sentence\'s end is put on its own line.',
  severity: 'warning',
  tags: ['timeline'],
  fixable: true,
  check({ doc, report }) {
    for (const entry of doc.timeline.entries) {
      const lineText = doc.text.slice(entry.line.start, entry.line.end);
      // Table rows and <br>-joined cells are laid out on purpose.
      if (/^[ \t]*\|/.test(lineText) || /<br\s*\/?>/i.test(lineText)) continue;
      for (const [index, glued] of gluedStarts(doc, entry).entries()) {
        report({
          message: `A second timeline entry ("${doc.text.slice(glued.time.start, glued.time.end)}") is run onto this line: put it on its own line so it is read as an entry.`,
          span: glued.time,
          fix: () => ({ title: 'Put the entry on its own line', edits: [{ span: glued.gap, newText: lineBreak(doc.text, entry.line) + markerOf(lineText, index + 1) }] }),
        });
      }
    }
  },
};

/** The glued entries of one entry's line: the time (its span) and the gap before it that the fix replaces. */
function gluedStarts(doc: PostmortemDoc, entry: TimelineEntry): Array<{ time: Span; gap: Span }> {
  const { line } = entry;
  const from = (entry.rangeEnd ?? entry.timestamp).end - line.start;
  const lineText = doc.text.slice(line.start, line.end);
  const found: Array<{ time: Span; gap: Span }> = [];
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(lineText); match; match = SENTENCE_END.exec(lineText)) {
    const gapEnd = match.index + match[0].length - match[2]!.length;
    const at = match.index + match[0].length;
    // The time (or the date before it) starts right there: no "At 11:00 we…", no "(11:00)".
    if (!readTimestampAt(lineText, at) && !readDateAt(lineText, at)) continue;
    const read = readEntryTime(lineText, at, line.start);
    if (!read || (read.date ? read.date.start : read.timestamp.start) !== line.start + at) continue;
    // "10:00 - 11:00" alone is a range, "11:00 AM and" a time in passing: a separator, then words.
    const timeEnd = Math.max(read.timestamp.end, read.rangeEnd?.end ?? 0, read.zone?.end ?? 0, read.date?.end ?? 0) - line.start;
    if (!SEPARATOR.test(lineText.slice(timeEnd, read.textStart - line.start))) continue;
    if (!TEXT_START.test(lineText.slice(read.textStart - line.start, read.textStart - line.start + 3))) continue;
    const gapStart = gapEnd - match[1]!.length;
    const time = { start: read.timestamp.start, end: (read.rangeEnd ?? read.timestamp).end };
    found.push({ time, gap: { start: line.start + gapStart, end: line.start + gapEnd } });
  }
  return found;
}

// The entry's indentation and list marker for the `nth` entry glued to it ("  - ", "3. " after "2. "); nothing for a bare line.
function markerOf(lineText: string, nth: number): string {
  const marker = /^(?:[ \t]*>)*[ \t]*(?:[-*+•][ \t]+|\d{1,3}[.)][ \t]+)?/.exec(lineText)![0];
  return /\d/.test(marker) ? marker.replace(/\d{1,3}/, (number) => String(Number(number) + nth)) : marker;
}

// The document's line break after this line (CRLF stays CRLF).
function lineBreak(text: string, line: Span): string {
  return text.startsWith('\r\n', line.end) ? '\r\n' : text[line.end] === '\r' ? '\r' : '\n';
}
