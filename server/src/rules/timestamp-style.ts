/** timestamp-style: a timeline writes its times one way: one clock (12-hour, 24-hour or ISO), one am/pm marker, one notation. */
import type { PostmortemDoc, TimelineEntry } from '../parse/types';
import type { CalendarDate, DateMention } from '../time/date';
import {
  compactFormOf,
  formatIsoDateTime,
  formatTimestamp,
  inferClockStyle,
  meridiemMarker,
  meridiemStyleOf,
  namedTimeOf,
  readTimestampAt,
  withCertainMeridiem,
  type ClockStyle,
  type Timestamp,
} from '../time/timestamp';
import type { Rule, RuleContext, TextEdit } from './types';

type Clock = '12h' | '24h' | 'iso';

/** One timeline time and how it is written. */
interface WrittenTime {
  timestamp: Timestamp;
  entryIndex: number;
  clock: Clock;
  /** The date of an ISO date-time ("2024-03-09 12:27"): the finding and the fix start there. */
  isoDate: DateMention | undefined;
  /** Whether it decides the majority: an entry's time does, a range's end only when it carries the marker for both. */
  votes: boolean;
  /** The end of a range whose start has no marker of its own ("2:05–2:30 PM"). */
  carriesStart: boolean;
  rangeEnd: boolean;
}

/** The style a timeline's times are expected in, and how a time is written in it. */
interface TargetStyle {
  clock: Clock;
  /** The marker, its spacing and the hour padding of 12-hour times. */
  twelveHour: ClockStyle;
  /** The padding of 24-hour times, and their compact form when compact notation wins. */
  twentyFourHour: ClockStyle;
  isoSeparator: ' ' | 'T';
  /** As many times are on one clock as on the other: the first time's decides, as markdownlint's "consistent" does. */
  clocksTied: boolean;
  /**
   * As many 12-hour times write their marker one way as another ("pm" and "PM"): none is the
   * timeline's, and a case alone is not worth saying (a blind review found "this timeline uses pm"
   * over three "pm" and three "PM" debatable).
   */
  markersTied: boolean;
  /** No 12-hour time, and some that can only be 24-hour ("00:05", "13:10"): "09:30" is morning. */
  onTwentyFourHourClock: boolean;
}

const CLOCK_NAMES: Record<Clock, string> = { '12h': '12-hour times', '24h': '24-hour times', iso: 'ISO date-times' };

export const timestampStyle: Rule = {
  id: 'timestamp-style',
  description: 'Timeline times share one style: 12-hour, 24-hour or ISO, one am/pm marker ("PM" or "p.m."), one notation ("14:05" or "1405").',
  // Cosmetic: a reader follows "07:30am" next to "07:35" without trouble (blind reviews judged no
  // warning of it right), so it is information, with the fix at hand.
  severity: 'info',
  tags: ['timeline', 'time'],
  fixable: true,
  check({ doc, settings, report }) {
    const times = writtenTimes(doc);
    const target = targetStyle(doc.text, times, settings.timestampStyle);
    if (!target) return;
    const whose = settings.timestampStyle !== 'auto' ? 'the postmortem.timestamps.style setting asks for' : target.clocksTied ? 'this timeline starts with' : 'this timeline uses';
    for (const time of times) {
      const { timestamp } = time;
      const expected = target.clock === 'iso' && time.rangeEnd ? '24h' : target.clock; // a range's end needs no second date
      const twentyFourNotation = target.twentyFourHour.compact ? 'compact' : 'clock';
      let found: string;
      let wanted: string;
      // A date written on some times of a 24-hour timeline (the first of each day, say) dates them; it
      // is no second style, whichever way the majority goes. Only a chosen "iso" style asks every time
      // for its date.
      if (settings.timestampStyle === 'auto' && ((time.clock === 'iso' && expected === '24h') || (time.clock === '24h' && expected === 'iso'))) continue;
      if (time.clock !== expected) {
        const guess = expected === '12h' && time.clock === '24h' && !withCertainMeridiem(timestamp, target.onTwentyFourHourClock);
        found = time.clock === 'iso' ? 'is an ISO date-time' : time.clock === '12h' ? 'is 12-hour' : guess ? 'has no am/pm' : 'is 24-hour';
        wanted = CLOCK_NAMES[expected];
      } else if (expected === '12h' && meridiemStyleOf(timestamp.meridiemText!) !== target.twelveHour.meridiem && !target.markersTied) {
        found = `writes "${timestamp.meridiemText}"`;
        wanted = `"${meridiemMarker(timestamp.meridiem!, target.twelveHour.meridiem)}"`;
      } else if (expected === '24h' && timestamp.notation !== twentyFourNotation) {
        found = timestamp.notation === 'compact' ? 'is compact' : 'is written as a clock time';
        wanted = `${twentyFourNotation} times`;
      } else continue;
      const span = { start: time.isoDate?.start ?? timestamp.start, end: timestamp.end };
      const edit = rewrite(doc, time, expected, target);
      report({
        message: `"${doc.text.slice(span.start, span.end)}" ${found}, but ${whose} ${wanted}${edit ? ` ("${edit.newText}")` : ''}`,
        span,
        fix: edit && (() => ({ title: `Write "${edit.newText}"`, edits: [edit] })),
      });
    }
  },
};

// The setting's clock, or the majority's; within it, the majority's marker, notation and habits.
function targetStyle(text: string, times: readonly WrittenTime[], setting: RuleContext['settings']['timestampStyle']): TargetStyle | undefined {
  const voters = times.filter((time) => time.votes);
  const clock = setting === 'auto' ? majority(voters.map((time) => time.clock)) : setting;
  if (clock === undefined) return undefined;
  // Times without am/pm that could be either clock ("11:34", "12:40") next to "11:21a" are a 12-hour
  // timeline that leaves the marker off most times, not a 24-hour one: only a time that can only be
  // 24-hour ("13:10", "00:05", "07:35") shows that the author counts to 24.
  if (setting === 'auto' && clock === '24h' && voters.some((time) => time.clock === '12h') && !voters.some((time) => time.clock === '24h' && onlyTwentyFourHour(time.timestamp))) return undefined;
  const twentyFour = voters.filter((time) => time.clock === '24h').map((time) => time.timestamp);
  const notation = clock === 'iso' ? 'clock' : (majority(twentyFour.map((timestamp) => timestamp.notation)) ?? 'clock');
  const compact = notation === 'compact' ? majority(twentyFour.flatMap((timestamp) => compactFormOf(timestamp) ?? []), (form) => form.hourMark + form.suffix) : undefined;
  const isoDates = voters.flatMap((time) => time.isoDate ?? []);
  return {
    clock,
    twelveHour: inferClockStyle(voters.filter((time) => time.clock === '12h').map((time) => time.timestamp), '12h'),
    twentyFourHour: { ...inferClockStyle(twentyFour.filter((timestamp) => timestamp.notation === notation), '24h'), compact },
    isoSeparator: majority(isoDates.map((date) => (text[date.end] === 'T' ? 'T' : ' '))) ?? ' ',
    clocksTied: setting === 'auto' && tied(voters.map((time) => time.clock)),
    markersTied: setting === 'auto' && tied(voters.flatMap((time) => (time.clock === '12h' && time.timestamp.meridiemText !== undefined ? [meridiemStyleOf(time.timestamp.meridiemText)] : []))),
    onTwentyFourHourClock: !times.some((time) => time.clock === '12h') && times.some((time) => time.clock === 'iso' || withCertainMeridiem(time.timestamp) !== undefined),
  };
}

/** Every well-formed time of the timeline: entries' times and ranges' ends, in document order. */
function writtenTimes(doc: PostmortemDoc): WrittenTime[] {
  const times: WrittenTime[] = [];
  doc.timeline.entries.forEach((entry, entryIndex) => {
    const { timestamp, rangeEnd } = entry;
    const isoDate = isoDateOf(doc.text, entry);
    // "2:05–2:30 PM": the start is judged by the end's marker ("14:50–3:05 PM" is two clocks).
    const carriesStart = isoDate === undefined && rangeEnd?.meridiem !== undefined && withCertainMeridiem(timestamp) === undefined;
    if (counts(timestamp) && !carriesStart) times.push({ timestamp, entryIndex, clock: isoDate ? 'iso' : clockOf(timestamp), isoDate, votes: true, carriesStart: false, rangeEnd: false });
    if (rangeEnd && counts(rangeEnd)) times.push({ timestamp: rangeEnd, entryIndex, clock: clockOf(rangeEnd), isoDate: undefined, votes: carriesStart, carriesStart, rangeEnd: true });
  });
  return times;
}

// Malformed times are timestamp-malformed's; "12:00 noon" and "12:00 midnight" fit every style.
function counts(timestamp: Timestamp): boolean {
  return timestamp.problems.length === 0 && namedTimeOf(timestamp.meridiemText) === undefined;
}

function onlyTwentyFourHour(timestamp: Timestamp): boolean {
  return timestamp.hour === 0 || timestamp.hour > 12 || /^0\d/.test(timestamp.raw);
}

function clockOf(timestamp: Timestamp): Clock {
  return timestamp.meridiem === undefined ? '24h' : '12h';
}

// "2024-03-09 12:27" and "2024-03-09T12:27:00": an ISO date joined to a 24-hour clock time.
function isoDateOf(text: string, entry: TimelineEntry): DateMention | undefined {
  const date = entry.dateMention;
  const { timestamp } = entry;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date.raw) || !/^\d{1,2}:\d{2}(?::\d{2})?$/.test(timestamp.raw)) return undefined;
  return /^[ T]$/.test(text.slice(date.end, timestamp.start)) ? date : undefined;
}

/**
 * The edit that writes `time` in the expected style, or undefined when that would be a guess (a time
 * without am/pm, a date without a year, seconds in compact notation) or would lose the author's text
 * (a date that is needed, a date written after the time).
 */
function rewrite(doc: PostmortemDoc, time: WrittenTime, expected: Clock, target: TargetStyle): TextEdit | undefined {
  const { timestamp } = time;
  const entry = doc.timeline.entries[time.entryIndex]!;
  let start = timestamp.start;
  let newText: string | undefined;
  if (time.isoDate) {
    if (!dateIsRedundant(doc, time.entryIndex)) return undefined;
    start = time.isoDate.start;
  }
  if (expected === 'iso') {
    const date = entry.date;
    const before = entry.dateMention && entry.dateMention.end <= timestamp.start ? doc.text.slice(entry.dateMention.end, timestamp.start) : undefined;
    if (date?.year === undefined || (entry.dateMention && (before === undefined || !/^[ \t]*(?:,|at|@)?[ \t]*$/i.test(before)))) return undefined;
    start = entry.dateMention?.start ?? start;
    newText = formatIsoDateTime(timestamp, { ...date, year: date.year }, target.isoSeparator);
  } else if (expected === '12h') {
    const certain = withCertainMeridiem(timestamp, time.clock === 'iso' || target.onTwentyFourHourClock);
    newText = certain && formatTimestamp(certain, target.twelveHour);
  } else if (!time.carriesStart) newText = formatTimestamp(timestamp, target.twentyFourHour); // "2:05–14:30" would leave the start unknown
  if (newText === undefined) return undefined;
  // The new time must read back as itself before the text that follows it (a bare "1405" needs a separator).
  const newTime = expected === 'iso' ? newText.slice(11) : newText;
  const reread = readTimestampAt(newTime + doc.text.slice(timestamp.end, Math.min(entry.line.end, timestamp.end + 200)), 0);
  if (reread?.raw !== newTime || reread.problems.length > 0 || reread.minutesOfDay !== timestamp.minutesOfDay) return undefined;
  return { span: { start, end: timestamp.end }, newText };
}

// A date the timeline knows without it being written: the previous entry's day (not earlier in
// that day), the day line's, or for the first entry the incident's.
function dateIsRedundant(doc: PostmortemDoc, index: number): boolean {
  const { entries, groups } = doc.timeline;
  const entry = entries[index]!;
  const previous = entries[index - 1];
  const groupDate = groups[entry.group]?.date;
  if (previous && (previous.group === entry.group || groupDate === undefined)) {
    return sameDay(previous.date, entry.date) && (previous.timestamp.minutesOfDay ?? Infinity) <= (entry.timestamp.minutesOfDay ?? -1);
  }
  if (typeof groupDate === 'object') return sameDay(groupDate, entry.date);
  return previous === undefined && sameDay(doc.incidentDate, entry.date);
}

function sameDay(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return a !== undefined && b !== undefined && a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}

// True when the two most common values are as common as each other.
function tied<T>(values: readonly T[]): boolean {
  const counted = new Map<T, number>();
  for (const value of values) counted.set(value, (counted.get(value) ?? 0) + 1);
  const [first, second] = [...counted.values()].sort((a, b) => b - a);
  return second !== undefined && first === second;
}

// The most common value (compared by `key`); a tie goes to the one seen first.
function majority<T>(values: readonly T[], key: (value: T) => unknown = (value) => value): T | undefined {
  const counted = new Map<unknown, { value: T; count: number }>();
  for (const value of values) {
    const entry = counted.get(key(value)) ?? { value, count: 0 };
    entry.count++;
    counted.set(key(value), entry);
  }
  let best: { value: T; count: number } | undefined;
  for (const entry of counted.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value;
}
