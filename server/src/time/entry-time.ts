/**
 * Reading the time at the start of a timeline entry, in every shape authors use:
 * "14:05 - …", "At 3:15 PM Eastern time, …", "2024-03-09 12:27 …", "Mar 9, 12:27 …",
 * "2024-03-09T12:27:00Z …", "12:27–12:40 …", "13:15 PST 29 april 2022 - …",
 * "**Issue Detected:** May 10, 2023, 08:00 AM - …", "**Detection (Nov 10, 2023, 8:00 PM)**: …".
 */
import { readDateAt, type DateMention } from './date';
import { readTimestampAt, type Timestamp } from './timestamp';
import { readZoneAt, type ZoneMention } from './zone';

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

/** Reads the time an entry starts with, at `from` in `line`; `base` is the line's document offset. */
export function readEntryTime(line: string, from: number, base: number): EntryTime | undefined {
  return readPlain(line, from, base) ?? readAfterLabel(line, from, base);
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

function readPlain(line: string, from: number, base: number): EntryTime | undefined {
  let index = skipLead(line, from);
  let date = readDateAt(line, index, base);
  if (date) {
    AFTER_DATE.lastIndex = date.end - base;
    index = skipLead(line, date.end - base + (AFTER_DATE.exec(line)?.[0].length ?? 0));
  }
  const timestamp = readTimestampAt(line, index, base);
  if (!timestamp) return undefined;
  let cursor = timestamp.end - base;
  let zone: ZoneMention | undefined;
  if (line[cursor] === 'Z' && !/[\p{L}\p{N}]/u.test(line[cursor + 1] ?? '')) {
    zone = { raw: 'Z', start: base + cursor, end: base + cursor + 1, zone: 'UTC', ambiguous: false };
    cursor++;
  }
  let rangeEnd: Timestamp | undefined;
  RANGE.lastIndex = cursor;
  const range = RANGE.exec(line);
  if (range) {
    rangeEnd = readTimestampAt(line, cursor + range[0].length, base);
    if (rangeEnd) cursor = rangeEnd.end - base;
  }
  if (!zone) {
    const open = /^[ \t]*\(?[ \t]*/.exec(line.slice(cursor))![0].length;
    zone = readZoneAt(line, cursor + open, base);
    if (zone) cursor = zone.end - base + (/^[ \t]*\)/.exec(line.slice(zone.end - base))?.[0].length ?? 0);
  }
  if (!date) {
    const gap = /^[ \t]*,?[ \t]*(?:on[ \t]+)?/.exec(line.slice(cursor))![0].length;
    date = readDateAt(line, cursor + gap, base);
    if (date) cursor = date.end - base;
  }
  const textStart = cursor + SEPARATORS.exec(line.slice(cursor))![0].length;
  return { timestamp, date, zone, rangeEnd, textStart: base + textStart };
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
