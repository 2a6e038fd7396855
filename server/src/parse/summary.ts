/**
 * Reading the incident summary: the window it states (start and end, with their dates and zones), the
 * duration it states, the sentences that quantify the impact, and whether a sentence gives the root
 * cause. Times, dates and zones are read by time/; this module only decides which of them is the
 * window. The summary is read as far as the parser reads it for the summary's zone and the incident
 * date, so a long document costs no more than a short one.
 */
import { dayNumber, readDateAt, type CalendarDate, type DateMention } from '../time/date';
import { readEntryTime, type EntryTime } from '../time/entry-time';
import { withCertainMeridiem } from '../time/timestamp';
import { findZones, offsetMinutes, sameZoneFamily } from '../time/zone';
import { indentOf, leadingMarkupLength, lineSpans } from './lines';
import type { ImpactStatement, Section, SectionKind, Span, StatedDuration, SummaryFacts, SummaryTime } from './types';

const SECTION_LIMIT = 5000;
const PREAMBLE_LIMIT = 3000;
const DAY = 24 * 60;
const HALF_DAY = 12 * 60;
// A mark that ends a sentence: not the dots of "a.m.", "approx." or "e.g.".
const SENTENCE_END = /(?<!\b(?:[aApP]\.[mM]|approx|e\.g|i\.e|etc|vs))[.!?;](?=\s|$)/g;

// A "Summary" after a timeline, or after one of these headings, sums up a part of the report (a bug
// report's), not the incident. Only real headings count here: a bare line is too easily misread.
const AFTER_THE_SUMMARY: ReadonlySet<SectionKind> = new Set(['root-cause', 'resolution', 'root-cause-and-resolution', 'corrective-measures', 'lessons-learned']);

/**
 * What the incident summary states: the summary section, or, without one, the prose before the first
 * section when it states a time (an unlabelled summary: "From 8:00 to 11:58 a.m. PT, the site…").
 * Undefined when there is no summary.
 */
export function readSummary(text: string, lines: readonly Span[], sections: readonly Section[], opaque: readonly Span[]): SummaryFacts | undefined {
  const region = summaryRegion(text, sections);
  // The summary's own heading is not what it states; a heading inside it may be ("#### On August 15, at 00:00, …").
  const view = proseView(text, region.span, opaque, region.section ? [region.section.heading] : []);
  const prose = linesWithin(lines, region.span);
  const mentions = readMentions(view, prose);
  if (!region.section && mentions.length === 0) return undefined;
  const { start, end, unplaced } = readWindow(view, mentions);
  return {
    section: region.section,
    span: region.span,
    anchor: region.section ? headingWordsAt(text, region.section.heading.start) : sentenceAround(view, prose.find((line) => line.end >= mentions[0]!.start)!, mentions[0]!.start),
    start,
    end,
    unplaced,
    zone: start?.zone ?? end?.zone ?? unplaced?.zone ?? findZones(view.slice(region.span.start), region.span.start)[0],
    duration: readStatedDuration(view, prose),
    impact: findImpactStatements(view, prose),
    rootCause: rootCauseOf(view, prose, sections, region),
  };
}

/**
 * The sentences of `span` that quantify impact (an Impact section's, say), skipping code, HTML and
 * heading lines. A quantity is a percentage; a number next to what it counts ("12,000 customers",
 * "1.21B queries", "three major clients"); "all", "every" or "none of" with what it counts;
 * a fraction ("four fifths of users", "1 in 10 requests"); or a sum of money.
 */
export function impactStatementsIn(text: string, span: Span, sections: readonly Section[], opaque: readonly Span[]): ImpactStatement[] {
  const limited = { start: span.start, end: Math.min(span.end, span.start + SECTION_LIMIT) };
  const lines = lineSpans(text.slice(limited.start, limited.end)).map((line) => ({ start: line.start + limited.start, end: line.end + limited.start }));
  const headings = sections.filter((section) => section.heading.start >= limited.start && section.heading.start < limited.end).map((section) => section.heading);
  return findImpactStatements(proseView(text, limited, opaque, headings), lines);
}

// The summary section, else the text before the first recognised section. Lines that name a section
// under an "Issue Summary:" line belong to the summary when they are indented or bulleted under it,
// or, in a report of such lines, when they are its Impact and Root Cause parts before the timeline:
// the section reader takes each for a section of its own.
function summaryRegion(text: string, sections: readonly Section[]): { section: Section | undefined; span: Span } {
  const index = sections.findIndex((section) => section.kind === 'summary');
  const summary = sections[index];
  const partSummary = sections
    .slice(0, index)
    .some((section) => section.kind === 'timeline' || (section.form === 'heading' && section.kind !== undefined && AFTER_THE_SUMMARY.has(section.kind)));
  if (summary && !partSummary) {
    let end = summary.span.end;
    for (const next of sections.slice(index + 1)) {
      if (next.heading.start < end) {
        // A timeline nested in the summary is not part of what the summary states.
        if (next.kind === 'timeline') end = next.heading.start;
        continue;
      }
      // A part of the summary: a pseudo-heading indented under it, an Impact or Root Cause label under a
      // pseudo-heading summary, or a heading inside a list item under it ("## Issue Summary", then "- ## Duration:").
      const indented = indentOf(text, next.heading.start) > indentOf(text, summary.heading.start);
      const part = next.form === 'pseudo' ? indented || (summary.form === 'pseudo' && (next.kind === 'impact' || next.kind === 'root-cause')) : indented && next.depth <= summary.depth;
      if (next.kind === 'timeline' || !part) break;
      end = next.span.end;
    }
    return { section: summary, span: { start: summary.heading.start, end: Math.min(end, summary.heading.start + SECTION_LIMIT) } };
  }
  const first = sections.find((section) => section.kind !== undefined);
  return { section: undefined, span: { start: 0, end: Math.min(first ? first.span.start : text.length, PREAMBLE_LIMIT) } };
}

/**
 * The document's text up to the end of `span`, with all but the prose of `span` blanked out: the text
 * before it, and code, HTML and the `hidden` lines inside it. The readers keep document offsets, find
 * no words in a comment or a code block, and never read past the span.
 */
function proseView(text: string, span: Span, opaque: readonly Span[], hidden: readonly Span[]): string {
  const chars = text.slice(span.start, span.end).split('');
  const blank = ({ start, end }: Span) => {
    for (let index = Math.max(start, span.start); index < Math.min(end, span.end); index++) {
      if (chars[index - span.start] !== '\n' && chars[index - span.start] !== '\r') chars[index - span.start] = ' ';
    }
  };
  let first = 0; // opaque spans are sorted: skip to the first that ends inside the span
  for (let high = opaque.length; first < high; ) {
    const middle = (first + high) >> 1;
    if (opaque[middle]!.end <= span.start) first = middle + 1;
    else high = middle;
  }
  for (let index = first; index < opaque.length && opaque[index]!.start < span.end; index++) blank(opaque[index]!);
  hidden.forEach(blank);
  return ' '.repeat(span.start) + chars.join('');
}

// The document's lines inside `span`, cut to it.
function linesWithin(lines: readonly Span[], span: Span): Span[] {
  const within: Span[] = [];
  for (const line of lines) {
    if (line.end < span.start) continue;
    if (line.start >= span.end) break;
    within.push({ start: Math.max(line.start, span.start), end: Math.min(line.end, span.end) });
  }
  return within;
}

/** The words of the heading line at `offset`, without leading markup, trailing colons or emphasis: where findings about a section go. */
export function headingWordsAt(text: string, offset: number): Span {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const start = lineStart + leadingMarkupLength(text.slice(lineStart, lineEnd));
  let end = lineEnd;
  // A comment at the end of the line ("## Summary <!-- draft -->") is not the heading's words.
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (text.startsWith('-->', end - 3) && text.lastIndexOf('<!--', end - 3) >= start) end = text.lastIndexOf('<!--', end - 3);
  while (end > start && /[\s*_:#]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : { start: lineStart, end: lineEnd };
}

// ---------------------------------------------------------------------------------------------
// The window

/** A time (with its date and zone) read in the summary's prose. */
interface Mention extends EntryTime {
  start: number;
  end: number;
}

// Every time the prose states, with the date and zone written with it, in order.
function readMentions(text: string, prose: readonly Span[]): Mention[] {
  const mentions: Mention[] = [];
  for (const line of prose) {
    const lineText = text.slice(line.start, line.end);
    const words = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
    for (let word = words.exec(lineText); word; word = words.exec(lineText)) {
      const read = readEntryTime(lineText, word.index, line.start);
      // "2024)" reads as 20:24: four bare digits are a year unless a zone follows them.
      if (!read || (/^\d{4}$/.test(read.timestamp.raw) && !read.zone)) continue;
      // "3:15 PM UTC - 5:00 PM UTC": the zone reader takes "UTC - 5:00" for an offset; it is a zone and a dash.
      if (read.zone && /^(?:UTC|GMT)[ \t]+[-\u2212][ \t]+\d/.test(read.zone.raw)) read.zone = { ...read.zone, raw: read.zone.raw.slice(0, 3), end: read.zone.start + 3, zone: 'UTC' };
      const start = Math.min(read.timestamp.start, read.date?.start ?? Infinity);
      const end = Math.max(read.timestamp.end, read.rangeEnd?.end ?? 0, read.zone?.end ?? 0, read.date?.end ?? 0);
      mentions.push({ ...read, start, end });
      words.lastIndex = end - line.start;
    }
  }
  return mentions;
}

// What joins the two ends of a window: "to", "until", a dash; "and" after "between"; "at" after
// "from" (a slip some authors make: "from 8:00 a.m. at 11:58 a.m."). A stray year may sit before it.
const CONNECTOR = /^[\s*_`()]*(?:,[ \t]*)?(?:\d{4}[ \t]*)?(to|until|till|til|through|thru|[-–—]+|and|at)[\s*_`()]*(?:on[ \t]+)?$/i;
// A label that names the end of the window it precedes: "Start Time:", "End-time:", "Ended:"; a
// time under "Time:" or "Date/time:" is when the incident happened, its start.
const LABEL = /\b(start(?:ed|ing)?|began|begin|commenced|end(?:ed)?|resolved|restored|recovered|finish(?:ed)?|date\s*(?:\/|and)\s*time|time|when)(?:[ \t-]?(?:time|date|at|on))?[*_ \t]*:/gi;
// Words between a cue and the time: "from approximately", "between the hours of", "started at".
const FILLER = /(?:[\s*_`(~,]|\b(?:at|on|around|about|approximately|approx\.?|roughly|circa|of|the|hours|time)\b)*$/i;
const START_BEFORE = /\b(?:from|between|since|start(?:ed|ing|s)?|beg[ai]n(?:ning|s)?|begun|commenc(?:ed|ing|es)|onset|occurred|happened|went\s+down|outage)$/i;
const END_BEFORE = /\b(?:to|until|till|til|through|thru|end(?:ed|ing|s)?|conclud(?:ed|ing|es)|resolved|restored|recovered|mitigated|fixed|over|finish(?:ed|ing)?|back\s+(?:online|up|to\s+normal))$/i;
// "At 1:00 PT we started receiving alerts", "…at 2100hrs WAT, the webserver was down".
const START_AFTER = /^[^.;!?\n]{0,80}?\b(?:began|begun|started|starts|begins|commenced|occurred|happened|went\s+down|(?:was|were)\s+(?:down|unavailable|offline|unreachable|inaccessible))\b/i;
// "At 5:01 PM, service was restored".
const END_AFTER = /^[^.;!?\n]{0,80}?\b(?:(?:was|were|is|are|got|been)\s+(?:\w+\s+)?(?:restored|resolved|recovered|fixed|back)|back\s+(?:online|up|to\s+normal))\b/i;

type Role = 'start' | 'end' | undefined;

/**
 * The window the summary states, in order of trust: a range written as one ("14:00–16:30 UTC"), two
 * times joined by "to", "until", a dash or "and" after "between"; else times with a cue ("Start
 * Time:", "started at", "until", "was restored at"). With an end but no start, an earlier time without
 * a cue is the start ("At 3:00 PM … until 5:01 PM"). With no cue at all, the first time is neither:
 * "it was rerun at 07:30" may be either end.
 */
function readWindow(text: string, mentions: readonly Mention[]): Window {
  const roles: Role[] = mentions.map((mention, index) => roleOf(text, mention, mentions[index - 1], mentions[index + 1]));
  let start: number | undefined;
  let firstEnd: number | undefined;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    if (start === undefined) {
      if (mention.rangeEnd) return withSentenceDate(text, pair(mention, { ...mention, timestamp: mention.rangeEnd }));
      const next = mentions[index + 1];
      if (next && connected(text, mention, next, mentions[index - 1])) return withSentenceDate(text, pair(mention, next));
    }
    if (roles[index] === 'start') start ??= index;
    else if (roles[index] === 'end') {
      if (start !== undefined) return withSentenceDate(text, pair(mentions[start]!, mention));
      firstEnd ??= index;
    }
  }
  if (start !== undefined) return withSentenceDate(text, { start: timeOf(mentions[start]!, undefined), end: undefined });
  if (firstEnd !== undefined) {
    const uncued = roles.findIndex((role, index) => role === undefined && index < firstEnd);
    if (uncued >= 0) return withSentenceDate(text, pair(mentions[uncued]!, mentions[firstEnd]!));
    return withSentenceDate(text, { start: undefined, end: timeOf(mentions[firstEnd]!, undefined) });
  }
  return { start: undefined, end: undefined, unplaced: mentions[0] && timeOf(mentions[0], undefined) };
}

interface Window {
  start: SummaryTime | undefined;
  end: SummaryTime | undefined;
  unplaced?: SummaryTime | undefined;
}

function pair(from: EntryTime, to: EntryTime): { start: SummaryTime; end: SummaryTime } {
  return { start: timeOf(from, to), end: timeOf(to, from) };
}

// A time with the date and zone written with it, else with the other end ("from 10:00 to 11:30 UTC").
function timeOf(mention: EntryTime, other: EntryTime | undefined): SummaryTime {
  return { timestamp: mention.timestamp, date: mention.date ?? other?.date, zone: mention.zone ?? other?.zone };
}

function connected(text: string, mention: Mention, next: Mention, previous: Mention | undefined): boolean {
  const between = CONNECTOR.exec(text.slice(mention.end, next.start));
  if (!between) return false;
  const word = between[1]!.toLowerCase();
  if (word !== 'and' && word !== 'at') return true;
  return new RegExp(word === 'and' ? '\\bbetween\\b' : '\\bfrom\\b', 'i').test(textBefore(text, mention, previous));
}

function roleOf(text: string, mention: Mention, previous: Mention | undefined, next: Mention | undefined): Role {
  const before = textBefore(text, mention, previous);
  let label: Role;
  for (const match of before.matchAll(LABEL)) label = /^(?:start|began|begin|commenced|date|time|when)/i.test(match[1]!) ? 'start' : 'end';
  if (label) return label;
  const tail = before.replace(FILLER, '');
  if (START_BEFORE.test(tail)) return 'start';
  if (END_BEFORE.test(tail)) return 'end';
  const after = text.slice(mention.end, Math.min(next?.start ?? Infinity, mention.end + 100));
  if (START_AFTER.test(after)) return 'start';
  if (END_AFTER.test(after)) return 'end';
  return undefined;
}

// Up to 80 characters before a time, back to the previous time at most.
function textBefore(text: string, mention: Mention, previous: Mention | undefined): string {
  return text.slice(Math.max(previous?.end ?? 0, mention.start - 80), mention.start).replace(/[*_`]/g, '');
}

// "On March 9, 2024, the site was down from 14:05 to 15:20": the date earlier in the sentence is the window's.
function withSentenceDate(text: string, window: Window): Window {
  const start = window.start;
  if (!start || start.date) return window;
  const lineStart = text.lastIndexOf('\n', start.timestamp.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start.timestamp.start - 200), start.timestamp.start);
  const sentence = before.slice(before.search(/[^.!?]*$/));
  const base = start.timestamp.start - sentence.length;
  let date: DateMention | undefined;
  const words = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  for (let word = words.exec(sentence); word; word = words.exec(sentence)) {
    const found = readDateAt(sentence, word.index, base);
    if (found) {
      date = found;
      words.lastIndex = found.end - base;
    }
  }
  if (!date) return window;
  return { start: { ...start, date }, end: window.end && { ...window.end, date: window.end.date ?? date } };
}

// ---------------------------------------------------------------------------------------------
// The window's length and its times on the clock (shared by the summary rules)

/** How long the summary's window is. */
export interface WindowLength {
  /** The length as read: exact with a date on both ends; past midnight when the end is earlier on the clock. */
  minutes: number;
  /** Every length the times can mean when one has no am/pm and could be either ("from 10:00 to 2:00"). */
  readings: number[];
  /** Dates on both ends made the length exact (it is negative when the end is before the start). */
  dated: boolean;
  /** Undated, and the end is earlier on the clock than the start: read as running past midnight. */
  pastMidnight: boolean;
}

/**
 * The length of the window from `start` to `end`: exact when both carry a date (negative when the end
 * comes first); without dates, on the clock, past midnight when the end is earlier in the day. Two ends
 * in different zones are put on one clock when their offsets are known. Undefined when a time cannot
 * be read or the zones cannot be compared.
 */
export function windowLength(start: SummaryTime, end: SummaryTime, incidentYear?: number): WindowLength | undefined {
  const from = start.timestamp.minutesOfDay;
  const to = end.timestamp.minutesOfDay;
  if (from === undefined || to === undefined) return undefined;
  const year = start.date?.year ?? end.date?.year ?? incidentYear ?? 2001;
  const shift = zoneShift(start, end, year);
  if (shift === undefined) return undefined;
  const twentyFour = twentyFourHourWindow(start, end);
  const fromReadings = readingsOf(start, twentyFour);
  const toReadings = readingsOf(end, twentyFour);
  if (start.date && end.date && start.date !== end.date) {
    const days = dayNumber({ ...end.date, year: end.date.year ?? year }) - dayNumber({ ...start.date, year: start.date.year ?? year });
    const length = (a: number, b: number) => days * DAY + b + shift - a;
    return { minutes: length(from, to), readings: fromReadings.flatMap((a) => toReadings.map((b) => length(a, b))), dated: true, pastMidnight: false };
  }
  const length = (a: number, b: number) => (((b + shift - a) % DAY) + DAY) % DAY;
  return { minutes: length(from, to), readings: fromReadings.flatMap((a) => toReadings.map((b) => length(a, b))), dated: false, pastMidnight: to + shift < from };
}

/**
 * The minutes of day a summary time can mean: as read, and also twelve hours on when nothing says
 * whether it is a.m. or p.m. ("2:00" in "from 10:00 to 2:00").
 */
export function readingsOf(time: SummaryTime, twentyFourHour: boolean): number[] {
  const minutes = time.timestamp.minutesOfDay;
  if (minutes === undefined) return [];
  if (twentyFourHour || withCertainMeridiem(time.timestamp, isIsoDate(time.date)) !== undefined) return [minutes];
  return [minutes, (minutes + HALF_DAY) % DAY];
}

/** True when the window's clock is certainly the 24-hour one: an ISO date, or an hour of 0 or past 12 without am/pm. */
export function twentyFourHourWindow(...times: ReadonlyArray<SummaryTime | undefined>): boolean {
  return times.some(
    (time) =>
      time !== undefined &&
      (isIsoDate(time.date) || (time.timestamp.meridiem === undefined && (time.timestamp.hour === 0 || time.timestamp.hour > 12 || time.timestamp.notation === 'compact'))),
  );
}

function isIsoDate(date: CalendarDate | DateMention | undefined): boolean {
  return date !== undefined && 'raw' in date && /^\d{4}-/.test(date.raw);
}

// Minutes to add to the end's clock to put it on the start's: 0 in one zone (or when only one is
// stated, since it then holds for both); undefined when the zones differ and their offsets are unknown.
function zoneShift(start: SummaryTime, end: SummaryTime, year: number): number | undefined {
  const a = start.zone?.zone;
  const b = end.zone?.zone;
  if (a === undefined || b === undefined || sameZoneFamily(a, b, year)) return 0;
  const offsetA = offsetOn(a, start.date, year);
  const offsetB = offsetOn(b, end.date ?? start.date, year);
  return offsetA === undefined || offsetB === undefined ? undefined : offsetA - offsetB;
}

/** The zone's offset on a day (noon UTC is close enough: a day has one offset but for its small hours), or its fixed offset without a day. */
export function offsetOn(zone: string, date: CalendarDate | undefined, year: number): number | undefined {
  if (date) return offsetMinutes(zone, Date.UTC(date.year ?? year, date.month - 1, date.day, 12));
  const january = offsetMinutes(zone, Date.UTC(year, 0, 15));
  return january !== undefined && january === offsetMinutes(zone, Date.UTC(year, 6, 15)) ? january : undefined;
}

/** A span of minutes as people write it: "45 minutes", "1 hour", "14 hours 7 minutes", "2 days 3 hours". */
export function describeMinutes(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const days = Math.floor(whole / DAY);
  const hours = Math.floor((whole % DAY) / 60);
  const rest = whole % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0 || parts.length === 0) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// The stated duration

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};
const COUNT = String.raw`(\d+(?:\.\d+)?|forty[- ]five|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)`;
// One count and unit: "2 hours", "3hrs", "20m", "90-minute", "2 and a half hours", "an hour and a half".
const PART = new RegExp(
  String.raw`${COUNT}([ \t]+and[ \t]+(?:a[ \t]+)?half)?(?:(?<=\d)(h|hrs?|m|mins?)|[ \t]*(-)?[ \t]*(days?|hours?|hrs?|minutes?|mins?))(?![\p{L}\p{N}])([ \t]+and[ \t]+a[ \t]+half)?`,
  'iuy',
);
const JOIN = /[ \t]*,?[ \t]*(?:and[ \t]+)?/y;
const HALF = /half[ \t-]+(?:an?[ \t]+)?(hour|day)(?![\p{L}])/iuy;
const DURATION_START = /(?<![\p{L}\p{N}.:])(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half)/giu;

// What says a duration is the outage's: "lasted", "duration:", "downtime of", "for a total of", "(2 hours 30 minutes)".
const DURATION_CUE =
  /(?:\b(?:lasted|lasting|lasts|last(?:ed)?\s+for|duration(?:\s+of(?:\s+(?:the\s+)?(?:outage|incident|downtime|disruption))?)?|downtime(?:\s+(?:of|was|lasted))?|(?:outage|disruption|interruption|incident)\s+(?:of|was|lasted)|total\s+of|(?:period|span|window)\s+of)[\s:=]*|\()$/i;
// "down for 66 minutes": "for" counts after a word that says the service was out.
const FOR = /\bfor$/i;
const OUT_OF_SERVICE =
  /\b(?:down|slow|delayed|late|stalled|unavailable|offline|inaccessible|unreachable|unresponsive|degraded|disrupted|impacted|affected|outage|halt(?:ed)?|interrupted|interruption|broken|failing|failed|errors?|stopped|unable|not\s+(?:operational|accessible|available|working))\b/i;
// "a 3-hour outage".
const COMPOUND_NOUN = /^[ \t]+(?:long[ \t]+)?(?:outage|downtime|incident|disruption|interruption|degradation|failure|blackout|window|period)\b/i;
const QUALIFIER =
  /(?:^|[\s(])(approximately|approx\.?|about|around|roughly|nearly|almost|close\s+to|circa|some|an?\s+estimated|estimated|just\s+over|just\s+under|over|more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|under|less\s+than|up\s+to|no\s+more\s+than|not\s+more\s+than|within|~)[\s]*$/i;

/** The outage's duration as the summary states it: the first one with a cue that says it is the outage's. */
function readStatedDuration(text: string, prose: readonly Span[]): StatedDuration | undefined {
  for (const line of prose) {
    const lineText = text.slice(line.start, line.end);
    DURATION_START.lastIndex = 0;
    for (let match = DURATION_START.exec(lineText); match; match = DURATION_START.exec(lineText)) {
      const parsed = parseDurationAt(lineText, match.index);
      if (!parsed) continue;
      DURATION_START.lastIndex = match.index + parsed.length;
      const stated = statedAt(lineText, match.index, parsed, line.start);
      if (stated) return stated;
    }
  }
  return undefined;
}

interface ParsedDuration {
  length: number;
  minutes: number;
  resolution: number;
  style: StatedDuration['style'];
}

/** Reads a duration written at `index`: "2 hours", "1h 20m", "an hour and a half", "half an hour", "90-minute". */
export function parseDurationAt(text: string, index: number): ParsedDuration | undefined {
  HALF.lastIndex = index;
  const half = HALF.exec(text);
  if (half) {
    const unit = unitMinutes(half[1]!);
    return { length: half[0].length, minutes: unit / 2, resolution: unit / 2, style: 'words' };
  }
  let cursor = index;
  let minutes = 0;
  let resolution = Infinity;
  let style: StatedDuration['style'] = 'words';
  let previousUnit = Infinity;
  for (let part = 0; part < 3; part++) {
    PART.lastIndex = cursor;
    const match = PART.exec(text);
    if (!match) break;
    const [whole, countText, andHalf, short, hyphen, long, halfAfter] = match;
    const unit = unitMinutes((short ?? long)!);
    if (unit >= previousUnit) break;
    const count = countOf(countText!);
    const halved = Boolean(andHalf || halfAfter);
    minutes += (count + (halved ? 0.5 : 0)) * unit;
    resolution = Math.min(resolution, precisionOf(countText!, halved) * unit);
    if (short) style = 'short';
    if (hyphen) style = 'compound';
    previousUnit = unit;
    cursor += whole.length;
    JOIN.lastIndex = cursor;
    const join = JOIN.exec(text);
    if (!join || style === 'compound') break;
    // Only move past the joining words when another part follows them.
    PART.lastIndex = cursor + join[0].length;
    if (!PART.test(text)) break;
    cursor += join[0].length;
  }
  if (cursor === index || minutes <= 0) return undefined;
  return { length: cursor - index, minutes: Math.round(minutes), resolution: Math.max(1, resolution), style };
}

function unitMinutes(unit: string): number {
  const lower = unit.toLowerCase();
  if (lower.startsWith('d')) return DAY;
  if (lower.startsWith('h')) return 60;
  return 1;
}

function countOf(text: string): number {
  const lower = text.toLowerCase();
  return NUMBER_WORDS[lower] ?? NUMBER_WORDS[lower.replace(/[ \t]+/, ' ')] ?? Number(text);
}

// The rounding a count allows, as a fraction of its unit: whole counts 1, "and a half" or ".5" a half, "2.25" a hundredth.
function precisionOf(countText: string, halved: boolean): number {
  const decimals = /\.(\d+)$/.exec(countText)?.[1];
  if (halved || decimals === '5') return 0.5;
  return decimals === undefined ? 1 : 10 ** -decimals.length;
}

// The duration at `index` is the outage's when a cue comes before it (after any qualifier), or it is an adjective of an outage word.
function statedAt(lineText: string, index: number, parsed: ParsedDuration, base: number): StatedDuration | undefined {
  const raw = lineText.slice(index, index + parsed.length);
  const after = lineText.slice(index + parsed.length, index + parsed.length + 40);
  let before = sentenceBefore(lineText, index).replace(/[*_`]/g, '');
  const qualifierMatch = QUALIFIER.exec(before);
  if (qualifierMatch) before = before.slice(0, qualifierMatch.index + (qualifierMatch[0].length - qualifierMatch[0].trimStart().length));
  before = before.trimEnd();
  const cued =
    (parsed.style === 'compound' && COMPOUND_NOUN.test(after)) ||
    DURATION_CUE.test(before) ||
    (before.endsWith('(') && /\d[:.]\d\d|\d\s*[ap]\.?m/i.test(before)) ||
    (FOR.test(before) && OUT_OF_SERVICE.test(before));
  if (!cued) return undefined;
  let qualifier = qualifierOf(qualifierMatch?.[1]);
  if (qualifier === 'exact' && /^(?:[ \t]+or[ \t]+so\b|-?ish\b)/i.test(after)) qualifier = 'about';
  return {
    span: { start: base + index, end: base + index + parsed.length },
    raw,
    minutes: parsed.minutes,
    resolution: parsed.resolution,
    qualifier,
    approximate: qualifier !== 'exact',
    style: parsed.style,
  };
}

// The sentence up to `index`, at most 100 characters ("approx." does not end one).
function sentenceBefore(lineText: string, index: number): string {
  const window = lineText.slice(Math.max(0, index - 100), index);
  const ends = [...window.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  return last ? window.slice(last.index + 1) : window;
}

function qualifierOf(word: string | undefined): StatedDuration['qualifier'] {
  if (word === undefined) return 'exact';
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:over|more than|at least|upwards of|in excess of)$/.test(lower)) return 'at-least';
  if (/^(?:under|less than|up to|no more than|not more than|within)$/.test(lower)) return 'at-most';
  return 'about';
}

// ---------------------------------------------------------------------------------------------
// Impact

// What an impact is counted in. Infrastructure (servers, nodes) and errors are not who or what was hurt.
const COUNTED_NOUNS = String.raw`(?:users?|customers?|clients?|visitors?|subscribers?|members?|people|students?|developers?|merchants?|sellers?|buyers?|tenants?|accounts?|requests?|quer(?:y|ies)|calls?|transactions?|orders?|payments?|bookings?|checkouts?|purchases?|log-?ins?|sign-?ins?|sessions?|messages?|e-?mails?|notifications?|uploads?|downloads?|builds?|deployments?|jobs?|pages?|page[ \t]?views|sites?|websites?|apps?|applications?|services?|endpoints?|apis?|features?|regions?|traffic|revenue|sales|records?|rows?|files?|blocks?|tickets?|complaints?|inquir(?:y|ies)|packages?|repositor(?:y|ies)|devices?|stores?|shops?|partners?|organi[sz]ations?|businesses|companies|employees|staff|agents?|videos?|posts?|visits?)`;
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]?(?:[kKmMbB]|thousand|million|billion)(?![\p{L}]))?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundreds?|thousands?|millions?|dozens?)(?:[ \t]+of)?`;
const GAP = String.raw`(?:[\p{L}'’-]+[ \t]+){0,2}?`;
const QUANTITIES: readonly RegExp[] = [
  /\d+(?:[.,]\d+)?[ \t]?(?:%|percent\b|per[ \t]cent\b)/giu,
  new RegExp(String.raw`(?<![\p{L}\p{N}.:/-])(?:${NUMBER})[ \t]+${GAP}${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  new RegExp(String.raw`\b(?:all|every|none)[ \t]+(?:of[ \t]+)?(?:(?:the|our|their|its|your)[ \t]+)?${GAP}${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  /\bfor[ \t]+(?:everyone|everybody)\b/giu,
  new RegExp(String.raw`\b(?:half|(?:a|one|two|three|four)[ \t-](?:thirds?|quarters?|fifths?|tenths?))[ \t]+of[ \t]+(?:(?:the|our|their|all)[ \t]+)?${GAP}${COUNTED_NOUNS}(?![\p{L}])`, 'giu'),
  /\b\d+[ \t]+(?:out[ \t]+of|in)[ \t]+\d+\b/giu,
  /[$€£¥][ \t]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:[ \t]?(?:k|m|million|billion)\b)?|\b\d[\d,.]*[ \t]?(?:k|m|million|billion)?[ \t]?(?:USD|EUR|GBP|dollars|euros|pounds)\b/giu,
];
// "500 error responses", "HTTP 503 requests": a status code is not a count.
const NOT_A_COUNT = /\b(?:errors?|status|response|code|http|internal|gateway|server)\b/i;

function findImpactStatements(text: string, prose: readonly Span[]): ImpactStatement[] {
  const statements: ImpactStatement[] = [];
  for (const line of prose) {
    const lineText = text.slice(line.start, line.end);
    const found: Span[] = [];
    for (const pattern of QUANTITIES) {
      pattern.lastIndex = 0;
      for (const match of lineText.matchAll(pattern)) {
        if (pattern === QUANTITIES[1] && (NOT_A_COUNT.test(match[0]) || /^\d{4}$/.test(match[0].split(/[ \t]/)[0]!))) continue;
        found.push({ start: line.start + match.index, end: line.start + match.index + match[0].length });
      }
    }
    for (const quantity of found.sort((a, b) => a.start - b.start)) {
      const sentence = sentenceAround(text, line, quantity.start);
      if (statements[statements.length - 1]?.sentence.start !== sentence.start) statements.push({ sentence, quantity });
    }
  }
  return statements;
}

// The sentence of `line` around `offset`.
function sentenceAround(text: string, line: Span, offset: number): Span {
  const before = text.slice(line.start, offset);
  const ends = [...before.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  const start = last ? line.start + last.index + 1 + /^\s*/.exec(before.slice(last.index + 1))![0].length : line.start + leadingMarkupLength(before);
  SENTENCE_END.lastIndex = 0;
  const after = SENTENCE_END.exec(text.slice(offset, line.end));
  return { start, end: after ? offset + after.index + 1 : line.end };
}

// ---------------------------------------------------------------------------------------------
// Root cause

// Words that give a cause: "the root cause was", "caused by", "due to", "because", "triggered by",
// "stemmed from", "traced to", "a typo caused…", "a misconfiguration led to…".
const ROOT_CAUSE =
  /\broot[\s-]+caus|\bcaus(?:ed|es|ing)\b|\bdue\s+to\b|\bbecause\b|\btriggered\s+by\b|\bthe\s+cause\s+(?:was|is|of)\b|\bstemm(?:ed|ing|s)\s+from\b|\bresult(?:ed|ing|s)?\s+from\b|\bas\s+a\s+result\s+of\b|\btraced\s+(?:back\s+)?to\b|\battributed\s+to\b|\boriginat(?:ed|ing)\s+(?:from|in)\b|\bculprit\b|\bled\s+to\b/i;

function rootCauseOf(text: string, prose: readonly Span[], sections: readonly Section[], region: { section: Section | undefined; span: Span }): Span | undefined {
  // A summary headed "Summary and Root Cause", or a "Root Cause:" line inside it.
  const covering = sections.find((section) => section.covers.includes('root-cause') && section.heading.start >= region.span.start && section.heading.start < region.span.end);
  if (covering) return covering.heading;
  for (const line of prose) {
    const match = ROOT_CAUSE.exec(text.slice(line.start, line.end));
    if (match) return sentenceAround(text, line, line.start + match.index);
  }
  return undefined;
}
