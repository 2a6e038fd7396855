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
}

/** Something that makes a timestamp not well formed. */
export type TimestampProblem =
  | 'space-in-time'
  | 'meridiem-case'
  | 'meridiem-punctuation'
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
  /** The am/pm marker as written, if any. */
  meridiemText: string | undefined;
  meridiem: 'am' | 'pm' | undefined;
  problems: TimestampProblem[];
  /** Minutes since midnight on a 24-hour clock, when the time is in range. */
  minutesOfDay: number | undefined;
  /** "14:05" and "2:05 PM" are clock notation; "14h05", "1405" and "2100hrs" are compact. */
  notation: 'clock' | 'compact';
}

// hour, optional spaces, ':' or '.', optional spaces, two-digit minute, optional seconds, optional meridiem.
// The meridiem part accepts the sloppy forms authors type so that they can be reported.
const CLOCK =
  /(\d{1,2})([ \t]*)([:.])([ \t]*)(\d{2})(?::(\d{2}))?(?:([ \t]*)([aApP](?:[ \t]?\.[ \t]?[mM]\.?|[mM])(?![\p{L}\p{N}])))?/uy;
// "8 AM", "8am": an hour with a meridiem and no minutes.
const HOUR_ONLY = /(\d{1,2})([ \t]*)([aApP](?:[ \t]?\.[ \t]?[mM]\.?|[mM])(?![\p{L}\p{N}]))/uy;
// "14h05" (French style) and "1405", "2100hrs", "0930Z" (military style). Four bare digits count only
// with a suffix or before an entry separator, because a bare "2024" is a year.
const HOUR_H_MINUTE = /([01]?\d|2[0-3])h([0-5]\d)(?![\p{L}\p{N}])/uy;
const FOUR_DIGITS = /([01]\d|2[0-3])([0-5]\d)(?:[ \t]?(hrs?|hours)\b|(?=Z\b)|(?=[ \t]+[-–—|]|[ \t]*:[ \t]|\)|[ \t](?:UTC|GMT|[A-Z]{2,4}T)\b))/uy;

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
    // "1.5 hours" or "2.30" with '.' is only a time when a meridiem, a zone or an entry dash follows:
    // a bare "14.05" is too often a number.
    if (separator === '.' && meridiemText === undefined && !/^[ \t]+(?:[-–—][ \t]|(?:UTC|GMT|[A-Z]{2,4}T)\b)/.test(text.slice(index + raw.length))) return undefined;
    // A digit right after the minutes ("12:345") is not a time.
    if (/\p{N}/u.test(text[index + raw.length] ?? '')) return undefined;
    return build(raw, index + base, hourText!, minuteText!, secondText, meridiemText, Boolean(space1 || space2));
  }
  HOUR_ONLY.lastIndex = index;
  const hourOnly = HOUR_ONLY.exec(text);
  if (hourOnly) {
    const [raw, hourText, , meridiemText] = hourOnly;
    return build(raw, index + base, hourText!, undefined, undefined, meridiemText, false);
  }
  for (const compact of [HOUR_H_MINUTE, FOUR_DIGITS]) {
    compact.lastIndex = index;
    const match = compact.exec(text);
    if (match) return { ...build(match[0], index + base, match[1]!, match[2]!, undefined, undefined, false), notation: 'compact' };
  }
  return undefined;
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
  const meridiem = meridiemText === undefined ? undefined : meridiemText[0]!.toLowerCase() === 'a' ? 'am' : 'pm';
  if (meridiemText !== undefined) {
    const style = meridiemStyleOf(meridiemText);
    if (style === undefined) problems.push(isCaseProblem(meridiemText) ? 'meridiem-case' : 'meridiem-punctuation');
  }
  if (meridiem !== undefined && hour > 12) problems.push('hour-out-of-range');
  else if (meridiem !== undefined && hour === 0) problems.push('zero-hour-with-meridiem');
  else if (hour > 23) problems.push('hour-out-of-range');
  if (minute > 59 || (second !== undefined && second > 59)) problems.push('minute-out-of-range');
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
    minutesOfDay: second !== undefined && second > 59 ? undefined : toMinutesOfDay(hour, minute, meridiem),
    notation: 'clock',
  };
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

/** The document's prevailing style, read from its well-formed timestamps (majority wins). */
export function inferClockStyle(timestamps: readonly Timestamp[]): ClockStyle {
  const counts = { twelve: 0, twentyFour: 0, spaced: 0, tight: 0, padded: 0, unpadded: 0 };
  const meridiems = new Map<MeridiemStyle, number>();
  for (const timestamp of timestamps) {
    if (!isWellFormed(timestamp)) continue;
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
  const clock = counts.twentyFour > counts.twelve ? '24h' : '12h';
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

function meridiemMarker(meridiem: 'am' | 'pm', style: MeridiemStyle): string {
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
