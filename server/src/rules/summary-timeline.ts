/** summary-timeline: the summary's start and end agree with the timeline's outage start and recovery. */
import { outageEnd, type IncidentClock, type TimedEntry } from '../engine/incident-clock';
import { describeMinutes, offsetOn, readingsOf, twentyFourHourWindow } from '../parse/summary/window';
import type { PostmortemDoc, Span, SummaryFacts, SummaryTime } from '../parse/types';
import { dayNumber, formatDay } from '../time/date';
import { withCertainMeridiem } from '../time/timestamp';
import { findTimestamps } from '../time/candidates';
import { sameZoneFamily } from '../time/zone';
import { newestFirst } from '../judging/timeline-shape';
import type { Rule } from './types';

const DAY = 24 * 60;
const HALF_DAY = 12 * 60;
// A year for dates written without one: only the difference of two days matters.
const ANY_YEAR = 2001;

export const summaryTimeline: Rule = {
  id: 'summary-timeline',
  description: "The summary's start and end times agree with the timeline's outage start and the entry where service was restored.",
  severity: 'warning',
  tags: ['summary', 'timeline', 'time'],
  fixable: false,
  options: {
    toleranceMinutes: { type: 'number', default: 15, minimum: 0, description: "How far, in minutes, the summary's times may be from the timeline's before it is reported." },
  },
  check({ doc, views, settings, options, report }) {
    const summary = doc.summary;
    // A timeline written newest first has no "last entry" to compare: timeline-order says so.
    // A summary of several windows ("(1) 08:00 to 09:25 … (2) 20:00 to 21:46") is of several incidents or phases.
    if (!summary || (!summary.start && !summary.end) || summary.windows > 1 || newestFirst(doc)) return;
    const clock = views.clock();
    const tolerance = options['toleranceMinutes'] as number;
    const sides: Array<[SummaryTime | undefined, TimedEntry | undefined, 'start' | 'end']> = [
      // Only a start the timeline's words name: the first entry is as often the deploy before it or the alert after it.
      [summary.start, clock.outageStartBy === 'description' ? clock.outageStart : undefined, 'start'],
      [summary.end, outageEnd(clock), 'end'],
    ];
    for (const [time, timed, which] of sides) {
      // "10.12:30 PM" is an ordered-list number glued to a time ("10." then "12:30 PM"), not a time with seconds.
      if (!time || !timed || /^\d{1,2}\.\d{1,2}:\d\d/.test(timed.entry.timestamp.raw)) continue;
      const gap = gapOf(doc, summary, time, timed, settings.timezone, which);
      if (gap === undefined || Math.abs(gap.minutes) <= tolerance) continue;
      if (which === 'start' && startOfItsOwn(doc, summary, time, clock, settings.timezone, tolerance)) continue;
      // "16:00 - Services began recovering, fully restored by 16:30 UTC": the entry tells the summary's time itself.
      if (toldInEntry(timed, time, tolerance)) continue;
      // With one side's zone unstated, whole hours apart may be two zones: timezone-missing says so.
      if (gap.borrowedZone && gap.minutes % 60 === 0) continue;
      const verb = which === 'start' ? ['started', 'starts'] : ['ended', 'ends'];
      const minutes = alongTimeline(doc, summary, time, timed, clock, settings.timezone, which) ?? gap.minutes;
      report({
        message: `The summary says the outage ${verb[0]} at ${gap.summaryText}; the timeline's outage ${verb[1]} at ${gap.timelineText} (${describeMinutes(minutes)} ${minutes > 0 ? 'later' : 'earlier'}).`,
        span: { start: time.timestamp.start, end: time.timestamp.end },
      });
    }
    const lasted = durationAgainstRecovery(doc, summary, clock, settings.timezone, tolerance);
    if (lasted) report(lasted);
  },
};

// True when the entry's own words give a time within the tolerance of the summary's, on the clock.
function toldInEntry(timed: TimedEntry, time: SummaryTime, tolerance: number): boolean {
  const minutes = time.timestamp.minutesOfDay;
  if (minutes === undefined) return false;
  return findTimestamps(timed.entry.description).some((told) => {
    if (told.minutesOfDay === undefined) return false;
    const apart = Math.abs(told.minutesOfDay - minutes) % DAY;
    return Math.min(apart, DAY - apart) <= tolerance;
  });
}

/**
 * A summary that gives the start and how long it lasted, but no end ("At 04:00 UTC … for 3
 * hours"), against the timeline's recovery: reported when the timeline recovers more than the
 * duration's own rounding (and the tolerance) away from where the duration ends.
 */
function durationAgainstRecovery(doc: PostmortemDoc, summary: SummaryFacts, clock: IncidentClock, zone: string | undefined, tolerance: number): { message: string; span: Span } | undefined {
  const stated = summary.duration;
  const end = outageEnd(clock);
  if (!summary.start || summary.end || !stated || !end || (stated.qualifier !== 'exact' && stated.qualifier !== 'about')) return undefined;
  const gap = gapOf(doc, summary, summary.start, end, zone, 'end');
  if (!gap || gap.minutes <= 0 || (gap.borrowedZone && gap.minutes % 60 === 0)) return undefined;
  const slack = Math.max(tolerance, stated.resolution / 2, stated.approximate ? stated.minutes / 4 : 0);
  if (Math.abs(gap.minutes - stated.minutes) <= slack) return undefined;
  return {
    message: `The summary says the outage began at ${gap.summaryText} and lasted ${stated.raw}; the timeline's outage ends at ${gap.timelineText}, ${describeMinutes(gap.minutes)} after it began.`,
    span: stated.span,
  };
}

/**
 * A summary's start that is no contradiction of the timeline's: one at the very time of an entry
 * (the customer's complaint the timeline logs before the entry it calls the start), or one before
 * a first entry that is not the outage's start (an onset the timeline, which begins at the alert,
 * does not log).
 */
function startOfItsOwn(doc: PostmortemDoc, summary: SummaryFacts, time: SummaryTime, clock: IncidentClock, zone: string | undefined, tolerance: number): boolean {
  const first = clock.entries[0];
  const beforeFirst = first && first !== clock.outageStart ? gapOf(doc, summary, time, first, zone, 'start') : undefined;
  if (beforeFirst && beforeFirst.minutes > tolerance) return true;
  return clock.entries.some((entry) => gapOf(doc, summary, time, entry, zone, 'start')?.minutes === 0);
}

/**
 * How far apart the two times are on the timeline's own clock, when the summary's time is that of
 * an entry: the summary that ends at "04:28", the entry logged at 04:28 and the recovery at 23:58
 * that day are 19 hours 30 minutes apart, where the nearest reading on the clock would say 4 hours
 * 30 minutes earlier.
 */
function alongTimeline(doc: PostmortemDoc, summary: SummaryFacts, time: SummaryTime, timed: TimedEntry, clock: IncidentClock, zone: string | undefined, which: 'start' | 'end'): number | undefined {
  if (timed.sinceOutageStart === undefined) return undefined;
  const same = clock.entries.find((entry) => entry !== timed && entry.sinceOutageStart !== undefined && gapOf(doc, summary, time, entry, zone, which)?.minutes === 0);
  return same?.sinceOutageStart === undefined ? undefined : timed.sinceOutageStart - same.sinceOutageStart;
}

interface Gap {
  /** Minutes from the summary's time to the timeline's (positive when the timeline's is later). */
  minutes: number;
  summaryText: string;
  timelineText: string;
  /** True when one side states no zone and was read in the other's. */
  borrowedZone: boolean;
}

/**
 * How far the timeline's time is from the summary's: in UTC when both sides have a zone, on the
 * local clock when neither has; a side without a zone is read in the settings' zone, else in the other's. Exact when both sides state their day; else the nearest on the clock. A time
 * without am/pm that could be either is read the way that brings the two closer.
 */
function gapOf(doc: PostmortemDoc, summary: SummaryFacts, time: SummaryTime, timed: TimedEntry, defaultZone: string | undefined, which: 'start' | 'end'): Gap | undefined {
  const entry = timed.entry;
  // A side that states no zone is read in the settings' zone, else in the other side's: the one the
  // report states, as a reader would.
  const ownSummaryZone = time.zone ?? summary.zone;
  const ownTimelineZone = entry.zone ?? doc.timeline.zone;
  const summaryZone = ownSummaryZone ?? (defaultZone === undefined ? ownTimelineZone : undefined);
  const summaryZoneName = summaryZone?.zone ?? defaultZone;
  const timelineZone = ownTimelineZone ?? (defaultZone === undefined ? ownSummaryZone : undefined);
  const timelineZoneName = timelineZone?.zone ?? defaultZone;
  const borrowedZone = defaultZone === undefined && (ownSummaryZone === undefined) !== (ownTimelineZone === undefined);
  if ((summaryZoneName === undefined) !== (timelineZoneName === undefined)) return undefined;
  const year = time.date?.year ?? doc.incidentDate?.year ?? entry.date?.year ?? ANY_YEAR;
  let shift = 0; // minutes to add to the timeline's clock to read it on the summary's
  const crossZone = summaryZoneName !== undefined && timelineZoneName !== undefined && !sameZoneFamily(summaryZoneName, timelineZoneName, year);
  if (crossZone) {
    const summaryOffset = offsetOn(summaryZoneName, time.date, year);
    const timelineOffset = offsetOn(timelineZoneName, entry.date, year);
    if (summaryOffset === undefined || timelineOffset === undefined) return undefined;
    shift = summaryOffset - timelineOffset;
  }
  const summaryReadings = readingsOf(time, twentyFourHourWindow(summary.start, summary.end));
  const timelineReadings = timelineReadingsOf(doc, timed);
  const summaryDay = statedDay(time, summary, which, year);
  const timelineDay = statedEntryDay(doc, timed, year);
  let best: number | undefined;
  for (const s of summaryReadings) {
    for (const t of timelineReadings) {
      const minutes =
        summaryDay !== undefined && timelineDay !== undefined ? timelineDay * DAY + t + shift - (summaryDay * DAY + s) : ((((t + shift - s) % DAY) + DAY + HALF_DAY) % DAY) - HALF_DAY;
      if (best === undefined || Math.abs(minutes) < Math.abs(best)) best = minutes;
    }
  }
  if (best === undefined) return undefined;
  const showDays = summaryDay !== undefined && timelineDay !== undefined && summaryDay !== timelineDay;
  const summaryText = `${time.timestamp.raw}${crossZone && summaryZone ? ` ${summaryZone.raw}` : crossZone ? ` ${summaryZoneName}` : ''}${showDays && time.date ? ` on ${time.date.raw}` : ''}`;
  const timelineText = `${entry.timestamp.raw}${crossZone ? ` ${timelineZone?.raw ?? timelineZoneName}` : ''}${showDays && entry.date ? ` on ${formatDay(entry.date)}` : ''}`;
  return { minutes: best, summaryText, timelineText, borrowedZone };
}

// The timeline entry's time of day; twelve hours on as well when it has no am/pm and the timeline never uses a 24-hour time.
function timelineReadingsOf(doc: PostmortemDoc, timed: TimedEntry): number[] {
  const timestamp = timed.entry.timestamp;
  const twentyFour = doc.timeline.entries.some((entry) => entry.timestamp.meridiem === undefined && (entry.timestamp.hour === 0 || entry.timestamp.hour > 12));
  if (twentyFour || withCertainMeridiem(timestamp) !== undefined) return [timed.localTime];
  return [timed.localTime, (timed.localTime + HALF_DAY) % DAY];
}

// The summary time's day, when a date is written for it. An end that only shares the start's date
// ("on March 9, from 22:00 to 01:00") may be on the next day, so it is compared on the clock.
function statedDay(time: SummaryTime, summary: SummaryFacts, which: 'start' | 'end', year: number): number | undefined {
  if (!time.date || (which === 'end' && time.date === summary.start?.date)) return undefined;
  return dayNumber({ ...time.date, year: time.date.year ?? year });
}

// The entry's day, when the timeline states it (a date on the entry or a day line above it), not when it is only the incident's date.
function statedEntryDay(doc: PostmortemDoc, timed: TimedEntry, year: number): number | undefined {
  const entry = timed.entry;
  const groupDate = doc.timeline.groups[entry.group]?.date;
  const stated = entry.dateMention !== undefined || (groupDate !== undefined && typeof groupDate === 'object');
  return stated && entry.date ? dayNumber({ ...entry.date, year: entry.date.year ?? year }) : undefined;
}
