/**
 * What timeline entries say happened, as data: for each phase of an incident, the phrases that show
 * it (read by stem, see match.ts for the notation), the keyword the preview and the hover show, and
 * a note on where the phrasing is commonly seen. Built from many public postmortems' timelines
 * (SRE-book style, GitHub and chat-log timelines, status pages, student "0x19" reports).
 */
import type { CueSpec } from './match';
import { ONSET_CUES } from './phases-onset';
import { RESPONSE_CUES } from './phases-response';

/** A kind of moment in an incident's life. */
export type Phase = 'trigger' | 'outage-start' | 'detection' | 'escalation' | 'mitigation' | 'resolution';

export interface PhaseCue extends CueSpec {
  readonly phase: Phase;
  /** A short name for the cue, shown on hover. */
  readonly keyword: string;
  /** Where this phrasing is commonly seen. */
  readonly note: string;
  /** Counts only when no other cue of its phase matched ("detected" names no means; "alert fired" does). */
  readonly fallback?: boolean;
}

/** Every phase cue: the onset (trigger, outage-start, detection), then the response (escalation, mitigation, resolution). */
export const PHASE_CUES: readonly PhaseCue[] = [...ONSET_CUES, ...RESPONSE_CUES];

/**
 * A change that is itself the fix ("fix deployed", "the patched build went out") is no trigger:
 * with one of these words (or a mitigation or resolution) in the entry, its trigger is dropped.
 */
export const FIX_WORDS: readonly CueSpec[] = [{ phrases: ['fix', 'patch', 'correct', 'correction', 'revert', 'roll back', 'rollback', '/^hot-?fix(?:ed|es)?$/i'] }];

/**
 * Words that name how a problem was noticed: an alert, a dashboard, logs, a customer's report, a
 * failing page. "Issue detected" names none; "detected when the login page returned 500s" does.
 */
export const DETECTION_MEANS: readonly CueSpec[] = [
  {
    phrases: [
      'alert|alarm|monitor|monitoring|=page|=paged|pager|pagerduty|opsgenie|dashboard|graph|metric|=log|=logs|healthcheck|synthetic|uptime|probe|canary|canaries',
      'error rate',
      'health check',
      'user|customer|client|visitor|complaint|complain|report|ticket|support|tweet|twitter|email|call|chat|slack|discord|test|webpage|website|site|=pages|app|browser|error',
      'e mail',
      'status page',
      '/^5(?:\\d\\d|xx)s?$/i',
      'unable to',
      "/^couldn['’]?t$/i",
      '=could not',
    ],
  },
];

/** "No escalation was needed", "handled without escalating", "did not need to escalate": a statement that there was none. */
export const NO_ESCALATION: readonly CueSpec[] = [{ phrases: ['=no|=without|=not|=never ~2 escalate', "/^\\w+n['’]t$/i ~2 escalate"] }];
