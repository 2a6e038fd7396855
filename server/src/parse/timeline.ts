/** Reading timeline entries line by line inside every timeline section, and placing them in time. */
import { dateOfDay, dayLabelDate, dayNumber, type CalendarDate } from '../time/date';
import { readEntryTime, readTimeInPassing, type EntryTime } from '../time/entry-time';
import { findZones, sameZoneFamily, type ZoneMention } from '../time/zone';
import { leadingMarkupLength, startsInside } from './lines';
import type { Section, Span, Timeline, TimelineEntry, TimelineGroup } from './types';

const DAY = 24 * 60;
const HALF_DAY = 12 * 60;
const QUARTER_DAY = 6 * 60;
// A year for dates written without one when the incident's year is unknown: only order matters then.
const UNKNOWN_YEAR = 2001;

/** The timeline of the document: entries placed in time, day groups, and the zone stated for it. */
export function readTimeline(text: string, lines: readonly Span[], sections: readonly Section[], opaque: readonly Span[], incidentDate: CalendarDate | undefined): Timeline {
  // A timeline nested in another ("### Detailed timeline" under "## Timeline") is read as part of it.
  const outermost: Section[] = [];
  for (const section of sections) {
    if (section.kind === 'timeline' && !(outermost.length > 0 && outermost[outermost.length - 1]!.span.end >= section.span.end)) outermost.push(section);
  }
  const entries: TimelineEntry[] = [];
  const groups: TimelineGroup[] = [];
  let zone: ZoneMention | undefined;
  // Sub-headings inside the timeline ("### 22:04-23:00 UTC: Network split", "### Day 2 (all times UTC)").
  const subHeadings: SubHeading[] = [];
  let lineIndex = 0;
  for (const section of outermost) {
    groups.push({ label: section.title, span: section.heading, date: undefined });
    zone ??= findZones(text.slice(section.heading.start, section.heading.end), section.heading.start)[0];
    // Lines are sorted; skip to the first line after the heading.
    while (lineIndex < lines.length && lines[lineIndex]!.start <= section.heading.start) lineIndex++;
    let zoneLinesLeft = 2; // the zone may be stated on a line just under the heading
    for (let index = lineIndex; index < lines.length && lines[index]!.start < section.span.end; index++) {
      const line = lines[index]!;
      if (line.start < section.heading.end) continue;
      const lineText = text.slice(line.start, line.end);
      if (lineText.trim() === '' || startsInside(opaque, text, line)) continue;
      const offset = leadingMarkupLength(lineText);
      // Several entries on one line, split by <br> (a table cell or a pasted HTML list), are read apart.
      const bullet = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/.test(lineText);
      const read = readEntryTime(lineText, offset, line.start) ?? (bullet ? readTimeInPassing(lineText, offset, line.start) : undefined);
      if (SUB_HEADING.test(lineText)) subHeadings.push({ timed: read !== undefined, zone: read?.zone ?? findZones(lineText, line.start)[0] });
      const reads = read ? [{ segment: line, read }] : lineText.includes('<br') ? brEntries(text, lineText, line.start) : [];
      if (reads.length > 0) {
        zoneLinesLeft = 0;
        for (const { segment, read: segmentRead } of reads) {
          entries.push({
            line: segment,
            timestamp: segmentRead.timestamp,
            dateMention: segmentRead.date,
            zone: segmentRead.zone,
            rangeEnd: segmentRead.rangeEnd,
            description: stripClosingPipe(text.slice(segmentRead.textStart, segment.end).trim()),
            group: groups.length - 1,
            date: undefined,
            at: undefined,
            step: 'unreadable',
          });
        }
        continue;
      }
      const label = lineText.slice(offset).trim();
      const date = dayLabelDate(label);
      if (date !== undefined) {
        groups.push({ label, span: line, date });
        continue;
      }
      if (zoneLinesLeft > 0) {
        zoneLinesLeft--;
        zone ??= findZones(lineText, line.start)[0];
      }
    }
  }
  placeInTime(entries, groups, incidentDate);
  return { sections: outermost, zone: zone ?? subHeadingZone(subHeadings, incidentDate?.year), entries, groups };
}

const SUB_HEADING = /^[ \t]{0,3}#{1,6}[ \t]/;

interface SubHeading {
  /** The sub-heading is itself a time or a range ("### 22:04-23:00 UTC: …"). */
  timed: boolean;
  zone: ZoneMention | undefined;
}

/**
 * The zone a timeline states on its sub-headings rather than its heading: every sub-heading with a
 * time states it, at least one sub-heading does, and they all name one zone.
 */
function subHeadingZone(subHeadings: readonly SubHeading[], year: number | undefined): ZoneMention | undefined {
  const stated = subHeadings.filter((heading) => heading.zone?.zone !== undefined);
  if (stated.length === 0 || subHeadings.some((heading) => heading.timed && !heading.zone)) return undefined;
  const first = stated[0]!.zone!;
  return stated.every(({ zone }) => sameZoneFamily(zone!.zone!, first.zone!, year)) ? first : undefined;
}

// Words at an entry's start that say a day has passed since the entry before: "The following day",
// "the next morning", "(next day)", "the day after".
const NEXT_DAY = /\b(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening)\b|\bthe\s+day\s+after\b/i;

/**
 * Gives every entry its day and its minute on one continuous clock, and says how it steps from the
 * previous readable entry. Within a day, going past midnight is a rollover when the step forward is
 * at most 12 hours; past noon (documents with no am/pm, no hour over 12, no zero-padded hour) when
 * it is at most 6; an earlier time whose entry says "the following day" is the next day. A date that
 * goes backwards ("May 31" after "Oct 30") is a backwards step too.
 */
function placeInTime(entries: TimelineEntry[], groups: readonly TimelineGroup[], incidentDate: CalendarDate | undefined): void {
  const readable = entries.filter((entry) => entry.timestamp.minutesOfDay !== undefined);
  const twelveHourWithoutMarkers = readable.every(({ timestamp }) => timestamp.meridiem === undefined && timestamp.hour >= 1 && timestamp.hour <= 12 && !timestamp.raw.startsWith('0'));
  const year = incidentDate?.year ?? entries.find((entry) => entry.dateMention?.year !== undefined)?.dateMention?.year ?? UNKNOWN_YEAR;
  const withYear = (date: CalendarDate) => ({ ...date, year: date.year ?? year });
  const firstDay = incidentDate ? dayNumber(withYear(incidentDate)) : dayNumber({ year, month: 1, day: 1 });
  let day = firstDay;
  let dated = incidentDate !== undefined;
  let group = -1;
  let previous: TimelineEntry | undefined;
  for (const entry of entries) {
    for (let next = group + 1; next <= entry.group; next++) {
      const groupDate = groups[next]!.date;
      if (typeof groupDate === 'number') day = firstDay + groupDate - 1; // "Day 2"
      else if (groupDate !== undefined && groupDate !== true) {
        day = dayNumber(withYear(groupDate));
        dated = true;
      }
    }
    const newGroup = entry.group !== group;
    group = entry.group;
    if (entry.dateMention) {
      day = dayNumber(withYear(entry.dateMention));
      dated = true;
    }
    const minutes = entry.timestamp.minutesOfDay;
    if (minutes === undefined) {
      entry.date = dated ? dateOf(day, year) : undefined;
      continue;
    }
    entry.at = day * DAY + minutes;
    // A new section without a date starts afresh: two incidents' timelines are not one sequence.
    if (!previous || (newGroup && groups[entry.group]!.date === undefined)) entry.step = 'first';
    else if (entry.at >= previous.at!) entry.step = 'forward';
    else if (entry.dateMention || (newGroup && groups[entry.group]!.date !== undefined)) entry.step = 'backwards'; // its own date says so
    else if (minutes + DAY - (previous.at! % DAY) <= HALF_DAY && entry.at + DAY > previous.at!) {
      entry.step = 'rollover';
      day++;
      entry.at += DAY;
    } else if (twelveHourWithoutMarkers && entry.at + HALF_DAY - previous.at! <= QUARTER_DAY && entry.at + HALF_DAY >= previous.at!) {
      entry.step = 'rollover';
      entry.at += HALF_DAY;
    } else if (NEXT_DAY.test(entry.description.slice(0, 120)) && entry.at + DAY > previous.at!) {
      // "10:00 AM: The following day, …" after "9:00 PM": the entry says the day passed.
      entry.step = 'rollover';
      day++;
      entry.at += DAY;
    } else entry.step = 'backwards';
    entry.date = dated ? dateOf(day, year) : undefined;
    previous = entry;
  }
}

// Entries in the parts of a line between <br> tags.
function brEntries(text: string, lineText: string, base: number): Array<{ segment: Span; read: EntryTime }> {
  const segments: Span[] = [];
  const breaks = /<br\s*\/?>/gi;
  let start = 0;
  for (let match = breaks.exec(lineText); match; match = breaks.exec(lineText)) {
    segments.push({ start: base + start, end: base + match.index });
    start = match.index + match[0].length;
  }
  segments.push({ start: base + start, end: base + lineText.length });
  return segments.flatMap((segment) => {
    const segmentText = text.slice(segment.start, segment.end);
    const read = readEntryTime(segmentText, leadingMarkupLength(segmentText), segment.start);
    return read ? [{ segment, read }] : [];
  });
}

// The date of a day number; the placeholder year stays unknown.
function dateOf(day: number, year: number): CalendarDate {
  const date = dateOfDay(day);
  return { ...date, year: year === UNKNOWN_YEAR ? undefined : date.year };
}

// "News |" in a table row: without a regex that backtracks over long runs of spaces.
function stripClosingPipe(text: string): string {
  return text.endsWith('|') ? text.slice(0, -1).trimEnd() : text;
}
