/** The shape of a timeline that several rules must respect before they read it in order. */
import type { PostmortemDoc } from '../parse/types';
import { RELATIVE_TIME } from '../time/candidates';

/**
 * The steps of a timeline written newest first, when it is: two or more steps back and at least two
 * thirds of them. Undefined for a timeline in order (or with a slip or two, which timeline-order
 * reports one by one).
 */
export function newestFirst(doc: PostmortemDoc): { back: number; steps: number } | undefined {
  const steps = doc.timeline.entries.slice(1).filter((entry) => entry.step !== 'unreadable');
  const back = steps.filter((entry) => entry.step === 'backwards').length;
  return back >= 2 && back * 3 >= steps.length * 2 ? { back, steps: steps.length } : undefined;
}

/**
 * A timeline that counts from "00:00" and is over within the hour ("00:00 – Incident identified",
 * "00:02 – Script inspection", … "00:05 – Validation"): a stopwatch from the incident's start, as a
 * practice scenario keeps, not a clock that struck midnight.
 */
function stopwatchFromZero(doc: PostmortemDoc): boolean {
  const entries = doc.timeline.entries;
  if (entries.length < 3 || !/^00[:.]00$/.test(entries[0]!.timestamp.raw)) return false;
  return entries.every((entry) => entry.timestamp.meridiem === undefined && entry.timestamp.minutesOfDay !== undefined && entry.timestamp.minutesOfDay <= 60);
}

/**
 * True when an item of the timeline gives its time from the incident's start ("- **T-72h** - …",
 * "T+15min:"), or the timeline is a stopwatch from "00:00": it runs on the incident's own clock, not
 * on a zone's.
 */
export function toldFromTheStart(doc: PostmortemDoc): boolean {
  return stopwatchFromZero(doc) || doc.timeline.sections.some((section) =>
    doc.text
      .slice(section.heading.end, section.span.end)
      .split(/\r?\n/)
      .some((line) => RELATIVE_TIME.test(line.replace(/^[ \t>]*(?:[-*+]|\d{1,3}[.)])?[ \t]*(?:\*\*|__|\*|_|`)?/, ''))),
  );
}
