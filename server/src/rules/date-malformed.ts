/**
 * date-malformed: a date written with the wrong ordinal ("May 23th", "the 2th of June") or one that
 * does not exist ("February 30", "April 31st", "2023-02-29").
 */
import { monthName, monthOfName } from '../time/date';
import type { Rule } from './types';

// A month by name, in full or abbreviated ("Sept.", "Feb").
const MONTH = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?<suffix>st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?[ \t]+(?<year>(?:19|20)\d\d)(?!\d))?`;
// "May 23th, 2024", "23th May 2024", "the 23th of May": a day beside its month's name.
const NAMED_DATES = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH}[ \t]+(?:the[ \t]+)?${DAY}(?![\p{L}\p{N}]|[:.]\d)${YEAR}`, 'dgiu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}[ \t]+(?:of[ \t]+)?${MONTH}(?![\p{L}\p{N}])${YEAR}`, 'dgiu'),
];
// "2023-02-30": a date in ISO form.
const ISO_DATE = /(?<![\p{L}\p{N}./-])(?<year>(?:19|20)\d\d)-(?<month>\d\d)-(?<day>\d\d)(?![\p{N}/]|[.-]\d)/gu;

export const dateMalformed: Rule = {
  id: 'date-malformed',
  description: 'Dates are well formed: "May 23rd", not "May 23th"; and they exist: not "February 30" or "2023-02-29".',
  severity: 'warning',
  tags: ['time', 'content'],
  fixable: true,
  check({ views, report }) {
    const prose = views.prose();
    const seen = new Set<number>();
    for (const pattern of NAMED_DATES) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
        const groups = match.groups!;
        if (seen.has(match.index)) continue;
        seen.add(match.index);
        // "may" the verb before a number ("it may 2 times…") is no month: a date's day has its ordinal or a capital month.
        if (groups['month']!.toLowerCase() === 'may' && groups['suffix'] === undefined && !/^May/.test(groups['month']!)) continue;
        const month = monthOfName(groups['month']!)!;
        const day = Number(groups['day']);
        const year = groups['year'] === undefined ? undefined : Number(groups['year']);
        const suffix = groups['suffix'];
        const dayAt = match.indices!.groups!['day']![0];
        // "In February 30 users wrote in" is a count: a day the month lacks is read as a date only
        // with its ordinal, its year, or before the month ("30 February").
        const missing = day <= 31 && (suffix !== undefined || year !== undefined || pattern === NAMED_DATES[1]) ? nonexistent(month, day, year) : undefined;
        if (missing) {
          report({ message: `"${match[0].trim()}" is not a date: ${missing}. Correct the day or the month.`, span: { start: match.index, end: match.index + match[0].length } });
          continue;
        }
        if (suffix === undefined || suffix.toLowerCase() === ordinalOf(day)) continue;
        const right = suffix === suffix.toUpperCase() ? ordinalOf(day).toUpperCase() : ordinalOf(day);
        const span = { start: dayAt + groups['day']!.length, end: dayAt + groups['day']!.length + suffix.length };
        report({
          message: `"${groups['day']}${suffix}" is not a well-formed date: ${day} is written "${day}${ordinalOf(day)}".`,
          span: { start: dayAt, end: span.end },
          fix: () => ({ title: `Write "${day}${right}"`, edits: [{ span, newText: right }] }),
        });
      }
    }
    ISO_DATE.lastIndex = 0;
    for (let match = ISO_DATE.exec(prose); match; match = ISO_DATE.exec(prose)) {
      const groups = match.groups!;
      const month = Number(groups['month']);
      const missing = month < 1 || month > 12 ? `there is no month ${month}` : nonexistent(month, Number(groups['day']), Number(groups['year']));
      if (missing) report({ message: `"${match[0]}" is not a date: ${missing}. Correct the day or the month.`, span: { start: match.index, end: match.index + match[0].length } });
    }
  },
};

// The English ordinal suffix of a day: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd, 31st.
function ordinalOf(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

// Why the day is not in the month, or undefined when it is. February 29 is checked only with a year.
function nonexistent(month: number, day: number, year: number | undefined): string | undefined {
  const name = monthName(month);
  if (day === 0) return 'there is no day 0';
  const length = month === 2 ? (year === undefined ? 29 : new Date(Date.UTC(year, 2, 0)).getUTCDate()) : new Date(Date.UTC(2001, month, 0)).getUTCDate();
  if (day <= length) return undefined;
  return month === 2 && day === 29 ? `${year} was not a leap year, so February had 28 days` : `${name} has ${length} days`;
}
