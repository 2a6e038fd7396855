/** timezone-unknown: a zone written after a time or in the Timeline heading is one readers can resolve. */
import { overlapsAny } from '../parse/lines';
import { editDistance } from '../parse/sections';
import type { PostmortemDoc, Span } from '../parse/types';
import { readTimestampAt } from '../time/timestamp';
import { findUnknownZonesInParentheses, knownAbbreviations, readUnknownZoneAfter, zoneDisplayName, type UnknownZone } from '../time/zone';
import type { Rule } from './types';

// The summary is read as far as the parser reads it for the summary's zone.
const SUMMARY_LIMIT = 5000;

export const timezoneUnknown: Rule = {
  id: 'timezone-unknown',
  description: 'A zone written after a time or in the Timeline heading is one readers can resolve: "PT", not "PCT".',
  severity: 'warning',
  tags: ['timeline', 'zone'],
  fixable: false,
  check({ doc, report }) {
    const found: UnknownZone[] = [];
    for (const { heading } of doc.timeline.sections) found.push(...findUnknownZonesInParentheses(doc.text.slice(heading.start, heading.end), heading.start));
    for (const entry of doc.timeline.entries) {
      if (entry.zone) continue;
      const unknown = readUnknownZoneAfter(doc.text, (entry.rangeEnd ?? entry.timestamp).end);
      if (unknown) found.push(unknown);
    }
    found.push(...afterSummaryTimes(doc));
    // A timeline nested in the summary is read twice: report each word once.
    const reported = new Set<number>();
    // One message per word: a timeline may repeat "PCT" on ten thousand entries.
    const messages = new Map<string, string>();
    for (const unknown of found.sort((a, b) => a.start - b.start)) {
      if (reported.has(unknown.start)) continue;
      reported.add(unknown.start);
      let message = messages.get(unknown.raw);
      if (message === undefined) {
        const guess = likelyZone(unknown.raw);
        const advice = guess ? `did you mean ${guess.abbreviation} (${zoneDisplayName(guess.zone)})?` : 'name it as UTC, an offset such as UTC+2, or an abbreviation such as PT.';
        message = `"${unknown.raw}" is not a timezone anyone can resolve; ${advice}`;
        messages.set(unknown.raw, message);
      }
      report({ message, span: { start: unknown.start, end: unknown.end } });
    }
  },
};

// Unknown zones right after the summary's times ("from 8:00 to 11:58 a.m. PCT").
function afterSummaryTimes(doc: PostmortemDoc): UnknownZone[] {
  const span = summarySpan(doc);
  if (!span) return [];
  const text = doc.text.slice(span.start, Math.min(span.end, span.start + SUMMARY_LIMIT));
  const found: UnknownZone[] = [];
  // Not from the middle of a number or a time ("30" of "12:30:45").
  for (const digit of text.matchAll(/(?<![\p{L}\p{N}:.])\d/gu)) {
    const timestamp = readTimestampAt(text, digit.index);
    const unknown = timestamp && readUnknownZoneAfter(text, timestamp.end, span.start);
    if (unknown && !overlapsAny(doc.opaque, unknown.start, unknown.end)) found.push(unknown);
  }
  return found;
}

// The summary section; without one, the text before the first recognised section, where such
// reports state their window ("From 8:00 to 11:58 a.m. PCT, the website…").
function summarySpan(doc: PostmortemDoc): Span | undefined {
  const summary = doc.sections.find((section) => section.kind === 'summary');
  if (summary) return summary.span;
  const first = doc.sections.find((section) => section.kind !== undefined);
  const end = first ? first.span.start : doc.text.length;
  return end > 0 ? { start: 0, end } : undefined;
}

/**
 * The known abbreviation closest to `raw` by edit distance; among equals, one with the same first
 * letter, then the family's own abbreviation (PT before PST and PDT for "PCT"). None when too far.
 */
function likelyZone(raw: string): { abbreviation: string; zone: string } | undefined {
  const known = knownAbbreviations().filter(({ abbreviation }) => abbreviation.length > 1);
  const family = new Map<string, string>();
  for (const { abbreviation, zone } of known) {
    const current = family.get(zone);
    if (current === undefined || abbreviation.length < current.length) family.set(zone, abbreviation);
  }
  const limit = raw.length <= 3 ? 1 : 2;
  let best: { abbreviation: string; zone: string; rank: number[] } | undefined;
  known.forEach(({ abbreviation, zone }, index) => {
    const distance = editDistance(raw, abbreviation, limit);
    if (distance > limit) return;
    const rank = [distance, abbreviation[0] === raw[0] ? 0 : 1, family.get(zone) === abbreviation ? 0 : 1, index];
    if (!best || compareRanks(rank, best.rank) < 0) best = { abbreviation, zone, rank };
  });
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}
