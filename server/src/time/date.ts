/** Reading calendar dates as incident authors write them: "Oct 29", "March 9, 2024", "2023-08-26", "10/29". */

/** A calendar date; the year is absent when the author left it out ("Oct 29"). */
export interface CalendarDate {
  year: number | undefined;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** A date read from text, with where it was. */
export interface DateMention extends CalendarDate {
  raw: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

// A year after a month and day: four digits not followed by a time's colon ("Oct 29, 1030: …" is a
// time), but a year of this or the last century may end a label ("May 4, 2024: deployed").
const YEAR = String.raw`(?:19|20)\d\d(?=:(?!\d))|\d{4}(?![\d:])`;

// Each pattern is sticky and captures (year, month, day) in named groups.
const DATE_PATTERNS: RegExp[] = [
  /(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?!\d)/y, // 2024-03-09
  /(?<year>\d{4})\/(?<month>\d{1,2})\/(?<day>\d{1,2})(?!\d)/y, // 2018/02/28
  new RegExp(`(?:${WEEKDAY},?\\s+)?(?<monthName>${MONTH.replace('(', '(?:')})\\s+(?<day>\\d{1,2})${ORDINAL}(?![\\d:])(?:,?\\s+(?<year>${YEAR}))?`, 'iy'), // Oct 29, Monday March 9th, 2024
  new RegExp(`(?:${WEEKDAY},?\\s+)?(?<day>\\d{1,2})(?:${ORDINAL}|\\.)\\s+(?:of\\s+)?(?<monthName>${MONTH.replace('(', '(?:')})(?:,?\\s+(?<year>${YEAR}))?`, 'iy'), // 29 October 2024, 19. April
  /(?<first>\d{1,2})[/.-](?<second>\d{1,2})(?:[/.-](?<year>\d{4}|\d{2}))?(?![\d:/.-])/y, // 10/29, 04-12-2022, 29.10.2024
];

/**
 * Reads a date that starts exactly at `index` of `text`; `base` is added to the offsets.
 * Slashed dates are read month first unless that is impossible ("29/10" is the 29th of October).
 */
export function readDateAt(text: string, index: number, base = 0): DateMention | undefined {
  if (index > 0 && /[\p{L}\p{N}]/u.test(text[index - 1]!)) return undefined;
  for (const pattern of DATE_PATTERNS) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match?.groups) continue;
    const groups = match.groups;
    let month: number;
    let day: number;
    if (groups['monthName'] !== undefined) {
      month = MONTHS.indexOf(groups['monthName'].slice(0, 3).toLowerCase()) + 1;
      day = Number(groups['day']);
    } else if (groups['first'] !== undefined) {
      const first = Number(groups['first']);
      const second = Number(groups['second']);
      // A bare "1.5" or "3/4" without a year is a number or a ratio, not a date.
      if (groups['year'] === undefined && !/[/]/.test(match[0])) continue;
      [month, day] = first > 12 && second <= 12 ? [second, first] : [first, second];
    } else {
      month = Number(groups['month']);
      day = Number(groups['day']);
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const yearText = groups['year'];
    const year = yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return { raw: match[0], start: base + index, end: base + index + match[0].length, year, month, day };
  }
  return undefined;
}

/**
 * What a line that names only a day says: a date ("Oct 29", "**March 9, 2024**", "2023-08-26",
 * "Oct 30 (Wednesday)", "Day 2 – Oct 31"), the day of the incident ("Day 2" is 2), or `true` for a
 * weekday alone. Undefined when the line says more than a day.
 */
export function dayLabelDate(text: string): CalendarDate | number | true | undefined {
  if (text.length > 60) return undefined;
  const label = text
    .replace(/[*_`:]+/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^day\s+\d{1,2}\s*[-–—:,]\s*(?=\S)/i, '')
    .trim();
  const dayOfIncident = /^day\s+(\d{1,2})$/i.exec(label);
  if (dayOfIncident) return Number(dayOfIncident[1]);
  if (new RegExp(`^${WEEKDAY}$`, 'i').test(label)) return true;
  const date = readDateAt(label, 0);
  if (!date) return undefined;
  const rest = label.slice(date.end).replace(/^\s*[-–—]\s*/, '');
  // A range of days ("2018/02/20 - 2018/02/25") starts at its first day.
  if (rest === '' || readDateAt(rest, 0)?.end === rest.length) return { year: date.year, month: date.month, day: date.day };
  return undefined;
}

/** True when `text` (markup already removed) names only a day. */
export function isDayLabel(text: string): boolean {
  return dayLabelDate(text) !== undefined;
}

/** Days from 1970-01-01 for a date with a year: the ordering key of days. */
export function dayNumber(date: CalendarDate & { year: number }): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** A date as people write it short: "Jun 3, 2025", or "Jun 3" without a year. */
export function formatDay(date: CalendarDate): string {
  const month = MONTHS[date.month - 1]!;
  return `${month[0]!.toUpperCase()}${month.slice(1)} ${date.day}${date.year === undefined ? '' : `, ${date.year}`}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as a message tells it: "8 October 2024" ("8 October" without a year). */
export function formatLongDay(date: CalendarDate): string {
  return `${date.day} ${monthName(date.month)}${date.year === undefined ? '' : ` ${date.year}`}`;
}

/** The month's name in full: 10 is "October". */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

/** The month (1–12) a name or its first three letters gives ("Jun", "june"), or undefined. */
export function monthOfName(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/** The date of a day number. */
export function dateOfDay(day: number): CalendarDate & { year: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Every date in `text` with a year, in order; `base` is added to the offsets. */
export function findDatesWithYear(text: string, base = 0): DateMention[] {
  const found: DateMention[] = [];
  const wordStart = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  for (let match = wordStart.exec(text); match; match = wordStart.exec(text)) {
    const date = readDateAt(text, match.index, base);
    if (date?.year !== undefined) {
      found.push(date);
      wordStart.lastIndex = date.end - base;
    }
  }
  return found;
}
