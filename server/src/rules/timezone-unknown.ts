/** timezone-unknown: a zone written after a time or in the Timeline heading is one readers can resolve. */
import { editDistance } from '../parse/sections';
import { findUnknownZonesInParentheses, knownAbbreviations, readUnknownZoneAfter, zoneDisplayName, type UnknownZone } from '../time/zone';
import type { Rule } from './types';

export const timezoneUnknown: Rule = {
  id: 'timezone-unknown',
  description: 'A zone written after a time or in the Timeline heading is one readers can resolve: "PT", not "PCT".',
  severity: 'warning',
  tags: ['timeline', 'zone'],
  fixable: false,
  check({ doc, views, report }) {
    const found: UnknownZone[] = [];
    for (const { heading } of doc.timeline.sections) found.push(...findUnknownZonesInParentheses(doc.text.slice(heading.start, heading.end), heading.start));
    for (const entry of doc.timeline.entries) {
      if (entry.zone) continue;
      const unknown = readUnknownZoneAfter(doc.text, (entry.rangeEnd ?? entry.timestamp).end);
      if (unknown) found.push(unknown);
    }
    found.push(...views.summaryUnknownZones());
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
        // GMT keeps its own name, though its clock is UTC's.
        const name = guess && (guess.abbreviation === 'GMT' ? 'Greenwich Mean Time' : zoneDisplayName(guess.zone));
        const advice = guess ? `did you mean ${guess.abbreviation} (${name})?` : 'name it as UTC, an offset such as UTC+2, or an abbreviation such as PT.';
        message = `"${unknown.raw}" is not a timezone anyone can resolve; ${advice}`;
        messages.set(unknown.raw, message);
      }
      report({ message, span: { start: unknown.start, end: unknown.end } });
    }
  },
};

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
