/**
 * date-weekday: a weekday written with a full date that it does not match ("Friday, March 2nd,
 * 2019" when 2 March 2019 was a Saturday).
 */
import type { PostmortemDoc } from '../parse/types';
import { formatLongDay, readDateAt, type DateMention } from '../time/date';
import type { Rule } from './types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// A weekday in full ("Friday", "friday") or abbreviated with a capital ("Fri", "Thurs.").
const WEEKDAY = /(?<![\p{L}\p{N}])(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)(?![\p{L}\p{N}])/giu;
// Between a weekday and the date after it: "Friday, March 2", "Fri. 2 March", "Friday the 2nd of March".
const BEFORE_DATE = /[ \t]*,?[ \t]+(?:the[ \t]+)?/y;
// Between a date and the weekday after it: "March 2, 2019 (Saturday)", "2019-03-02, a Saturday".
const AFTER_DATE = /(?:[ \t]*\([ \t]*|,[ \t]+(?:an?[ \t]+)?)$/;

export const dateWeekday: Rule = {
  id: 'date-weekday',
  description: 'A weekday written with a date matches it: "Friday, March 2nd, 2019" is wrong when 2 March 2019 was a Saturday.',
  severity: 'warning',
  tags: ['time', 'content'],
  fixable: true,
  check({ doc, views, report }) {
    const prose = views.prose();
    WEEKDAY.lastIndex = 0;
    for (let match = WEEKDAY.exec(prose); match; match = WEEKDAY.exec(prose)) {
      const word = match[0].replace(/\.$/, '');
      // An abbreviation is only read in its usual capitalised form.
      if (!/day$/i.test(word) && !/^[A-Z]/.test(word)) continue;
      const span = { start: match.index, end: match.index + word.length };
      const date = dateAfter(prose, span.end) ?? dateBefore(prose, span.start);
      if (!date) continue;
      const written = WEEKDAYS.findIndex((name) => name.toLowerCase().startsWith(word.toLowerCase().slice(0, 3)));
      const readings = weekdaysOf(doc, date);
      const actual = readings[0];
      if (actual === undefined || readings.some((reading) => reading.weekday === written)) continue;
      const right = inFormOf(word, WEEKDAYS[actual.weekday]!);
      const day = `${formatLongDay({ ...date, year: actual.year })}${date.year === undefined ? ' (the incident’s year)' : ''}`;
      report({
        message: `"${word}" does not match the date: ${day} was a ${WEEKDAYS[actual.weekday]}. Correct the weekday or the date.`,
        span,
        fix: () => ({ title: `Change "${word}" to "${right}"`, edits: [{ span, newText: right }], suggestion: true }),
      });
    }
  },
};

// The date right after the weekday, when it is one a weekday can be checked against.
function dateAfter(prose: string, end: number): DateMention | undefined {
  const skip = prose[end] === '.' ? 1 : 0;
  BEFORE_DATE.lastIndex = end + skip;
  const gap = BEFORE_DATE.exec(prose);
  if (!gap) return undefined;
  return checkable(readDateAt(prose, end + skip + gap[0].length));
}

// The date that ends right before the weekday ("March 2, 2019 (Saturday)"), looking back a few words.
function dateBefore(prose: string, start: number): DateMention | undefined {
  const window = prose.slice(Math.max(0, start - 40), start);
  const separator = AFTER_DATE.exec(window);
  if (!separator) return undefined;
  const end = window.length - separator[0].length;
  const base = start - window.length;
  for (let index = 0; index < end; index++) {
    if (index > 0 && /[\p{L}\p{N}]/u.test(window[index - 1]!)) continue;
    const date = readDateAt(window, index, base);
    if (date && date.end === base + end) return checkable(date);
  }
  return undefined;
}

// A numeric date whose day and month could be swapped ("02/03/2019") cannot be checked.
function checkable(date: DateMention | undefined): DateMention | undefined {
  if (!date) return undefined;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})/.exec(date.raw);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) return undefined;
  return date;
}

/**
 * The weekday of the date (0 is Sunday) in each year it may be in: its own year, else the
 * incident's (and the next or previous one for a date across New Year). None when the year is
 * unknown or the date does not exist ("February 30").
 */
function weekdaysOf(doc: PostmortemDoc, date: DateMention): Array<{ weekday: number; year: number }> {
  const incident = doc.incidentDate;
  const years = date.year !== undefined ? [date.year] : incident?.year !== undefined ? [incident.year] : [];
  if (date.year === undefined && incident?.year !== undefined) {
    if (incident.month === 12 && date.month === 1) years.push(incident.year + 1);
    if (incident.month === 1 && date.month === 12) years.push(incident.year - 1);
  }
  const readings = years.map((year) => ({ year, time: new Date(Date.UTC(year, date.month - 1, date.day)) }));
  if (readings.some(({ time }) => time.getUTCDate() !== date.day)) return [];
  return readings.map(({ year, time }) => ({ year, weekday: time.getUTCDay() }));
}

// "Saturday" written as the author wrote the weekday: "Sat", "SATURDAY", "saturday".
function inFormOf(written: string, name: string): string {
  const form = /day$/i.test(written) ? name : name.slice(0, 3);
  if (written === written.toUpperCase()) return form.toUpperCase();
  if (written === written.toLowerCase()) return form.toLowerCase();
  return form;
}
