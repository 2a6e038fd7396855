/**
 * Zones no one can resolve, written after the summary's times: timezone-unknown reports them, and
 * timezone-missing does not ask for a zone the author stated, however misspelled. Read once per lint,
 * as a shared view (`views.summaryUnknownZones()`).
 */
import { overlapsAny } from '../parse/lines';
import type { PostmortemDoc, Span } from '../parse/types';
import { readTimestampAt } from '../time/timestamp';
import { readUnknownZoneAfter, type UnknownZone } from '../time/zone';

// The summary is read as far as the parser reads it for the summary's zone.
const SUMMARY_LIMIT = 5000;

/** Unknown zones right after the summary's times ("from 8:00 to 11:58 a.m. PCT", "14h47 GTM+2"). */
export function unknownZonesAfterSummaryTimes(doc: PostmortemDoc): UnknownZone[] {
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
