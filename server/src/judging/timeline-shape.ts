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
 * True when an item of the timeline gives its time from the incident's start ("- **T-72h** - …",
 * "T+15min:"): the timeline runs on the incident's own clock, not on a zone's.
 */
export function toldFromTheStart(doc: PostmortemDoc): boolean {
  return doc.timeline.sections.some((section) =>
    doc.text
      .slice(section.heading.end, section.span.end)
      .split(/\r?\n/)
      .some((line) => RELATIVE_TIME.test(line.replace(/^[ \t>]*(?:[-*+]|\d{1,3}[.)])?[ \t]*(?:\*\*|__|\*|_|`)?/, ''))),
  );
}
