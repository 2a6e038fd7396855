/**
 * Reading the time at the start of a timeline entry, in every shape authors use:
 * "14:05 - …", "At 3:15 PM Eastern time, …", "2024-03-09 12:27 …", "Mar 9, 12:27 …",
 * "2024-03-09T12:27:00Z …", "12:27–12:40 …", "13:15 PST 29 april 2022 - …",
 * "**Issue Detected:** May 10, 2023, 08:00 AM - …", "**Detection (Nov 10, 2023, 8:00 PM)**: …",
 * "Midnight - alerts fire", "13:24 -0800 …"; and in prose, "from 4pm to 6 GMT", "between 9 and 11 am".
 */
import { readDateAt, type DateMention } from './date';
import { readNamedTimeAt, readTimestampAt, type Timestamp } from './timestamp';
import { readOffsetAfter, readRegionZoneAt, readZoneAt, type ZoneMention } from './zone';

/** What an entry's leading time says. Offsets are document offsets. */
export interface EntryTime {
  timestamp: Timestamp;
  /** A date written with the time, before or after it. */
  date: DateMention | undefined;
  /** A zone written with the time ("UTC", "(WAT)", a glued "Z"). */
  zone: ZoneMention | undefined;
  /** The end of a range ("12:27–12:40"). */
  rangeEnd: Timestamp | undefined;
  /** Where the entry's own text starts, after the time and its separators. */
  textStart: number;
}

const LEAD = /(?:at|around|about|approx(?:imately|\.)?|circa|by|from|~|@|\[|\()[ \t]*/iy;
const AFTER_DATE = /(?:[ \t]*,[ \t]*\d{2}(?=,))?[ \t]*(?:,|\bat\b|@|T|[-–—:](?=[ \t]))?[ \t]*/y;
const RANGE = /[ \t]*(?:[-–—]|to|until)[ \t]*/y;
const SEPARATORS = /^[ \t]*(?:\*\*|__|\*|_|`|\)|\]|[-–—:|,.]|[ \t])*/;
// A bare hour as the end of a range in prose: "from 4pm to 6 GMT", "from 10 pm until 2.". A dash is
// left out: "10:00 - 11 engineers paged" starts an entry's text.
const BARE_END = /[ \t]*(?:to|until|till|til|through|thru|and)[ \t]+(\d{1,2})(?![\p{L}\p{N}:]|\.\d|[ \t]*(?:[aApP]\.?[mM]|o'?clock|hours?|hrs?|minutes?|mins?|%))/iuy;
// A bare hour as the start: "between 9 and 11 am", "from 9 to 11:30 PM".
const BARE_START = /(\d{1,2})[ \t]*(?:to|until|till|and|[-–—])[ \t]*/iy;
// What may follow a bare end hour: a zone (read separately), punctuation or the end of the line.
const AFTER_BARE_END = /[ \t]*(?:$|[,.;:!?)\]*_])/y;

/** How a time is read: `bareHours` also reads a bare hour at one end of a range, as prose does. */
export interface ReadOptions {
  bareHours?: boolean;
}

/** Reads the time an entry starts with, at `from` in `line`; `base` is the line's document offset. */
export function readEntryTime(line: string, from: number, base: number, options: ReadOptions = {}): EntryTime | undefined {
  return readPlain(line, from, base, options) ?? readAfterLabel(line, from, base);
}

// A clock time, or "noon" / "midnight" alone.
function timeAt(line: string, index: number, base: number): Timestamp | undefined {
  return readTimestampAt(line, index, base) ?? readNamedTimeAt(line, index, base);
}

/**
 * A bullet that tells its time in passing: "- Customer service forwarded the ticket at 3:17 PM
 * Eastern time." Only "at" introduces it, within the first 100 characters.
 */
export function readTimeInPassing(line: string, from: number, base: number): EntryTime | undefined {
  const at = /[ \t]at[ \t]+(?=\d)/gi;
  at.lastIndex = from;
  for (let match = at.exec(line); match && match.index < from + 100; match = at.exec(line)) {
    const read = readPlain(line, match.index + match[0].length, base);
    if (read) return { ...read, textStart: base + from };
  }
  return undefined;
}

function readPlain(line: string, from: number, base: number, options: ReadOptions = {}): EntryTime | undefined {
  let index = skipLead(line, from);
  let date = readDateAt(line, index, base);
  if (date) {
    AFTER_DATE.lastIndex = date.end - base;
    index = skipLead(line, date.end - base + (AFTER_DATE.exec(line)?.[0].length ?? 0));
  }
  let rangeEnd: Timestamp | undefined;
  let timestamp = timeAt(line, index, base);
  if (!timestamp && options.bareHours) [timestamp, rangeEnd] = readBareStart(line, index, base) ?? [];
  if (!timestamp && options.bareHours) timestamp = readBareZoned(line, index, base);
  if (!timestamp) return undefined;
  let cursor = (rangeEnd ?? timestamp).end - base;
  let zone: ZoneMention | undefined;
  // Fractions of a second before an ISO "Z": "12:46:40.985Z".
  const fraction = /^\.\d{1,9}(?=Z)/.exec(line.slice(cursor, cursor + 11));
  if (fraction) cursor += fraction[0].length;
  if (line[cursor] === 'Z' && !/[\p{L}\p{N}]/u.test(line[cursor + 1] ?? '')) {
    zone = { raw: 'Z', start: base + cursor, end: base + cursor + 1, zone: 'UTC', ambiguous: false };
    cursor++;
  }
  // "13:24 -0800": an offset right after the time, before a range is looked for ("13:24 -0800 - deploy").
  zone ??= readOffsetAfter(line, cursor, base);
  if (zone) cursor = zone.end - base;
  RANGE.lastIndex = cursor;
  const range = rangeEnd ? null : RANGE.exec(line);
  if (range) {
    rangeEnd = timeAt(line, cursor + range[0].length, base);
    if (rangeEnd) cursor = rangeEnd.end - base;
  }
  if (!rangeEnd && options.bareHours) {
    rangeEnd = readBareEnd(line, cursor, base, timestamp);
    if (rangeEnd) cursor = rangeEnd.end - base;
  }
  if (!zone) {
    const open = /^[ \t]*\(?[ \t]*/.exec(line.slice(cursor))![0].length;
    zone = readZoneAt(line, cursor + open, base) ?? readOffsetAfter(line, cursor, base) ?? (/^[ \t]+\S/.test(line.slice(cursor)) ? readRegionZoneAt(line, cursor + open, base) : undefined);
    if (zone) cursor = zone.end - base + (/^[ \t]*\)/.exec(line.slice(zone.end - base))?.[0].length ?? 0);
  }
  if (!date) {
    // "3:45 PM, Oct 31", "3:45 PM on Oct 31", "3:45 PM (Oct 31)".
    const gap = /^[ \t]*[,(]?[ \t]*(?:on[ \t]+)?/.exec(line.slice(cursor))![0].length;
    date = readDateAt(line, cursor + gap, base);
    if (date) cursor = date.end - base + (line.slice(cursor, cursor + gap).includes('(') ? (/^[ \t]*\)/.exec(line.slice(date.end - base))?.[0].length ?? 0) : 0);
  }
  const textStart = cursor + SEPARATORS.exec(line.slice(cursor))![0].length;
  return { timestamp, date, zone, rangeEnd, textStart: base + textStart };
}

// "from 4pm to 6 GMT": the end's am/pm is the start's, or the other when that is the nearer time after
// the start ("from 11am to 1" ends at 1 pm). An hour past 12 needs no am/pm ("from 16:00 to 18").
function readBareEnd(line: string, cursor: number, base: number, start: Timestamp): Timestamp | undefined {
  BARE_END.lastIndex = cursor;
  const match = BARE_END.exec(line);
  if (!match || start.minutesOfDay === undefined) return undefined;
  if (/\band[ \t]+\d+$/i.test(match[0]) && !/\bbetween[ \t]+$/i.test(line.slice(Math.max(0, start.start - base - 20), start.start - base))) return undefined;
  const end = cursor + match[0].length;
  const hourText = match[1]!;
  const hour = Number(hourText);
  AFTER_BARE_END.lastIndex = end;
  if (!AFTER_BARE_END.test(line) && !readZoneAt(line, end + /^[ \t]*\(?[ \t]*/.exec(line.slice(end, end + 20))![0].length)) return undefined;
  const meridiem = hour > 12 ? undefined : start.meridiem && nearestAfter(start.minutesOfDay, hour);
  if (hour > 23 || (hour <= 12 && meridiem === undefined)) return undefined;
  return bareHour(hourText, base + end - hourText.length, hour, meridiem);
}

// "between 9 and 11 am": a bare hour after "between" or "from", its am/pm from the end.
function readBareStart(line: string, index: number, base: number): [Timestamp, Timestamp] | undefined {
  if (!/\b(?:between|from)[ \t]+$/i.test(line.slice(Math.max(0, index - 20), index))) return undefined;
  BARE_START.lastIndex = index;
  const match = BARE_START.exec(line);
  if (!match) return undefined;
  const end = timeAt(line, index + match[0].length, base);
  const hour = Number(match[1]);
  if (!end?.meridiem || end.minutesOfDay === undefined || hour > 12 || hour === 0) return undefined;
  // The start's am/pm is the one that puts it before the end, closest to it.
  const meridiem = (['am', 'pm'] as const).find((candidate) => {
    const step = end.minutesOfDay! - ((hour % 12) * 60 + (candidate === 'pm' ? 720 : 0));
    return step > 0 && step <= 720;
  });
  return meridiem && [bareHour(match[1]!, base + index, hour, meridiem), end];
}

// "stayed till 14 GMT+1", "from 21 UTC": an hour past noon (or 0) with its zone, after a word that
// leads to a time. An hour of 1 to 12 could be either half of the day, so it is left unread.
function readBareZoned(line: string, index: number, base: number): Timestamp | undefined {
  if (!/\b(?:to|until|till|til|by|at|from|since|around|about)[ \t]+$/i.test(line.slice(Math.max(0, index - 20), index))) return undefined;
  const match = /^(\d{1,2})[ \t]+(?=\S)/.exec(line.slice(index));
  const hour = Number(match?.[1]);
  if (!match || (hour > 0 && hour <= 12) || hour > 23) return undefined;
  const zone = readZoneAt(line, index + match[0].length, base);
  if (!zone || zone.ambiguous) return undefined;
  // "grew to 14 UTC servers" is a count: the zone ends the time, or a date follows it.
  const after = zone.end - base + (/^[ \t,]*(?:on[ \t]+)?/.exec(line.slice(zone.end - base))![0].length);
  if (/^\p{L}/u.test(line.slice(after)) && !/^(?:for|in|and|when|while|after|before|with|as|but|or|then|so|because|the|that|which|local)\b/i.test(line.slice(after)) && !readDateAt(line, after, base)) return undefined;
  return bareHour(match[1]!, base + index, hour, undefined);
}

// The am/pm that makes `hour` the first such hour after `startMinutes` on the clock.
function nearestAfter(startMinutes: number, hour: number): 'am' | 'pm' {
  const minutes = (candidate: 'am' | 'pm') => (hour % 12) * 60 + (candidate === 'pm' ? 720 : 0);
  const step = (candidate: 'am' | 'pm') => (minutes(candidate) - startMinutes + 1440) % 1440 || 1440;
  return step('am') <= step('pm') ? 'am' : 'pm';
}

// An hour written without minutes or am/pm, with the am/pm its range gives it.
function bareHour(raw: string, start: number, hour: number, meridiem: 'am' | 'pm' | undefined): Timestamp {
  const minutesOfDay = meridiem === undefined ? hour * 60 : (hour % 12) * 60 + (meridiem === 'pm' ? 720 : 0);
  return { raw, start, end: start + raw.length, hour, minute: 0, second: undefined, meridiemText: undefined, meridiem, problems: [], minutesOfDay, notation: 'clock' };
}

// "At", "around", "~", "[": words that may come before the time. "At" must be a word on its own
// ("At 3:15"), not the start of "Attempted".
function skipLead(line: string, index: number): number {
  for (let lead = 0; lead < 2; lead++) {
    LEAD.lastIndex = index;
    const match = LEAD.exec(line);
    if (!match || (/^[a-z]/i.test(match[0]) && !/[ \t]$/.test(match[0]))) break;
    index += match[0].length;
  }
  return index;
}

// "**Issue Detected:** May 10, 2023, 08:00 AM - …" and "**Detection (Nov 10, 2023, 8:00 PM)**: …":
// the time is after a bold label, or inside the label's parentheses.
function readAfterLabel(line: string, from: number, base: number): EntryTime | undefined {
  const opener = /^[ \t]*(\*\*|__)/.exec(line.slice(from));
  // The leading markup was already skipped, so look just before `from` for the label's opener.
  const before = line.slice(Math.max(0, from - 2), from);
  const marker = opener?.[1] ?? (before === '**' || before === '__' ? before : undefined);
  if (!marker) return undefined;
  const labelStart = opener ? from + opener[0].length : from;
  const labelEnd = line.indexOf(marker, labelStart);
  if (labelEnd < 0 || labelEnd - labelStart > 80) return undefined;
  const parenthesis = line.indexOf('(', labelStart);
  if (parenthesis >= 0 && parenthesis < labelEnd) {
    const inside = readPlain(line, parenthesis + 1, base);
    if (inside) return { ...inside, textStart: base + labelEnd + marker.length + SEPARATORS.exec(line.slice(labelEnd + marker.length))![0].length };
  }
  const after = labelEnd + marker.length + (/^[ \t]*:?[ \t]*/.exec(line.slice(labelEnd + marker.length))?.[0].length ?? 0);
  return readPlain(line, after, base);
}
