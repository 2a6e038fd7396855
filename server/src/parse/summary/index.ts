/**
 * Reading the incident summary: the window it states (start and end, with their dates and zones), the
 * duration it states, the sentences that quantify the impact, and whether a sentence gives the root
 * cause. Times, dates and zones are read by time/; this module only decides which of them is the
 * window. The summary is read as far as the parser reads it for the summary's zone and the incident
 * date, so a long document costs no more than a short one.
 */
import { findZones } from '../../time/zone';
import type { Section, Span, SummaryFacts } from '../types';
import { readStatedDuration } from './duration';
import { findImpactStatements } from './impact';
import { headingWordsAt, linesWithin, proseView, summaryRegion } from './region';
import { rootCauseOf } from './root-cause';
import { sentenceAround } from './sentence';
import { countWindows, readMentions, readWindow } from './window';

export { parseDurationAt } from './duration';
export { impactStatementsIn } from './impact';
export { headingWordsAt } from './region';
export { describeMinutes, offsetOn, readingsOf, twentyFourHourWindow, windowLength, type WindowLength } from './window';

// A line of document metadata: "Date: …", "**Last updated:** …", "Status: resolved as of 19:00 UTC".
const METADATA_LINE =
  /^[\s>*+_-]*(?:\*\*|__)?(?:date|dated|last[ \t]+updated|updated|published|posted|written|status|authors?|prepared[ \t]+by|reported[ \t]+by|owners?|version|revision|reviewers?|approvers?|document[ \t]+status|as[ \t]+of)\b[^:\n]{0,20}:/i;

/**
 * A summary section that states no window, first of the report's sections, may have it in the block
 * of lines above its heading ("Duration: 14:30 - 16:00 UTC", then "## Issue Summary"): read there.
 */
function orHeaderBlock(window: ReturnType<typeof readWindow>, text: string, lines: readonly Span[], sections: readonly Section[], opaque: readonly Span[], section: Section | undefined): ReturnType<typeof readWindow> {
  if (!section || window.start || window.end || sections.find((each) => each.kind !== undefined) !== section) return window;
  const above = sections.filter((each) => each.heading.start < section.heading.start);
  const block = { start: above.length > 0 ? above[above.length - 1]!.heading.end : 0, end: section.heading.start };
  const view = proseView(text, block, opaque, []);
  const header = readWindow(view, readMentions(view, linesWithin(lines, block).filter((line) => !METADATA_LINE.test(view.slice(line.start, line.end)))));
  return header.start || header.end ? header : window;
}

/**
 * What the incident summary states: the summary section, or, without one, the prose before the first
 * section when it states a time (an unlabelled summary: "From 8:00 to 11:58 a.m. PT, the site…").
 * Undefined when there is no summary.
 */
export function readSummary(text: string, lines: readonly Span[], sections: readonly Section[], opaque: readonly Span[]): SummaryFacts | undefined {
  const region = summaryRegion(text, sections);
  // The summary's own heading is not what it states, except what follows its name and a colon
  // ("Issue Summary: Duration: 2 hours (9:00 AM - 11:00 AM, UTC)"); a heading inside it may be
  // ("#### On August 15, at 00:00, …").
  const view = proseView(text, region.span, opaque, region.section ? [headingName(text, region.section.heading)] : []);
  const prose = linesWithin(lines, region.span);
  // Without a summary section, the prose before the first section is the summary only where it states
  // a time itself: a metadata line ("Date: … 19:00 UTC", "Status: updated 14:00") says when it was written.
  const mentions = readMentions(view, region.section ? prose : prose.filter((line) => !METADATA_LINE.test(view.slice(line.start, line.end))));
  if (!region.section && mentions.length === 0) return undefined;
  const { start, end, unplaced } = orHeaderBlock(readWindow(view, mentions), text, lines, sections, opaque, region.section);
  return {
    section: region.section,
    span: region.span,
    anchor: region.section ? headingWordsAt(text, region.section.heading.start) : sentenceAround(view, prose.find((line) => line.end >= mentions[0]!.start)!, mentions[0]!.start),
    start,
    end,
    unplaced,
    timesMentioned: mentions.length,
    windows: countWindows(view, mentions),
    zone: start?.zone ?? end?.zone ?? unplaced?.zone ?? findZones(view.slice(region.span.start), region.span.start)[0],
    duration: readStatedDuration(view, prose),
    impact: findImpactStatements(view, prose),
    rootCause: rootCauseOf(view, prose, sections, region),
  };
}

// The part of a heading line that names the section: up to its first colon when words follow it.
function headingName(text: string, heading: Span): Span {
  const line = text.slice(heading.start, heading.end).replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => ' '.repeat(comment.length));
  const colon = /^[^:]*?:(?=[ \t]*\S)/.exec(line);
  return colon && /\p{L}/u.test(line.slice(colon[0].length)) ? { start: heading.start, end: heading.start + colon[0].length } : heading;
}
