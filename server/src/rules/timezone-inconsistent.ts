/** timezone-inconsistent: the summary and the timeline give their times in one zone. */
import type { IncidentClock } from '../engine/incident-clock';
import { offsetOn } from '../parse/summary/window';
import { findTimestamps } from '../time/candidates';
import type { PostmortemDoc, Span } from '../parse/types';
import { findZones, offsetMinutes, sameZoneFamily, zoneDisplayName, type ZoneMention } from '../time/zone';
import type { Rule } from './types';

// The summary is read as far as the parser reads it for the summary's zone.
const SUMMARY_LIMIT = 5000;
// Between two zones given side by side, only times, am/pm and joining punctuation or words:
// "15:25 UTC / 08:25 PDT", "10:00 UTC (3:00 AM PDT)", "UTC, i.e. 8 to 10 a.m. PDT".
const SIDE_BY_SIDE_GAP = /^(?:[\s\d:.,;/()[\]|=~*_`–—-]|[ap]\.?m\.?(?![a-z])|\b(?:to|and|until|or|aka|i\.e\.|is)\b)*$/i;

// How far from a zone its side-by-side partners are looked for.
const PARTNER_WINDOW = 120;

export const timezoneInconsistent: Rule = {
  id: 'timezone-inconsistent',
  description: 'The summary and the timeline, and every timeline entry, give times in one timezone, unless they give two side by side.',
  severity: 'warning',
  tags: ['timeline', 'zone'],
  fixable: false,
  check({ doc, views, report }) {
    const year = doc.incidentDate?.year ?? 2024;
    // Zone arithmetic goes through Intl and is slow: each pair of zones is compared once per check.
    const compared = new Map<string, boolean>();
    const same = (a: string, b: string) => {
      const key = `${a}\u0000${b}`;
      let answer = compared.get(key);
      if (answer === undefined) compared.set(key, (answer = sameFamily(a, b, year)));
      return answer;
    };
    const stated = doc.timeline.zone && withPartners(doc.text, lineOf(doc.text, doc.timeline.zone), doc.timeline.zone);
    const zoned = doc.timeline.entries.flatMap((entry) => (entry.zone ? [{ mention: entry.zone, zones: withPartners(doc.text, entry.line, entry.zone) }] : []));
    let reference = stated ? { zones: stated, where: `the timeline says ${doc.timeline.zone!.raw}` } : entriesReference(zoned, same);
    for (const { mention, zones } of zoned) {
      if (!reference) {
        reference = { zones, where: `the timeline's first zoned entry says ${mention.raw}` };
        continue;
      }
      if (shareFamily(zones, reference.zones, same)) continue;
      report({
        message: `${describe(mention)} here, but ${reference.where}: give this time in that zone, or give both side by side ("15:25 UTC / 08:25 PDT").`,
        span: { start: mention.start, end: mention.end },
      });
      break; // one differing entry is enough to make the point
    }
    const summary = doc.summaryZone;
    if (!summary || !reference) return;
    // The summary agrees when any zone it names is the timeline's (side by side or not); its first one is reported otherwise.
    const summaryZones = summaryMentions(doc);
    if (shareFamily(summaryZones.length > 0 ? summaryZones : [summary], reference.zones, same)) return;
    // "14:32 UTC" in the summary and "18:32 GST" in the timeline, each zone stated: the author gave
    // the same moment in two zones, and a reader who converts finds it. Nothing to say.
    if (sameMomentStated(doc, views.clock(), year)) return;
    report({
      message: `The summary gives its times in ${describe(summary)}, but ${reference.where}: use one zone, or give both side by side.`,
      span: { start: summary.start, end: summary.end },
    });
  },
};

// Without a zone in the heading, the zone most entries carry, when more than half do: the odd one
// out is then reported even when it comes first.
function entriesReference(zoned: ReadonlyArray<{ mention: ZoneMention; zones: ZoneMention[] }>, same: (a: string, b: string) => boolean): { zones: ZoneMention[]; where: string } | undefined {
  // A majority vote in two passes (Boyer and Moore): a candidate, then a count. Linear, for long timelines.
  let candidate: (typeof zoned)[number] | undefined;
  let votes = 0;
  for (const entry of zoned) {
    if (votes === 0) candidate = entry;
    votes += shareFamily(entry.zones, candidate!.zones, same) ? 1 : -1;
  }
  if (!candidate) return undefined;
  const agreeing = zoned.filter(({ zones }) => shareFamily(zones, candidate.zones, same)).length;
  return agreeing * 2 > zoned.length && agreeing < zoned.length ? { zones: candidate.zones, where: `most of the timeline's entries say ${candidate.mention.raw}` } : undefined;
}

// The mention and any zones written side by side with it on its line ("15:25 UTC / 08:25 PDT"),
// looked for only near it, from a word start: a line may be a megabyte long.
function withPartners(text: string, line: Span, mention: ZoneMention): ZoneMention[] {
  let start = Math.max(line.start, mention.start - PARTNER_WINDOW);
  while (start > line.start && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start++;
  const onLine = findZones(text.slice(start, Math.min(line.end, mention.end + PARTNER_WINDOW)), start);
  let index = onLine.findIndex((candidate) => candidate.start === mention.start);
  if (index < 0) return [mention];
  const group = [onLine[index]!];
  for (let next = index + 1; next < onLine.length && isGap(text, onLine[next - 1]!, onLine[next]!); next++) group.push(onLine[next]!);
  for (; index > 0 && isGap(text, onLine[index - 1]!, onLine[index]!); index--) group.push(onLine[index - 1]!);
  return group;
}

function isGap(text: string, before: ZoneMention, after: ZoneMention): boolean {
  return after.start - before.end <= 40 && SIDE_BY_SIDE_GAP.test(text.slice(before.end, after.start));
}

// True when some zone of one group keeps the same offsets as some zone of the other.
function shareFamily(a: readonly ZoneMention[], b: readonly ZoneMention[], same: (a: string, b: string) => boolean): boolean {
  return a.some((one) => b.some((other) => one.zone !== undefined && other.zone !== undefined && same(one.zone, other.zone)));
}

// "UTC-05:00" beside "ET": an offset the zone keeps for part of the year counts as that zone.
function sameFamily(a: string, b: string, year: number): boolean {
  if (sameZoneFamily(a, b, year)) return true;
  const [fixed, other] = /^UTC[+-]/.test(a) ? [a, b] : [b, a];
  if (!/^UTC[+-]/.test(fixed) || /^UTC[+-]/.test(other)) return false;
  const offset = offsetMinutes(fixed, 0);
  return [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].some((instant) => offsetMinutes(other, instant) === offset);
}

// "PST", or "IST (read as India Standard Time)" for an abbreviation that names several zones.
function describe(mention: ZoneMention): string {
  return mention.ambiguous && mention.zone ? `${mention.raw} (read as ${zoneDisplayName(mention.zone)})` : mention.raw;
}

function summaryMentions(doc: PostmortemDoc): ZoneMention[] {
  const summary = doc.sections.find((section) => section.kind === 'summary');
  if (!summary) return [];
  return findZones(doc.text.slice(summary.span.start, Math.min(summary.span.end, summary.span.start + SUMMARY_LIMIT)), summary.span.start);
}

function lineOf(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = span.end;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

const DAY = 24 * 60;

// True when a time the summary states, in its zone, is the very moment of a timeline entry in the
// entry's zone (to the minute, on the clock of UTC).
function sameMomentStated(doc: PostmortemDoc, clock: IncidentClock, year: number): boolean {
  const section = doc.sections.find((each) => each.kind === 'summary');
  const zone = doc.summaryZone?.zone;
  if (!section || !zone) return false;
  const offset = offsetOn(zone, doc.incidentDate, doc.incidentDate?.year ?? year);
  if (offset === undefined) return false;
  const moments = new Set<number>();
  for (const timed of clock.entries) {
    if (timed.utcOffset !== undefined) moments.add((((timed.localTime - timed.utcOffset) % DAY) + DAY) % DAY);
  }
  const text = doc.text.slice(section.span.start, Math.min(section.span.end, section.span.start + SUMMARY_LIMIT));
  return findTimestamps(text).some((timestamp) => timestamp.minutesOfDay !== undefined && moments.has((((timestamp.minutesOfDay - offset) % DAY) + DAY) % DAY));
}
