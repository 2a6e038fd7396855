/**
 * Reading clock times as incident authors write them, and writing them back in one style.
 * A reader returns what it saw (raw text, span, parts) and what is wrong with it; it never throws.
 */

/** How the author wrote the am/pm marker, when there is one. */
export type MeridiemStyle = 'AM' | 'am' | 'a.m.' | 'A.M.';

/** A clock style a document can be normalised to. */
export interface ClockStyle {
  clock: '12h' | '24h';
  meridiem: MeridiemStyle;
  /** Whether a space separates the time from its am/pm marker ("8:00 AM" vs "8:00AM"). */
  meridiemSpace: boolean;
  /** Whether hours below 10 get a leading zero ("09:05" vs "9:05"). */
  padHour: boolean;
  /** When set, 24-hour times are written in compact notation ("14h05", "1405hrs") instead of "14:05". */
  compact?: CompactForm;
}

/** How a compact time is written: "14h05" (`hourMark` "h"), "1405", "1405hrs" (`suffix` "hrs"). */
export interface CompactForm {
  hourMark: 'h' | '';
  /** What follows the four digits, as written ("hrs", " hours"); empty for "14h05" and "1405". */
  suffix: string;
}

/** Something that makes a timestamp not well formed. */
export type TimestampProblem =
  | 'space-in-time'
  | 'semicolon'
  | 'minutes-missing'
  | 'minute-digits'
  | 'meridiem-case'
  | 'meridiem-punctuation'
  | 'meridiem-space'
  | 'meridiem-incomplete'
  | 'named-time-mismatch'
  | 'hour-out-of-range'
  | 'minute-out-of-range'
  | 'zero-hour-with-meridiem';

/** A clock time read from the text. Offsets are UTF-16 offsets into the whole document. */
export interface Timestamp {
  raw: string;
  start: number;
  end: number;
  hour: number;
  minute: number;
  second: number | undefined;
  /** The am/pm marker as written, if any; also "noon" or "midnight" ("12:00 midnight", "12 noon"). */
  meridiemText: string | undefined;
  meridiem: 'am' | 'pm' | undefined;
  problems: TimestampProblem[];
  /** Minutes since midnight on a 24-hour clock, when the time is in range. */
  minutesOfDay: number | undefined;
  /** "14:05" and "2:05 PM" are clock notation; "14h05", "1405" and "2100hrs" are compact. */
  notation: 'clock' | 'compact';
}

// An am/pm marker, accepting the sloppy forms authors type ("a.m", "Pm", "P M") so that they can be
// reported. Half a marker ("10:30 A", "1:00 p") counts only where the time's words end, so that an
// article is not read as one ("10:30 A new alert"). "noon" and "midnight" say am or pm too.
const MERIDIEM = String.raw`[aApP](?:[ \t]?\.[ \t]?[mM]\.?|[mM])(?![\p{L}\p{N}])`;
const SPACED_MERIDIEM = String.raw`[aApP][ \t][mM](?![\p{L}\p{N}])`;
const HALF_MERIDIEM = String.raw`[aApP]\.?(?=[ \t]*(?:$|[-–—|:,)\]*_]))`;
const NAMED_TIME = String.raw`(?:noon|Noon|NOON|midnight|Midnight|MIDNIGHT)(?![\p{L}\p{N}])`;
// hour, optional spaces, ':' or '.', optional spaces, minutes (one digit is read to be reported),
// optional seconds, optional meridiem.
const CLOCK = new RegExp(String.raw`(\d{1,2})([ \t]*)([:.;])([ \t]*)(\d{1,2})(?::(\d{2}))?(?:([ \t]*)(${MERIDIEM}|${SPACED_MERIDIEM}|${NAMED_TIME}|${HALF_MERIDIEM}))?`, 'uy');
// "8 AM", "8am", "12 noon": an hour with a meridiem and no minutes.
// "3:pm", "3: PM": the colon typed, the minutes left out.
const HOUR_COLON = new RegExp(String.raw`(\d{1,2}):[ \t]*(${MERIDIEM})`, 'uy');
const HOUR_ONLY = new RegExp(String.raw`(\d{1,2})([ \t]*)(${MERIDIEM}|${NAMED_TIME})`, 'uy');
// What may follow a time whose minutes have one digit ("9:5 - alert"): a zone or an entry
// separator. Anything else ("1:1 meeting", "(16:9)", "mem[0:4]") is a ratio or a slice, not a time.
const AFTER_SHORT_MINUTES = /(?:[ \t]*(?:$|[-–—|*_]|:[ \t])|Z\b|[ \t]*\(?[ \t]*(?:UTC|GMT|[A-Z]{2,4}T)\b)/y;
// What makes "2.30" a time without a meridiem: a zone or an entry dash after it.
const AFTER_DOTTED = /[ \t]+(?:[-–—][ \t]|(?:UTC|GMT|[A-Z]{2,4}T)\b)/y;
// "14h05" (French style) and "1405", "2100hrs", "0930Z" (military style). Four bare digits count only
// with a suffix or before an entry separator, because a bare "2024" is a year.
const HOUR_H_MINUTE = /([01]?\d|2[0-3])h([0-5]\d)(?![\p{L}\p{N}])/uy;
const FOUR_DIGITS = /([01]\d|2[0-3])([0-5]\d)(?:[ \t]?(hrs?|hours)\b|(?=Z\b)|(?=[ \t]+[-–—|]|[ \t]*:[ \t]|\)|[ \t](?:UTC|GMT|[A-Z]{2,4}T)\b))/uy;
// Two of them as a range ("0900–1300 PST", "from 0233 to 0239"): each end is a time, unless both
// could be years ("2019-2020", "from 2001 to 2003").
const FOUR_DIGIT = String.raw`(?:[01]\d|2[0-3])[0-5]\d`;
const RANGE_JOIN = String.raw`(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|until|till|and|through|thru)[ \t]+)`;
const FOUR_DIGIT_RANGE_START = new RegExp(String.raw`(${FOUR_DIGIT})(?=${RANGE_JOIN}(${FOUR_DIGIT})(?![\p{L}\p{N}]))`, 'uy');
const FOUR_DIGIT_RANGE_END = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])(${FOUR_DIGIT})${RANGE_JOIN})(${FOUR_DIGIT})(?![\p{L}\p{N}])`, 'uy');
const YEAR_LIKE = /^(?:19|20)\d\d$/;

/**
 * Reads a clock time that starts exactly at `index` of `text`; `base` is added to the offsets
 * (the text is often one line of a larger document). Returns undefined when nothing time-like is there.
 */
export function readTimestampAt(text: string, index: number, base = 0): Timestamp | undefined {
  // Not in the middle of a word or number; the "T" of an ISO date-time ("2024-03-09T12:27") is fine.
  const before = text[index - 1] ?? '';
  if (index > 0 && /[\p{L}\p{N}]/u.test(before) && !(before === 'T' && /\d/.test(text[index - 2] ?? ''))) return undefined;
  CLOCK.lastIndex = index;
  const clock = CLOCK.exec(text);
  if (clock) {
    const [raw, hourText, space1, separator, space2, minuteText, secondText, , meridiemText] = clock;
    const end = index + raw.length;
    // "1.5 hours" or "2.30" with '.' is only a time when a meridiem, a zone or an entry dash follows:
    // a bare "14.05" is too often a number.
    if (separator === '.' && meridiemText === undefined && !followedBy(AFTER_DOTTED, text, end)) return undefined;
    // "12;45PM": a semicolon typed for the colon, read only with two-digit minutes and a marker.
    if (separator === ';' && (meridiemText === undefined || minuteText!.length !== 2)) return undefined;
    // One-digit minutes: never after '.', and only before a meridiem, a zone or a separator.
    if (minuteText!.length === 1 && (separator === '.' || (meridiemText === undefined && !followedBy(AFTER_SHORT_MINUTES, text, end)))) return undefined;
    // A digit right after the minutes ("12:345") is not a time.
    if (/\p{N}/u.test(text[end] ?? '')) return undefined;
    return build(raw, index + base, hourText!, minuteText!, secondText, meridiemText, Boolean(space1 || space2));
  }
  HOUR_COLON.lastIndex = index;
  const hourColon = HOUR_COLON.exec(text);
  if (hourColon) {
    const timestamp = build(hourColon[0], index + base, hourColon[1]!, undefined, undefined, hourColon[2], false);
    return { ...timestamp, problems: ['minutes-missing', ...timestamp.problems] };
  }
  HOUR_ONLY.lastIndex = index;
  const hourOnly = HOUR_ONLY.exec(text);
  // "12 noon" and "12 midnight"; "3 noon" is not a time.
  if (hourOnly && (namedTimeOf(hourOnly[3]) === undefined || hourOnly[1] === '12')) {
    const [raw, hourText, , meridiemText] = hourOnly;
    return build(raw, index + base, hourText!, undefined, undefined, meridiemText, false);
  }
  for (const compact of [HOUR_H_MINUTE, FOUR_DIGITS]) {
    compact.lastIndex = index;
    const match = compact.exec(text);
    if (match) return { ...build(match[0], index + base, match[1]!, match[2]!, undefined, undefined, false), notation: 'compact' };
  }
  const digits = fourDigitRangeAt(text, index);
  return digits === undefined ? undefined : { ...build(digits, index + base, digits.slice(0, 2), digits.slice(2), undefined, undefined, false), notation: 'compact' };
}

/** The four digits at `index` when they are one end of a range of two such times ("0900–1300"), else undefined. */
export function fourDigitRangeAt(text: string, index: number): string | undefined {
  for (const range of [FOUR_DIGIT_RANGE_START, FOUR_DIGIT_RANGE_END]) {
    range.lastIndex = index;
    const match = range.exec(text);
    if (match && !(YEAR_LIKE.test(match[1]!) && YEAR_LIKE.test(match[2]!))) return range === FOUR_DIGIT_RANGE_START ? match[1]! : match[2]!;
  }
  return undefined;
}

const NAMED_TIME_ALONE = new RegExp(NAMED_TIME, 'uy');

/**
 * "noon" or "midnight" written alone as a time ("at midnight", "Midnight - alerts fire") at `index`,
 * read as 12:00 PM or 12:00 AM; `base` is added to the offsets. Callers decide where a named time is
 * a time: "the midnight batch" names a job, not a moment.
 */
export function readNamedTimeAt(text: string, index: number, base = 0): Timestamp | undefined {
  if (index > 0 && /[\p{L}\p{N}]/u.test(text[index - 1]!)) return undefined;
  NAMED_TIME_ALONE.lastIndex = index;
  const match = NAMED_TIME_ALONE.exec(text);
  return match ? build(match[0], index + base, '12', undefined, undefined, match[0], false) : undefined;
}

// Whether the sticky `pattern` matches at `index`, without copying the rest of a long line.
function followedBy(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

function build(
  raw: string,
  start: number,
  hourText: string,
  minuteText: string | undefined,
  secondText: string | undefined,
  meridiemText: string | undefined,
  spaced: boolean,
): Timestamp {
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? undefined : Number(secondText);
  const problems: TimestampProblem[] = [];
  if (spaced) problems.push('space-in-time');
  if (raw.includes(';')) problems.push('semicolon');
  if (minuteText?.length === 1) problems.push('minute-digits');
  const named = namedTimeOf(meridiemText);
  let meridiem: 'am' | 'pm' | undefined = meridiemText === undefined ? undefined : named ? (named === 'noon' ? 'pm' : 'am') : meridiemText[0]!.toLowerCase() === 'a' ? 'am' : 'pm';
  if (named !== undefined) {
    // "12:00 noon", "12:00 midnight" and "00:00 midnight" are exact; "12:30 midnight" still reads
    // as 00:30, but "11:00 noon" names two different times and cannot be read.
    if (minute !== 0 || (second ?? 0) !== 0 || !(hour === 12 || (named === 'midnight' && hour === 0))) problems.push('named-time-mismatch');
    if (hour !== 12 && problems.includes('named-time-mismatch')) meridiem = undefined;
  } else if (meridiemText !== undefined) {
    // "11:21a", "12:28p": the one-letter marker glued to the minutes is a house style, not half a marker.
    if (/^[aApP]\.?$/.test(meridiemText)) {
      if (!(/^[ap]$/.test(meridiemText) && /\d$/.test(raw.slice(0, -1)))) problems.push('meridiem-incomplete');
    }
    else if (/\s/.test(meridiemText)) problems.push('meridiem-space');
    else if (meridiemStyleOf(meridiemText) === undefined) problems.push(isCaseProblem(meridiemText) ? 'meridiem-case' : 'meridiem-punctuation');
  }
  if (meridiem !== undefined && hour > 12) problems.push('hour-out-of-range');
  else if (meridiem !== undefined && hour === 0 && named === undefined) problems.push('zero-hour-with-meridiem');
  else if (hour > 23) problems.push('hour-out-of-range');
  if (minute > 59 || (second !== undefined && second > 59)) problems.push('minute-out-of-range');
  // "9:5" may be 9:05 or 9:50, and "11:00 noon" names two times: neither is placed in the timeline.
  const unreadable = minuteText?.length === 1 || (named !== undefined && meridiem === undefined) || (second !== undefined && second > 59);
  return {
    raw,
    start,
    end: start + raw.length,
    hour,
    minute,
    second,
    meridiemText,
    meridiem,
    problems,
    minutesOfDay: unreadable ? undefined : toMinutesOfDay(hour, minute, meridiem),
    notation: 'clock',
  };
}

/** "noon" or "midnight" when that word stands for the meridiem ("12:00 midnight"), else undefined. */
export function namedTimeOf(meridiemText: string | undefined): 'noon' | 'midnight' | undefined {
  const word = meridiemText?.toLowerCase();
  return word === 'noon' || word === 'midnight' ? word : undefined;
}

/** The style of a well-formed meridiem, or undefined when it is not one of the accepted forms. */
export function meridiemStyleOf(text: string): MeridiemStyle | undefined {
  if (/^[ap]m$/.test(text)) return 'am';
  if (/^[AP]M$/.test(text)) return 'AM';
  if (/^[ap]\.m\.$/.test(text)) return 'a.m.';
  if (/^[AP]\.M\.$/.test(text)) return 'A.M.';
  return undefined;
}

// "Am", "pM", "a.M.": right punctuation, wrong case. Everything else ("a.m", "a. m.") is punctuation.
function isCaseProblem(text: string): boolean {
  const letters = text.replace(/[^a-zA-Z]/g, '');
  const punctuationOk = /^[aApP][mM]$/.test(text) || /^[aApP]\.[mM]\.$/.test(text);
  return punctuationOk && letters !== letters.toLowerCase() && letters !== letters.toUpperCase();
}

function toMinutesOfDay(hour: number, minute: number, meridiem: 'am' | 'pm' | undefined): number | undefined {
  if (minute > 59) return undefined;
  if (meridiem === undefined) return hour > 23 ? undefined : hour * 60 + minute;
  if (hour > 12) return hour <= 23 ? hour * 60 + minute : undefined; // "13:00 PM" means 13:00
  const hour24 = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return hour24 * 60 + minute;
}

/** True when the timestamp has no problems. */
export function isWellFormed(timestamp: Timestamp): boolean {
  return timestamp.problems.length === 0;
}

/**
 * The document's prevailing style, read from its well-formed timestamps (majority wins; a tie in
 * markers goes to the one seen first). `clock` imposes the clock instead of the majority's.
 * "12:00 noon" and "12:00 midnight" fit every style and count for none.
 */
export function inferClockStyle(timestamps: readonly Timestamp[], clock?: '12h' | '24h'): ClockStyle {
  const counts = { twelve: 0, twentyFour: 0, spaced: 0, tight: 0, padded: 0, unpadded: 0 };
  const meridiems = new Map<MeridiemStyle, number>();
  for (const timestamp of timestamps) {
    if (!isWellFormed(timestamp) || namedTimeOf(timestamp.meridiemText) !== undefined) continue;
    if (timestamp.meridiemText === undefined) counts.twentyFour++;
    else {
      counts.twelve++;
      const style = meridiemStyleOf(timestamp.meridiemText)!;
      meridiems.set(style, (meridiems.get(style) ?? 0) + 1);
      if (/\s/.test(timestamp.raw.slice(timestamp.raw.length - timestamp.meridiemText.length - 1))) counts.spaced++;
      else counts.tight++;
    }
    if (timestamp.hour < 10) {
      if (/^0\d/.test(timestamp.raw)) counts.padded++;
      else counts.unpadded++;
    }
  }
  let meridiem: MeridiemStyle = 'AM';
  let best = 0;
  for (const [style, count] of meridiems) {
    if (count > best) [meridiem, best] = [style, count];
  }
  clock ??= counts.twentyFour > counts.twelve ? '24h' : '12h';
  return {
    clock,
    meridiem,
    meridiemSpace: counts.tight <= counts.spaced,
    // 24-hour times are padded unless the document clearly prefers otherwise; 12-hour ones are not.
    padHour: clock === '24h' ? counts.unpadded <= counts.padded : counts.padded > counts.unpadded,
  };
}

/**
 * Writes the timestamp in `style`, or returns undefined when it cannot be repaired without guessing
 * (an hour or minute out of any range: "25:10").
 */
export function formatTimestamp(timestamp: Timestamp, style: ClockStyle): string | undefined {
  const minutesOfDay = timestamp.minutesOfDay;
  if (minutesOfDay === undefined) return undefined;
  const hour24 = Math.floor(minutesOfDay / 60);
  const minute = String(minutesOfDay % 60).padStart(2, '0');
  const second = timestamp.second === undefined ? '' : `:${String(timestamp.second).padStart(2, '0')}`;
  if (style.clock === '24h' && style.compact) {
    if (second !== '') return undefined; // compact notation has no seconds
    const hour = style.compact.hourMark === 'h' && !style.padHour ? String(hour24) : String(hour24).padStart(2, '0');
    return `${hour}${style.compact.hourMark}${minute}${style.compact.suffix}`;
  }
  // Without am/pm the author's clock is unknown: never invent one; write it 24-hour, as it reads.
  if (timestamp.meridiem === undefined) {
    const padded = style.clock === '24h' ? style.padHour : /^0\d/.test(timestamp.raw);
    return `${padded ? String(hour24).padStart(2, '0') : String(hour24)}:${minute}${second}`;
  }
  if (style.clock === '24h') {
    const hour = style.padHour ? String(hour24).padStart(2, '0') : String(hour24);
    return `${hour}:${minute}${second}`;
  }
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const hour = style.padHour ? String(hour12).padStart(2, '0') : String(hour12);
  const marker = meridiemMarker(hour24 < 12 ? 'am' : 'pm', style.meridiem);
  return `${hour}:${minute}${second}${style.meridiemSpace ? ' ' : ''}${marker}`;
}

/**
 * Writes the timestamp as an ISO 8601 date-time on `date` ("2024-03-09 14:05", "2024-03-09T14:05:30"),
 * or returns undefined when the time cannot be read.
 */
export function formatIsoDateTime(timestamp: Timestamp, date: { year: number; month: number; day: number }, separator: ' ' | 'T' = ' '): string | undefined {
  const time = formatTimestamp(timestamp, { clock: '24h', meridiem: 'AM', meridiemSpace: true, padHour: true });
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return time === undefined ? undefined : `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}${separator}${time}`;
}

/**
 * The timestamp with its am/pm made explicit when that is certain: it was written with one, or it can
 * only be a 24-hour time (hour 0 or over 12, compact notation, or `twentyFourHour` known from its
 * context, as in an ISO date-time). Undefined otherwise: "9:05" or "09:05" may be evening.
 */
export function withCertainMeridiem(timestamp: Timestamp, twentyFourHour = false): Timestamp | undefined {
  const minutesOfDay = timestamp.minutesOfDay;
  if (timestamp.meridiem !== undefined || minutesOfDay === undefined) return minutesOfDay === undefined ? undefined : timestamp;
  const certain = twentyFourHour || timestamp.notation === 'compact' || timestamp.hour === 0 || timestamp.hour > 12;
  return certain ? { ...timestamp, meridiem: minutesOfDay < 12 * 60 ? 'am' : 'pm' } : undefined;
}

/** How a compact time is written ("14h05", "1405", "2100hrs"); undefined for clock notation. */
export function compactFormOf(timestamp: Timestamp): CompactForm | undefined {
  if (timestamp.notation !== 'compact') return undefined;
  return /^\d{1,2}h\d{2}$/.test(timestamp.raw) ? { hourMark: 'h', suffix: '' } : { hourMark: '', suffix: timestamp.raw.slice(4) };
}

/** The am/pm marker written in `style`: "PM", "pm", "p.m." or "P.M.". */
export function meridiemMarker(meridiem: 'am' | 'pm', style: MeridiemStyle): string {
  const letter = meridiem[0]!;
  switch (style) {
    case 'AM':
      return `${letter.toUpperCase()}M`;
    case 'am':
      return `${letter}m`;
    case 'a.m.':
      return `${letter}.m.`;
    case 'A.M.':
      return `${letter.toUpperCase()}.M.`;
  }
}
