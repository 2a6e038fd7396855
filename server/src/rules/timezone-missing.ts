/** timezone-missing: a timeline with times says which timezone they are in. */
import { leadingMarkupLength, overlapsAny } from '../parse/lines';
import { readingsOf, twentyFourHourWindow, windowLength } from '../parse/summary/window';
import type { PostmortemDoc, Section, Span, SummaryTime } from '../parse/types';
import { toldFromTheStart } from '../judging/timeline-shape';
import { withCertainMeridiem } from '../time/timestamp';
import { findUnknownZonesInParentheses, findZones, readUnknownZoneAfter, readZoneAt, sameZoneFamily, type ZoneMention } from '../time/zone';
import type { Rule, TextEdit } from './types';

// How far under a timeline heading a stated zone is looked for when the parser did not take it.
const ABOVE_ENTRIES_LIMIT = 300;
// How far outside the summary's window a timeline entry may be and still be on the summary's clock:
// detection before the start, a review after the end.
const NEAR_WINDOW = 3 * 60;
const DAY = 24 * 60;

export const timezoneMissing: Rule = {
  id: 'timezone-missing',
  description: 'A timeline with times says which timezone they are in: in its heading, on the line under it, or on every entry.',
  severity: 'warning',
  tags: ['timeline', 'zone'],
  fixable: true,
  check({ doc, views, settings, report }) {
    const { timeline, summaryZone } = doc;
    // The section of the first timed entry: a table of dates under "## Timeline" is not where the times lack a zone.
    const first = timeline.entries[0];
    const section = (first && timeline.sections.find((candidate) => candidate.span.start <= first.line.start && first.line.start < candidate.span.end)) ?? timeline.sections[0];
    if (!section || timeline.entries.length === 0 || timeline.zone || zoneOnMostEntries(doc) || zoneAboveEntries(doc)) return;
    // A timeline told from the incident's start ("T-72h", then "00:00", "00:05"): its clock is the incident's own.
    if (toldFromTheStart(doc)) return;
    // A zone no one can resolve is still a zone the author stated: timezone-unknown reports it.
    if (timeline.sections.some(({ heading }) => findUnknownZonesInParentheses(doc.text.slice(heading.start, heading.end)).length > 0)) return;
    if (!doc.summaryZone && views.summaryUnknownZones().length > 0) return;
    // The summary right above states the zone and the timeline runs on its clock, or the document
    // names one zone only: a reader knows which zone the times are in.
    const window = summaryWindowAgrees(doc);
    if (window === 'agrees' || (window === undefined && statesOneZone(doc))) return;
    const heading = headingWords(doc.text, section);
    const configured = settings.timezone;
    let message = 'The timeline has times but does not say which timezone they are in';
    if (window === 'disagrees') {
      message += `, and they are not in the summary's window (${windowWords(doc)}): say which zone they are in, in the heading`;
      if (configured) message += ` (the configured timezone is ${configured})`;
      report({
        message: `${message}.`,
        span: heading,
        fix: configured === undefined ? undefined : () => ({ title: `Add "${configured}" to the Timeline heading`, edits: [zoneEdit(doc.text, heading, configured)] }),
      });
      return;
    }
    if (summaryZone) {
      message += `: the summary says ${summaryZone.raw}; say it in the timeline too`;
      if (configured && !(summaryZone.zone && sameZoneFamily(summaryZone.zone, configured))) message += ` (the configured timezone is ${configured})`;
    } else if (configured) message += `: if they are in ${configured} (the configured timezone), say so in the heading`;
    else message += ': say so in the heading, as in "Timeline (all times UTC)"';
    const zoneName = summaryZone?.raw ?? configured;
    report({
      message: `${message}.`,
      span: heading,
      fix: zoneName === undefined ? undefined : () => ({ title: `Add "${zoneName}" to the Timeline heading`, edits: [zoneEdit(doc.text, heading, zoneName)] }),
    });
  },
};

/**
 * Whether the timeline's times fall within (or a few hours around) the window the summary states
 * with a zone: 'agrees', 'disagrees', or undefined when the summary states no zone or no time.
 * A time without am/pm may be either half of the day, on both sides.
 */
function summaryWindowAgrees(doc: PostmortemDoc): 'agrees' | 'disagrees' | undefined {
  const summary = doc.summary;
  const first = summary?.start ?? summary?.end ?? summary?.unplaced;
  if (!summary?.zone || !first || summary.windows > 1) return undefined;
  const last = summary.start && summary.end ? summary.end : first;
  // A window of a day or more ("Jun 26, 6:00 AM to Jun 28, 6:00 AM") holds every time of day.
  const length = last === first ? undefined : windowLength(first, last, doc.incidentDate?.year);
  if (length?.dated && length.minutes + 2 * NEAR_WINDOW >= DAY) return 'agrees';
  const twentyFour = twentyFourHourWindow(first, last);
  const entries = doc.timeline.entries.filter((entry) => entry.timestamp.minutesOfDay !== undefined);
  const entryReadings = entries.map((entry) => readingsOf({ timestamp: entry.timestamp, date: undefined, zone: undefined } satisfies SummaryTime, withCertainMeridiem(entry.timestamp) !== undefined));
  // A time without am/pm may be either half of the day; the window is the shortest its ends allow
  // ("02:10 to 02:40" is half an hour, at night or in the afternoon, not twelve and a half hours).
  const windows = readingsOf(first, twentyFour).flatMap((start) => readingsOf(last, twentyFour).map((end) => ({ start, end, length: (end - start + DAY) % DAY })));
  const shortest = Math.min(...windows.map((window) => window.length));
  // Most entries in the window agree: a deploy the night before or a review the next day is context
  // around the outage, not a sign of another zone.
  const agrees = windows.some(({ start, end, length }) => length === shortest && entryReadings.filter((readings) => readings.some((minutes) => nearWindow(minutes, start, end))).length * 2 > entryReadings.length);
  return agrees ? 'agrees' : 'disagrees';
}

// "14:05–14:45 IST", "07:30 GMT": the summary's window as written, with its zone.
function windowWords(doc: PostmortemDoc): string {
  const summary = doc.summary!;
  const times = [summary.start, summary.end].filter((time) => time !== undefined);
  const written = (times.length > 0 ? times : [summary.unplaced!]).map((time) => time.timestamp.raw).join('–');
  return `${written} ${summary.zone!.raw}`;
}

// On the clock: inside the window from `start` to `end` (past midnight when the end is earlier), or
// at most NEAR_WINDOW before or after it.
function nearWindow(minutes: number, start: number, end: number): boolean {
  const length = (end - start + DAY) % DAY;
  const offset = (minutes - start + DAY) % DAY;
  return offset <= length || Math.min(offset - length, DAY - offset) <= NEAR_WINDOW;
}

// The document names zones of one family only, outside code ("UTC" in the summary, "GMT" in the root cause).
function statesOneZone(doc: PostmortemDoc): boolean {
  let family: ZoneMention | undefined;
  for (const mention of findZones(doc.text)) {
    if (mention.zone === undefined || overlapsAny(doc.opaque, mention.start, mention.end)) continue;
    if (!family) family = mention;
    else if (!sameZoneFamily(family.zone!, mention.zone, doc.incidentDate?.year)) return false;
  }
  return family !== undefined;
}

// Every entry carries its own zone, known or not ("10:00 UTC -", "10:00 PCT -", "17:55+ UTC").
// Every entry, or most of them ("07:26:10Z", "15:01:21Z", "20:03Z" and one "13:43"): the timeline
// says its zone where it gives its times, and the odd entry out is read in it.
function zoneOnMostEntries(doc: PostmortemDoc): boolean {
  const zoned = doc.timeline.entries.filter((entry) => {
    const end = (entry.rangeEnd ?? entry.timestamp).end;
    if (entry.zone || readUnknownZoneAfter(doc.text, end)) return true;
    // Only marks that close or qualify the time may come between ("17:55+ UTC", "**10:00** UTC"), not a dash or colon.
    const after = /^[+~*_)\]` \t]{0,4}/.exec(doc.text.slice(end, end + 4))![0];
    return readZoneAt(doc.text, end + after.length) !== undefined;
  }).length;
  return zoned * 2 > doc.timeline.entries.length;
}

// A zone stated between a timeline heading and its first entry on a line the parser reads as a
// day ("2015-10-21 (all times UTC)"), so it is not the timeline's zone.
function zoneAboveEntries(doc: PostmortemDoc): boolean {
  const { entries, sections } = doc.timeline;
  let next = 0; // entries and sections are both in document order
  return sections.some((section) => {
    while (next < entries.length && entries[next]!.line.start < section.heading.end) next++;
    const firstEntry = entries[next]?.line.start;
    const end = Math.min(firstEntry !== undefined && firstEntry < section.span.end ? firstEntry : section.span.end, section.heading.end + ABOVE_ENTRIES_LIMIT);
    return findZones(doc.text.slice(section.heading.end, end), section.heading.end).some((zone) => !overlapsAny(doc.opaque, zone.start, zone.end));
  });
}

/**
 * The heading's words, where the zone goes at the end: after "## ", a bullet and emphasis openers;
 * before closing hashes, a trailing comment, a colon and emphasis closers ("**Timeline:**").
 * Index arithmetic only: a heading line may be a megabyte long.
 */
function headingWords(text: string, section: Section): Span {
  let lineEnd = section.heading.start;
  while (lineEnd < section.heading.end && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++; // a setext heading's underline is not its words
  const start = section.heading.start + leadingMarkupLength(text.slice(section.heading.start, lineEnd));
  let end = lineEnd;
  let comments = true;
  for (let previous = -1; previous !== end; ) {
    previous = end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (comments && text.startsWith('-->', end - 3)) {
      const opener = text.lastIndexOf('<!--', end - 3);
      if (opener >= start) end = opener;
      else comments = false;
    }
    if (section.form === 'heading') {
      let hashes = end;
      while (hashes > start && text[hashes - 1] === '#') hashes--;
      if (hashes < end && hashes > start && (text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes;
    }
    while (end > start && (text[end - 1] === '*' || text[end - 1] === '_' || text[end - 1] === ':')) end--;
  }
  return { start, end: Math.max(end, start) };
}

// "## Timeline" gets " (all times IST)"; "(all hours)" becomes "(all hours IST)"; "(approximate)" becomes "(approximate; all times IST)".
function zoneEdit(text: string, heading: Span, zoneName: string): TextEdit {
  const words = text.slice(heading.start, heading.end);
  const group = /\(([^()]*)\)$/.exec(words);
  if (!group) return { span: { start: heading.end, end: heading.end }, newText: ` (all times ${zoneName})` };
  const inside = group[1]!.trimEnd();
  const at = heading.end - 1 - (group[1]!.length - inside.length);
  const newText = inside.trim() === '' ? `all times ${zoneName}` : /^\s*(?:all\s+)?(?:times|hours)(?:\s+are)?(?:\s+in)?$/i.test(inside) ? ` ${zoneName}` : `; all times ${zoneName}`;
  return { span: { start: at, end: at }, newText };
}
