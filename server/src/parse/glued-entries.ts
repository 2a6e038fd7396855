/**
 * Timeline entries run onto one line ("- 10:40 - Paged. - 11:00 - Cache cleared."): where each
 * glued entry starts. timeline-glued-entries reports them; timeline-entry-length reads only the
 * first entry's own words.
 */
import { readDateAt } from '../time/date';
import { readEntryTime } from '../time/entry-time';
import { readTimestampAt } from '../time/timestamp';
import type { PostmortemDoc, Span, TimelineEntry } from './types';

// Where a second entry may start: the end of a sentence (a closing bracket or quote may follow it),
// spaces, and optionally a list marker of its own ("… restarted. - 11:00 AM: …").
const SENTENCE_END = /(?<=[\p{L}\p{N})"'’”*_`])[.!?]["'’”)*_]*([ \t]+(?:[-*+•–—][ \t]+)?)((?:\*\*|__)?)(?=\d|\p{L})/gu;
// Between the time (with its zone or range) and the entry's text: a separator, not just a space.
const SEPARATOR = /^[ \t]*(?:\*\*|__|\)|\])?[ \t]*(?:[-–—|]|:(?!\d))/;
// An entry's own words start with a letter or a bold or code opener ("11:00 - **Rollback**").
const TEXT_START = /^(?:\*\*|__|\*|_|`|["“'])?\p{L}/u;

/** The glued entries of one entry's line: the time (its span) and the gap before it that the fix replaces. */
export function gluedStarts(doc: PostmortemDoc, entry: TimelineEntry): Array<{ time: Span; gap: Span }> {
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
  // Without a full stop before it, a time written as this entry writes its own ("12:00pm EAT: …" then
  // "… to the requests 12:09pm EAT: …": the same zone, then a colon) starts an entry too.
  const zoneEnd = (entry.zone ?? entry.rangeEnd ?? entry.timestamp).end - line.start;
  const own = lineText.slice(zoneEnd, Math.max(zoneEnd, lineText.indexOf(entry.description.slice(0, 20), zoneEnd)));
  if (entry.zone && entry.description !== '' && /^[ \t]*:[ \t]*$/.test(own)) {
    for (const match of lineText.matchAll(BARE_BOUNDARY)) {
      const at = match.index + match[0].length;
      if (at <= from || found.some((glued) => glued.time.start === line.start + at)) continue;
      const read = readEntryTime(lineText, at, line.start);
      if (!read || read.timestamp.start !== line.start + at || read.zone?.raw !== entry.zone.raw) continue;
      if (!/^[ \t]*:[ \t]*$/.test(lineText.slice(read.zone.end - line.start, read.textStart - line.start))) continue;
      if (!TEXT_START.test(lineText.slice(read.textStart - line.start, read.textStart - line.start + 3))) continue;
      found.push({ time: { start: read.timestamp.start, end: read.timestamp.end }, gap: { start: line.start + match.index, end: line.start + at } });
    }
    found.sort((a, b) => a.time.start - b.time.start);
  }
  return found;
}

// A word, then spaces, then a digit: where a time with no full stop before it may start.
const BARE_BOUNDARY = /(?<=[\p{L}\p{N})"'’”*_`])[ \t]+(?=\d{1,2}[:.]\d)/gu;

