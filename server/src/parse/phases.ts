/**
 * What a timeline entry says happened: the change that set the incident off, the outage starting,
 * its detection, an escalation, a mitigation, the resolution. Read from the words by their stems,
 * with the vocabulary in cues/phases.ts; a cue that is negated ("no alert fired", "we did not roll
 * back") or only hoped for ("until it is resolved") does not count (cues/negation.ts). Each phase
 * keeps the words that showed it, so the timeline preview can say why on hover, and the
 * timeline-coverage rule reads the same cues.
 */
import { CueMatcher, tokenize, type Words } from './cues/match';
import { negatedAt } from './cues/negation';
import { DETECTION_MEANS, FIX_WORDS, PHASE_CUES, type Phase, type PhaseCue } from './cues/phases';
import type { Span } from './types';

export type { Phase } from './cues/phases';
export { tokenize, type Words } from './cues/match';

/** A phase an entry's text shows, the words that showed it (offsets into that text), and a short name for the cue. */
export interface EntryPhase {
  phase: Phase;
  match: Span;
  keyword: string;
}

/**
 * The words that say the outage (or its impact, or the errors) began: "outage begins", "started
 * failing", "users report…", "went down", "502s". Kept small on purpose: a detection line ("alert
 * fires") or a mitigation line must not be taken for the start. The incident clock reads them too.
 */
export const OUTAGE_BEGINS: readonly PhaseCue[] = PHASE_CUES.filter((cue) => cue.phase === 'outage-start');

const PHASES: readonly Phase[] = ['trigger', 'outage-start', 'detection', 'escalation', 'mitigation', 'resolution'];

const everyPhase = new CueMatcher(PHASE_CUES);
// Per phase, the cues that name what happened, then those that only say it happened ("detected").
const byPhase = new Map(PHASES.map((phase) => [phase, [new CueMatcher(PHASE_CUES.filter((cue) => cue.phase === phase && !cue.fallback)), new CueMatcher(PHASE_CUES.filter((cue) => cue.phase === phase && cue.fallback))]] as const));
const fixWords = new CueMatcher(FIX_WORDS);
const detectionMeans = new CueMatcher(DETECTION_MEANS);

/**
 * The phases an entry's text shows, at most one of each, in the order their words appear. Markdown
 * emphasis is read as spaces ("Website is **back**"); offsets are into `description` as given.
 */
export function entryPhases(description: string): EntryPhase[] {
  const tokens = tokenize(description);
  const best = new Map<Phase, EntryPhase>();
  const fallback = new Map<Phase, EntryPhase>();
  everyPhase.scan(tokens, ({ cue, first, last }) => {
    const found = cue.fallback ? fallback : best;
    if (found.has(cue.phase) || negatedAt(tokens, first, last)) return;
    found.set(cue.phase, { phase: cue.phase, match: { start: tokens.start(first), end: tokens.end(last) }, keyword: cue.keyword });
  });
  const phases = PHASES.map((phase) => best.get(phase) ?? fallback.get(phase)).filter((found): found is EntryPhase => found !== undefined);
  const trigger = phases.findIndex((found) => found.phase === 'trigger');
  // A change that is itself the fix ("fix deployed", "the patched build went out") is no trigger.
  if (trigger >= 0 && (fixWords.test(tokens) || phases.some((found) => found.phase === 'mitigation' || found.phase === 'resolution'))) phases.splice(trigger, 1);
  return phases.sort((a, b) => a.match.start - b.match.start);
}

/** True when an entry's text says the outage began ("outage begins", "users report errors"), and not in a negated clause. */
export function namesOutageStart(description: string): boolean {
  const tokens = tokenize(description);
  let found = false;
  byPhase.get('outage-start')![0].scan(tokens, ({ first, last }) => (found = !negatedAt(tokens, first, last)));
  return found;
}

/** True when `text` names a means of detection (an alert, a dashboard, a customer report, a failing page). */
export function namesDetectionMeans(text: string): boolean {
  return detectionMeans.test(tokenize(text));
}

/**
 * The first words in `text` (any length: a whole timeline, or its words read once with `tokenize`)
 * that show `phase` and that `accept` takes, or undefined. Cues that name no means ("detected") are
 * tried after the others. One pass over the words per kind of cue.
 */
export function findPhase(text: string | Words, phase: Phase, accept: (found: EntryPhase) => boolean = () => true): EntryPhase | undefined {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  let result: EntryPhase | undefined;
  for (const matcher of byPhase.get(phase)!) {
    matcher.scan(tokens, ({ cue, first, last }) => {
      if (negatedAt(tokens, first, last)) return false;
      const found = { phase, match: { start: tokens.start(first), end: tokens.end(last) }, keyword: cue.keyword };
      if (!accept(found)) return false;
      result = found;
      return true;
    });
    if (result) return result;
  }
  return undefined;
}

// How far around a span isNegated reads.
const NEGATION_WINDOW = 80;

/** True when the words at [start, end) of `text` are negated or hypothetical in their clause ("did not roll back", "until resolved"). */
export function isNegated(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - NEGATION_WINDOW);
  while (from > 0 && /[\p{L}\p{N}'’]/u.test(text[from - 1]!)) from--;
  let to = Math.min(text.length, end + NEGATION_WINDOW);
  while (to < text.length && /[\p{L}\p{N}]/u.test(text[to]!)) to++;
  const words = tokenize(text.slice(from, to));
  const first = words.indexAt(start - from);
  let last = words.indexAt(end - from);
  if (last === words.length || words.start(last) >= end - from) last--;
  if (first >= words.length || last < first) return false;
  return negatedAt(words, first, last);
}
