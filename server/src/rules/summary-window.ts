/** summary-window: the summary says when the outage started and ended, and in which timezone. */
import { toldFromTheStart } from '../judging/timeline-shape';
import { windowLength } from '../parse/summary/window';
import type { PostmortemDoc, Span, SummaryFacts, SummaryTime } from '../parse/types';
import { dayNumber, readDateAt, type DateMention } from '../time/date';
import { findTimestamps } from '../time/candidates';
import { readUnknownZoneAfter } from '../time/zone';
import type { Fix, Rule } from './types';

export const summaryWindow: Rule = {
  id: 'summary-window',
  description: 'The summary states when the outage started and ended, and the timezone of those times.',
  severity: 'warning',
  tags: ['summary', 'time', 'zone'],
  fixable: true,
  check({ doc, views, report }) {
    const summary = doc.summary;
    // Only the 0x19 assignment's layout asks the summary for the window: Google's template keeps the
    // summary to one sentence and the times in the Timeline, and so do most teams' own. Without a
    // summary section, what it lacks is not certain: required-sections says the summary is missing.
    if (!summary?.section || !views.profile().assignment) return;
    const message = problemOf(doc, summary);
    if (message) report({ message, span: summary.anchor, fix: () => zoneFix(doc, summary) });
  },
};

// What is wrong with the window, in words; undefined when nothing is.
function problemOf(doc: PostmortemDoc, summary: SummaryFacts): string | undefined {
  const { start, end, duration } = summary;
  // A start and a duration state the end too ("21:14 PDT … Duration: 15 hours 40 minutes").
  const noStart = !start && !(end && duration);
  const noEnd = !end && !(start && duration);
  if (noStart && noEnd && summary.unplaced) {
    // Times whose roles the words do not tell ("Commencing on the morning of … at 06:00"): a reader
    // may well see the window in them, so say nothing. One time alone cannot be both ends, unless a
    // duration goes with it ("at 3:00 PM EST, an outage that lasted for 2 hours").
    if (summary.timesMentioned > 1 || duration || leadStatesWindow(doc, summary)) return undefined;
    const zone = summary.zone || readUnknownZoneAfter(doc.text, summary.unplaced.timestamp.end) ? '' : ', with the timezone';
    return `The summary gives one time, ${summary.unplaced.timestamp.raw}, not both when the outage began and when it ended: state both${zone}.`;
  }
  // A range of days: one of two days or more, or of any days in a report that gives no clock time in
  // its timeline either ("September 28th to September 29th", its entries told by morning and night).
  if (noStart && noEnd && (statesDayRange(doc.text, summary.span, doc.timeline.entries.length === 0 ? 1 : 2) || leadStatesWindow(doc, summary))) return undefined;
  // A timeline told from the incident's start ("T-72h", "T+15min") has no clock window to state.
  if (noStart && noEnd && toldFromTheStart(doc)) return undefined;
  if (noStart && noEnd) return 'The summary states no start or end time for the outage: say when it began and ended, with the timezone.';
  if (start && end) {
    const length = windowLength(start, end, doc.incidentDate?.year);
    if (length?.dated && length.minutes < 0) return `The summary's end, ${written(end)}, is before its start, ${written(start)}.`;
  }
  const times = [start, end].filter((time): time is SummaryTime => time !== undefined);
  const zoneMissing = !summary.zone && !times.some((time) => readUnknownZoneAfter(doc.text, time.timestamp.end));
  const window = times.map((time) => time.timestamp.raw).join('–');
  if (noStart || noEnd) return endSentence(`The summary states no ${noStart ? 'start' : 'end'} time${zoneMissing ? `, and no timezone for ${window}` : ''}`);
  return zoneMissing ? endSentence(`The summary states no timezone for ${window}`) : undefined;
}

// The lines between the title and the first section give the window ("**Date and Time:** May 12,
// 2024, 10:00 AM - 11:30 AM (UTC)"): the report's header states it, above the summary.
function leadStatesWindow(doc: PostmortemDoc, summary: SummaryFacts): boolean {
  const from = doc.title?.span.end ?? 0;
  // Up to the summary: past an "Incident Overview" of labelled facts ("**Time:** 8:21 AM - 9:27 AM GMT") above it.
  const to = summary.section && summary.section.heading.start > from ? summary.section.heading.start : (doc.sections.find((section) => section.heading.start >= from)?.heading.start ?? 0);
  if (to <= from) return false;
  return findTimestamps(doc.text.slice(from, Math.min(to, from + 2000))).filter((timestamp) => timestamp.problems.length === 0 && !/^\d{4}$/.test(timestamp.raw)).length >= 2;
}

// Two dates two days apart or more, joined as a range ("May 9, 2024 (a Thursday) – May 11, 2024",
// "from 3 March to 5 March"): an incident of days, whose window is rightly told in days.
function statesDayRange(text: string, span: Span, days: number): boolean {
  const within = text.slice(span.start, span.end);
  const dates: DateMention[] = [];
  for (const word of within.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
    if (dates.length > 0 && word.index < dates[dates.length - 1]!.end) continue;
    const date = readDateAt(within, word.index);
    if (date) dates.push(date);
  }
  return dates.some((date, index) => {
    const from = dates[index - 1];
    if (!from || !DAY_RANGE_JOIN.test(within.slice(from.end, date.start))) return false;
    // "29 April 2022 - 30 April 2022" is a night's outage: that one still needs its hours.
    const year = from.year ?? date.year ?? 2001;
    return dayNumber({ ...date, year: date.year ?? year }) - dayNumber({ ...from, year }) >= days;
  });
}

const DAY_RANGE_JOIN = /^\s*(?:\([^()\n]{0,60}\)\s*)?(?:[-–—]|to|until|till|through|thru)\s*$/i;

// "…for 8:00–9:15 a.m." takes no second full stop.
function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function written(time: SummaryTime): string {
  return time.date ? `${time.date.raw}, ${time.timestamp.raw}` : time.timestamp.raw;
}

/**
 * The timeline's zone after the end time ("11:30" → "11:30 UTC"), only when that is certainly right:
 * the window is one range on one line, the timeline states a zone, and one of the summary's times is a
 * time of the timeline too (so both are read on one clock).
 */
function zoneFix(doc: PostmortemDoc, summary: SummaryFacts): Fix | undefined {
  const { start, end } = summary;
  const zone = doc.timeline.zone;
  if (!start || !end || summary.zone || !zone?.zone || start.zone || end.zone) return undefined;
  if (start.timestamp.start >= end.timestamp.start || /[\r\n]/.test(doc.text.slice(start.timestamp.end, end.timestamp.start))) return undefined;
  if (readUnknownZoneAfter(doc.text, end.timestamp.end)) return undefined;
  const times = new Set(doc.timeline.entries.map((entry) => entry.timestamp.minutesOfDay));
  if (!times.has(start.timestamp.minutesOfDay) && !times.has(end.timestamp.minutesOfDay)) return undefined;
  return {
    title: `Add the timeline's zone, ${zone.raw}, after ${end.timestamp.raw}`,
    edits: [{ span: { start: end.timestamp.end, end: end.timestamp.end }, newText: ` ${zone.raw}` }],
  };
}
