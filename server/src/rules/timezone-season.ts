/**
 * timezone-season: a zone's standard-time name on a date its region kept daylight time ("EST" on 8
 * October), or its daylight-time name in winter ("PDT" on 14 January).
 */
import type { Span } from '../parse/types';
import type { CalendarDate } from '../time/date';
import { offsetMinutes, type ZoneMention } from '../time/zone';
import type { Rule } from './types';

/**
 * The abbreviations that name one half of a region's year, with the region and the other half's
 * name. Left out: MST (Arizona keeps it all year), AEST (Queensland does), CST and BST (each names
 * zones of several countries), GMT (written for UTC).
 */
const SEASONAL: Readonly<Record<string, { zone: string; daylight: boolean; other: string; region: string; local: string }>> = {
  EST: { zone: 'America/New_York', daylight: false, other: 'EDT', region: 'the US East Coast', local: 'ET' },
  EDT: { zone: 'America/New_York', daylight: true, other: 'EST', region: 'the US East Coast', local: 'ET' },
  CDT: { zone: 'America/Chicago', daylight: true, other: 'CST', region: 'US Central time', local: 'CT' },
  MDT: { zone: 'America/Denver', daylight: true, other: 'MST', region: 'US Mountain time', local: 'MT' },
  PST: { zone: 'America/Los_Angeles', daylight: false, other: 'PDT', region: 'the US West Coast', local: 'PT' },
  PDT: { zone: 'America/Los_Angeles', daylight: true, other: 'PST', region: 'the US West Coast', local: 'PT' },
  CET: { zone: 'Europe/Paris', daylight: false, other: 'CEST', region: 'Central Europe', local: 'Central European time' },
  CEST: { zone: 'Europe/Paris', daylight: true, other: 'CET', region: 'Central Europe', local: 'Central European time' },
  EET: { zone: 'Europe/Athens', daylight: false, other: 'EEST', region: 'Eastern Europe', local: 'Eastern European time' },
  AEDT: { zone: 'Australia/Sydney', daylight: true, other: 'AEST', region: 'Sydney', local: 'Sydney time' },
  NZST: { zone: 'Pacific/Auckland', daylight: false, other: 'NZDT', region: 'New Zealand', local: 'New Zealand time' },
  NZDT: { zone: 'Pacific/Auckland', daylight: true, other: 'NZST', region: 'New Zealand', local: 'New Zealand time' },
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const timezoneSeason: Rule = {
  id: 'timezone-season',
  description: 'A zone named for one season matches the date: "EST" is winter time, so on 8 October (EDT) the times are an hour off for anyone who converts them.',
  // Right by the calendar, but many write "PST" for Pacific time all year and every reader
  // understands them: information, with the fix at hand, not a warning.
  severity: 'info',
  tags: ['timeline', 'zone'],
  fixable: true,
  check({ doc, report }) {
    // Each zone written with a time, with the day it is on: the entry's, the summary time's, or the incident's.
    const mentions: Array<{ zone: ZoneMention; date: CalendarDate | undefined }> = [];
    const first = doc.timeline.entries[0]?.date;
    if (doc.timeline.zone) mentions.push({ zone: doc.timeline.zone, date: first ?? doc.incidentDate });
    for (const entry of doc.timeline.entries) if (entry.zone) mentions.push({ zone: entry.zone, date: entry.date ?? doc.incidentDate });
    for (const time of [doc.summary?.start, doc.summary?.end]) if (time?.zone) mentions.push({ zone: time.zone, date: time.date ?? doc.incidentDate });
    if (doc.summary?.zone) mentions.push({ zone: doc.summary.zone, date: doc.summary.start?.date ?? doc.incidentDate });
    // Said once for each name: a timeline writes "EST" on every entry.
    const told = new Set<string>();
    const seen = new Set<number>();
    for (const { zone, date } of mentions.sort((a, b) => a.zone.start - b.zone.start)) {
      const seasonal = SEASONAL[zone.raw];
      const year = date?.year ?? doc.incidentDate?.year;
      if (!seasonal || !date || year === undefined || told.has(zone.raw) || seen.has(zone.start)) continue;
      seen.add(zone.start);
      const daylight = keepsDaylightTime(seasonal.zone, year, date.month, date.day);
      if (daylight === undefined || daylight === seasonal.daylight) continue;
      told.add(zone.raw);
      const span: Span = { start: zone.start, end: zone.end };
      const day = `${date.day} ${MONTHS[date.month - 1]} ${year}`;
      const kept = daylight ? 'daylight time' : 'standard time';
      report({
        message: `"${zone.raw}" is ${seasonal.region}'s ${seasonal.daylight ? 'daylight' : 'standard'} time, but on ${day} it kept ${kept}, ${seasonal.other}: readers who convert "${zone.raw}" are an hour off. Write ${seasonal.other}, or ${seasonal.local} for the local clock.`,
        span,
        fix: () => ({ title: `Write "${seasonal.other}"`, edits: [{ span, newText: seasonal.other }], suggestion: true }),
      });
    }
  },
};

// Whether `zone` kept its daylight time at noon on that day: its offset then is past its smaller one of the year.
function keepsDaylightTime(zone: string, year: number, month: number, day: number): boolean | undefined {
  const offset = offsetMinutes(zone, Date.UTC(year, month - 1, day, 12));
  const january = offsetMinutes(zone, Date.UTC(year, 0, 15));
  const july = offsetMinutes(zone, Date.UTC(year, 6, 15));
  if (offset === undefined || january === undefined || july === undefined || january === july) return undefined;
  return offset > Math.min(january, july);
}
