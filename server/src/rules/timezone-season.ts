/**
 * timezone-season: a zone's standard-time name on a date its region kept daylight time ("EST" on 8
 * October), or its daylight-time name in winter ("PDT" on 14 January).
 */
import type { Span } from '../parse/types';
import { formatLongDay, type CalendarDate } from '../time/date';
import { offsetMinutes, type ZoneMention } from '../time/zone';
import type { Rule } from './types';

/**
 * Regions whose zone has a name for each half of the year, with what their clock is called in any
 * season. A name is checked unless some region keeps it all year or it names zones of several
 * countries: MST (Arizona keeps it), AEST (Queensland does), CST (China's too). BST and GMT are
 * left out too (BST is Bangladesh's as well; GMT is written for UTC). The zone itself is the one
 * the mention reads (`ZoneMention.zone`).
 */
const PAIRS: ReadonlyArray<{ standard: string; daylight: string; region: string; local: string; checked: readonly string[] }> = [
  { standard: 'EST', daylight: 'EDT', region: 'the US East Coast', local: 'ET', checked: ['EST', 'EDT'] },
  { standard: 'CST', daylight: 'CDT', region: 'US Central time', local: 'CT', checked: ['CDT'] },
  { standard: 'MST', daylight: 'MDT', region: 'US Mountain time', local: 'MT', checked: ['MDT'] },
  { standard: 'PST', daylight: 'PDT', region: 'the US West Coast', local: 'PT', checked: ['PST', 'PDT'] },
  { standard: 'CET', daylight: 'CEST', region: 'Central Europe', local: 'Central European time', checked: ['CET', 'CEST'] },
  { standard: 'EET', daylight: 'EEST', region: 'Eastern Europe', local: 'Eastern European time', checked: ['EET'] },
  { standard: 'AEST', daylight: 'AEDT', region: 'Sydney', local: 'Sydney time', checked: ['AEDT'] },
  { standard: 'NZST', daylight: 'NZDT', region: 'New Zealand', local: 'New Zealand time', checked: ['NZST', 'NZDT'] },
];
// Each checked name: whether it names daylight time, the other half's name, the region and its clock.
const SEASONAL: ReadonlyMap<string, { daylight: boolean; other: string; region: string; local: string }> = new Map(
  PAIRS.flatMap(({ standard, daylight, region, local, checked }) =>
    checked.map((name) => [name, { daylight: name === daylight, other: name === daylight ? standard : daylight, region, local }] as const),
  ),
);

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
      const seasonal = SEASONAL.get(zone.raw);
      const year = date?.year ?? doc.incidentDate?.year;
      if (!seasonal || !zone.zone || !date || year === undefined || told.has(zone.raw) || seen.has(zone.start)) continue;
      seen.add(zone.start);
      const daylight = keepsDaylightTime(zone.zone, year, date.month, date.day);
      if (daylight === undefined || daylight === seasonal.daylight) continue;
      told.add(zone.raw);
      const span: Span = { start: zone.start, end: zone.end };
      const day = formatLongDay({ ...date, year });
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
