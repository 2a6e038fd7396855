/**
 * The window the summary states (its start and end, with their dates and zones), its length, and its
 * times on the clock (shared by the summary rules).
 */
import { dayNumber, readDateAt, type CalendarDate, type DateMention } from '../../time/date';
import { readEntryTime, type EntryTime } from '../../time/entry-time';
import { fourDigitRangeAt, withCertainMeridiem } from '../../time/timestamp';
import { offsetMinutes, sameZoneFamily } from '../../time/zone';
import type { Span, SummaryTime } from '../types';

/** Minutes in a day. */
export const DAY = 24 * 60;
const HALF_DAY = 12 * 60;

/** A time (with its date and zone) read in the summary's prose. */
export interface Mention extends EntryTime {
  start: number;
  end: number;
}

// The words that make "noon" or "midnight" a time: "at midnight", "from noon", "until midnight", "between 10 PM and midnight".
const NAMED_TIME_BEFORE = /\b(?:at|from|to|until|till|til|by|around|about|approximately|since|between|and|through|thru)[ \t]+(?:around[ \t]+|about[ \t]+|approximately[ \t]+)?$/i;

/** Every time the prose states, with the date and zone written with it, in order. */
export function readMentions(text: string, prose: readonly Span[]): Mention[] {
  const mentions: Mention[] = [];
  for (const line of prose) {
    const lineText = text.slice(line.start, line.end);
    const words = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
    for (let word = words.exec(lineText); word; word = words.exec(lineText)) {
      const read = readEntryTime(lineText, word.index, line.start, { bareHours: true });
      // "2024)" reads as 20:24: four bare digits are a year unless a zone follows them. "curl 0:80" is a
      // port, not a time: a minute past 59 or an hour past 24 is no time of day.
      if (!read || (/^\d{4}$/.test(read.timestamp.raw) && !read.zone && fourDigitRangeAt(lineText, word.index) === undefined)) continue;
      if (read.timestamp.minute > 59 || read.timestamp.hour > 24) continue;
      // "at midnight" is a time; "the midnight batch job" is not.
      if (!/\d/.test(read.timestamp.raw) && !NAMED_TIME_BEFORE.test(lineText.slice(Math.max(0, word.index - 40), word.index))) continue;
      const start = Math.min(read.timestamp.start, read.date?.start ?? Infinity);
      let end = Math.max(read.timestamp.end, read.rangeEnd?.end ?? 0, read.zone?.end ?? 0, read.date?.end ?? 0);
      // A broken am/pm marker ("10:00 M", timestamp-malformed's to report) still ends the time, so the
      // window around it is read.
      const broken = BROKEN_MERIDIEM.exec(text.slice(end, end + 4));
      if (broken && read.timestamp.meridiem === undefined) end += broken[0].length;
      mentions.push({ ...read, start, end });
      words.lastIndex = end - line.start;
    }
  }
  return mentions;
}

// A lone "M" after a time: a meridiem with its A or P lost.
const BROKEN_MERIDIEM = /^[ \t]?M\.?(?![\p{L}\p{N}])/u;

// What joins the two ends of a window: "to", "until", a dash; "and" after "between"; "at" after
// "from" (a slip some authors make: "from 8:00 a.m. at 11:58 a.m."). A stray year may sit before it.
const CONNECTOR = /^[\s*_`()]*(?:,[ \t]*)?(?:\d{4}[ \t]*)?(to|until|till|til|through|thru|[-–—~]+|and|at)[\s*_`()]*(?:on[ \t]+)?$/i;
// A label that names the end of the window it precedes: "Start Time:", "End-time:", "Ended:"; a
// time under "Time:" or "Date/time:" is when the incident happened, its start. The zone may sit in
// the label: "Outage End (UTC):".
const LABEL = /\b(start(?:ed|ing)?|began|begin|commenced|end(?:ed)?|resolved|restored|recovered|finish(?:ed)?|date\s*(?:\/|and)\s*time|time|when)(?:[ \t-]?(?:time|date|at|on))?(?:[ \t]*\([^()\n]{1,24}\))?[*_ \t]*:/gi;
// A list item that says the service's state: "- Down: 15:21 UTC", "- **Up:** 15:38 UTC".
const STATE_LABEL = /(?:^|\n)[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(down|up|back\s+up)(?:\*\*|__)?[ \t]*:[ \t*_]*$/i;
// Words between a cue and the time: "from approximately", "between the hours of", "started at".
const FILLER = /(?:[\s*_`(~,]|\b(?:at|on|by|around|about|approximately|approx\.?|roughly|circa|of|the|hours|time)\b)*$/i;
const START_BEFORE = /\b(?:from|between|since|start(?:ed|ing|s)?|beg[ai]n(?:ning|s)?|begun|commenc(?:ed|ing|es)|onset|occurred|happened|went\s+down|outage)$/i;
const END_BEFORE =
  /\b(?:to|until|till|til|through|thru|end(?:ed|ing|s)?|conclud(?:ed|ing|es)|resolved|restored|recovered|(?:until|till|by)\s+(?:its\s+|the\s+)?(?:resolution|recovery|restoration)|mitigated|fixed|corrected|over|finish(?:ed|ing)?|back\s+(?:online|up|to\s+normal)|(?:fully\s+)?operational(?:\s+again)?|(?:running|working|online|back)(?:\s+again)?)$/i;
// "At 1:00 PT we started receiving alerts", "…at 2100hrs WAT, the webserver was down".
// "At 10:00 AM EAT, our website experienced an outage", "…, a misconfiguration caused an outage".
const START_AFTER =
  /^[^.;!?\n]{0,80}?\b(?:began|begun|started|starts|begins|commenced|occurr?ed|happened|went\s+down|(?:was|were|became|went)\s+(?:down|unavailable|offline|unreachable|inaccessible|unresponsive)|(?:experienced|suffered|faced|had|caused|triggered|hit|there\s+was)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:outage|downtime|disruption|incident|failure|interruption))\b/i;
// "At 5:01 PM, service was restored", "at around 2.30PM PST the website was fully operational again".
const END_AFTER =
  /^[^.;!?\n]{0,80}?\b(?:(?:was|were|is|are|got|been)\s+(?:\w+\s+)?(?:restored|resolved|recovered|fixed|back)|back\s+(?:online|up|to\s+normal)|(?:was|were|is|are|became|been)\s+(?:fully\s+|completely\s+)?(?:operational|(?:accessible|available|online|working|up\s+and\s+running)\s+again))\b/i;

type Role = 'start' | 'end' | undefined;

/**
 * The window the summary states, in order of trust: a range written as one ("14:00–16:30 UTC"), two
 * times joined by "to", "until", a dash or "and" after "between"; else times with a cue ("Start
 * Time:", "started at", "until", "was restored at"). With an end but no start, an earlier time without
 * a cue is the start ("At 3:00 PM … until 5:01 PM"). With no cue at all, the first time is neither:
 * "it was rerun at 07:30" may be either end.
 */
export function readWindow(text: string, mentions: readonly Mention[]): Window {
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

/**
 * How many windows the summary states: ranges written as one ("14:00–16:30") or two times joined
 * ("from 08:00 to 09:25"), told apart by their start. More than one ("(1) 08:00 AM to 09:25 AM …
 * (2) 08:00 PM to 09:46 PM") tells several incidents or phases, and which one the timeline tells is a guess.
 */
export function countWindows(text: string, mentions: readonly Mention[]): number {
  const starts = new Set<number | undefined>();
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const next = mentions[index + 1];
    const joined = !mention.rangeEnd && next !== undefined && connected(text, mention, next, mentions[index - 1]);
    // Joined to what follows by "to" or a dash, even when the end is misspelled ("08:00 PM to 09:4+ PM").
    if (mention.rangeEnd || joined || RANGE_AFTER.test(text.slice(mention.end, mention.end + 20))) starts.add(mention.timestamp.minutesOfDay);
    if (joined) index++; // the end of this window is no start of another
  }
  return starts.size;
}

const RANGE_AFTER = /^[ \t*_`]*(?:to|until|till|through|[-–—])[ \t*_`]*\d/i;

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
  // A list item that says the service's state: "- Down: 15:21 UTC", "- Up: 15:38 UTC".
  const state = STATE_LABEL.exec(before);
  if (state) return /^down$/i.test(state[1]!) ? 'start' : 'end';
  const tail = before.replace(FILLER, '');
  if (START_BEFORE.test(tail)) return 'start';
  if (END_BEFORE.test(tail)) return 'end';
  const after = text.slice(mention.end, Math.min(next?.start ?? Infinity, mention.end + 100));
  if (START_AFTER.test(after)) return 'start';
  if (END_AFTER.test(after)) return 'end';
  // The verb a few words before, in the same clause: "it ended on a happy note at 16:30 UTC".
  const clause = /[^.;!?]*$/.exec(tail)![0];
  if (END_IN_CLAUSE.test(clause)) return 'end';
  if (START_IN_CLAUSE.test(clause)) return 'start';
  return undefined;
}

// An end or start verb up to six words before the time, in its clause.
const END_IN_CLAUSE = /\b(?:ended|ends|concluded|was\s+(?:resolved|restored|fixed)|recovered|came\s+back)\b(?:\s+[\w'’-]+){0,6}\s*$/i;
const START_IN_CLAUSE = /\b(?:began|started|begun|commenced|went\s+down)\b(?:\s+[\w'’-]+){0,6}\s*$/i;

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
