/** timeline-order: each timeline entry is no earlier than the one before it, within a day. */
import type { TimelineEntry } from '../parse/types';
import { formatDay } from '../time/date';
import { newestFirst } from '../judging/timeline-shape';
import type { Rule } from './types';

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'Timeline entries run forwards in time: within a day, and from day to day; a plausible midnight rollover is fine.',
  severity: 'warning',
  tags: ['timeline', 'time'],
  fixable: false,
  check({ doc, report }) {
    const entries = doc.timeline.entries;
    // A timeline written newest first goes back at nearly every step: say that once, not per entry.
    const reversed = newestFirst(doc);
    const section = doc.timeline.sections[0];
    if (section && reversed) {
      report({ message: `The timeline runs newest first (${reversed.back} of its ${reversed.steps} steps go back in time): list the entries oldest first, in the order the incident happened.`, span: section.heading });
      return;
    }
    let previous: TimelineEntry | undefined;
    let beforePrevious: TimelineEntry | undefined;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      if (entry.step === 'unreadable') continue; // reported by timestamp-malformed
      if (entry.step === 'backwards' && previous) {
        const slip = outlier(beforePrevious, previous, entry, entries[index + 1]);
        const blamed = slip ? previous : entry;
        report({ message: slip ? slipMessage(beforePrevious!, previous, entry) : message(entry, previous, entries[index + 1]), span: { start: blamed.timestamp.start, end: blamed.timestamp.end } });
      }
      beforePrevious = previous;
      previous = entry;
    }
  },
};

/**
 * True when the entry before is the one out of order: the entries on both sides of it run on from
 * one to the other ("5:52 PM", "6:54 PM", "5:59 PM", "6:00 PM": "6:54 PM" is the slip, not "5:59 PM").
 */
function outlier(beforePrevious: TimelineEntry | undefined, previous: TimelineEntry, entry: TimelineEntry, next: TimelineEntry | undefined): boolean {
  const [a, b, c, d] = [beforePrevious?.at, previous.at, entry.at, next?.at];
  if (a === undefined || b === undefined || c === undefined || d === undefined) return false;
  // Only where the entry before it came in order: "12:30" after "20:25" is no anchor to judge by.
  if (beforePrevious!.step === 'backwards' || new Set([beforePrevious!.group, previous.group, entry.group, next!.group]).size > 1) return false;
  return a <= c && c <= d && d < b;
}

function slipMessage(beforePrevious: TimelineEntry, previous: TimelineEntry, entry: TimelineEntry): string {
  return `"${previous.timestamp.raw}" is later than the entries on both sides of it ("${beforePrevious.timestamp.raw}" before, "${entry.timestamp.raw}" after): the timeline runs backwards here. Is "${previous.timestamp.raw}" a slip?`;
}

function message(entry: TimelineEntry, previous: TimelineEntry, next: TimelineEntry | undefined): string {
  const now = entry.timestamp.raw;
  const before = previous.timestamp.raw;
  if (entry.date && previous.date && (entry.date.month !== previous.date.month || entry.date.day !== previous.date.day || entry.date.year !== previous.date.year)) {
    return `"${now}" on ${formatDay(entry.date)} comes after "${before}" on ${formatDay(previous.date)}: the timeline goes back in time here.`;
  }
  // "1:00 AM" between "11:30 AM" and "2:00 PM" was almost certainly meant as "1:00 PM".
  const minutes = entry.timestamp.minutesOfDay!;
  if (entry.timestamp.meridiem === 'am' && minutes < 12 * 60) {
    const asPm = entry.at! + 12 * 60;
    if (asPm >= previous.at! && (next?.at === undefined || next.at >= asPm)) {
      const asWritten = now.replace(/[aA](?=[ \t]?\.?[ \t]?[mM])/, (letter) => (letter === 'a' ? 'p' : 'P'));
      return `"${now}" is earlier than "${before}" before it: the timeline runs backwards here. Was it "${asWritten}"?`;
    }
  }
  return `"${now}" is earlier than "${before}" before it: the timeline runs backwards here. If a day passed, start the new day with a date line such as "- Oct 30".`;
}
