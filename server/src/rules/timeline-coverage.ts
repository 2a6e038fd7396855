/** timeline-coverage: the timeline says how the problem was detected, whether it was escalated, and when it was resolved. */
import { CueMatcher } from '../parse/cues/match';
import { NO_ESCALATION } from '../parse/cues/phases';
import { findPhase, namesDetectionMeans, tokenize, type EntryPhase } from '../parse/phases';
import type { PostmortemDoc } from '../parse/types';
import type { Rule } from './types';

// Fewer entries than this is a sketch of a timeline (or one the parser could not read): nothing to judge.
const MIN_ENTRIES = 3;

// "No escalation was needed", "handled without escalating", "did not need to escalate".
const noEscalation = new CueMatcher(NO_ESCALATION);

const MESSAGES = {
  detection: 'The timeline never says how the problem was detected: add the entry where an alert fired, a customer reported it or someone noticed it.',
  means: 'The timeline says when the problem was noticed but not how: name what showed it, such as an alert, a dashboard or a customer report.',
  escalation: 'The timeline never says whether the incident was escalated: add the entry where another team or an incident commander was brought in, or say that no escalation was needed.',
  resolution: 'The timeline never says when the problem was resolved: add the entry where service was restored or the incident was closed.',
};

export const timelineCoverage: Rule = {
  id: 'timeline-coverage',
  description: 'The timeline says when and how the problem was detected, whether it was escalated, and when it was resolved.',
  // A hint: blind reviews judged most findings about a missing escalation template box-ticking for an
  // incident one person fixed alone, which the text seldom says (docs/rules/timeline-coverage.md).
  severity: 'hint',
  tags: ['timeline', 'content'],
  fixable: false,
  // Detection and resolution are asked only when a team turns them on: on reports nobody here wrote,
  // a reviewer judged most of those findings wrong (the words that say it vary past any cue list).
  options: {
    detection: { type: 'boolean', default: false, description: 'Ask whether the timeline says when and how the problem was detected.' },
    escalation: { type: 'boolean', default: true, description: "Ask whether the timeline says who the incident was escalated to (the 0x19 assignment's layout only)." },
    resolution: { type: 'boolean', default: false, description: 'Ask whether the timeline says when the problem was resolved.' },
  },
  check({ doc, views, options, report }) {
    const heading = doc.timeline.sections[0]?.heading;
    if (!heading || doc.timeline.entries.length < MIN_ENTRIES) return;
    const prose = views.prose();
    const timeline = timelineText(doc, prose);
    const kinds = new Set(doc.sections.flatMap((section) => section.covers));
    // The how: the cue names it ("alert fires"), or the entry it is in does ("detected when the site returned 500s").
    // A Detection section says how, so there any detection will do.
    let detected = false;
    let from = 0; // where the part being read starts in the timeline's text
    const namesMeans = (found: EntryPhase) => {
      detected = true;
      return kinds.has('detection') || found.keyword !== 'noticed' || namesDetectionMeans(timeline.blockAt(from + found.match.start));
    };
    // A Response or Responders section says who was brought in. Only the 0x19 assignment's layout asks
    // for the escalation: elsewhere a small team that fixed it alone has nobody to escalate to.
    const asksEscalation = views.profile().assignment;
    const missing = {
      detection: options['detection'] === true,
      escalation: options['escalation'] === true && asksEscalation && !kinds.has('response') && !kinds.has('responders'),
      resolution: options['resolution'] === true,
    };
    // Read a few kilobytes of the timeline at a time (a cue never runs over a line end), until each question has its answer.
    while (from < timeline.text.length && (missing.detection || missing.escalation || missing.resolution)) {
      const to = partEnd(timeline.text, from);
      const words = tokenize(timeline.text.slice(from, to));
      if (missing.detection && findPhase(words, 'detection', namesMeans)) missing.detection = false;
      if (missing.escalation && findPhase(words, 'escalation')) missing.escalation = false;
      if (missing.resolution && findPhase(words, 'resolution')) missing.resolution = false;
      from = to;
    }
    if (missing.detection) report({ message: detected ? MESSAGES.means : MESSAGES.detection, span: heading });
    if (missing.escalation && !noEscalation.test(tokenize(prose))) report({ message: MESSAGES.escalation, span: heading });
    if (missing.resolution) report({ message: MESSAGES.resolution, span: heading });
  },
};

// How much of the timeline is read at a time.
const PART = 4096;

// The end of the part of `text` that starts at `from`: a line end after PART characters, or the text's end.
function partEnd(text: string, from: number): number {
  if (text.length - from <= PART) return text.length;
  const lineEnd = text.indexOf('\n', from + PART);
  return lineEnd < 0 ? text.length : lineEnd + 1;
}

/**
 * The timeline's prose as one text (emphasis read as spaces), and the entry around an offset: an
 * entry with the lines under it, where many authors write its details (under a bare time or a
 * label), or the text before a section's first entry.
 */
function timelineText(doc: PostmortemDoc, prose: string): { text: string; blockAt(offset: number): string } {
  const parts: string[] = [];
  const starts: number[] = []; // offsets in `text` where a block starts
  let length = 0;
  const entries = doc.timeline.entries;
  let next = 0;
  for (const section of doc.timeline.sections) {
    const from = section.heading.end;
    const to = Math.max(from, section.span.end);
    starts.push(length);
    for (; next < entries.length && entries[next]!.line.start < to; next++) {
      if (entries[next]!.line.start >= from) starts.push(length + entries[next]!.line.start - from);
    }
    parts.push(prose.slice(from, to).replace(/[*_~]/g, ' '));
    length += to - from + 1;
  }
  const text = parts.join('\n');
  return {
    text,
    blockAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return text.slice(starts[low], starts[low + 1] ?? text.length);
    },
  };
}
