/**
 * What the client and the server share: the settings section and shapes. The client imports this
 * file and nothing else from the server.
 */

/** The settings section read through `workspace/configuration` (`postmortem.*`). */
export const SETTINGS_SECTION = 'postmortem';

/** The language server's id and name, as the client shows them. */
export const SERVER_ID = 'postmortem';
export const SERVER_NAME = 'Postmortem';

/** The client's command that opens the timeline preview beside the editor; its argument is the document URI. */
export const OPEN_PREVIEW_COMMAND = 'postmortem.showTimelinePreviewToSide';

/** The custom request the timeline preview and other clients send: `{textDocument: {uri}}` → TimelineModel, or null for a file that is not a postmortem. */
export const TIMELINE_REQUEST = 'postmortem/timeline';

/**
 * The custom request that turns an incident's records (a chat transcript, a pager log, a CSV, git
 * log) into timeline entries: `ImportTimelineParams` → `ImportTimelineResult`. With a position, the
 * entries are inserted there (a paste); without, they are merged into the document's timeline. Input
 * that cannot be read is an error response (InvalidParams) whose message says why; nothing changes.
 */
export const IMPORT_TIMELINE_REQUEST = 'postmortem/importTimeline';

/**
 * `postmortem/library` (no parameters): every postmortem in the workspace folders as the team's
 * incident library, the same JSON as `postmortem-report --format json` (`{incidents, totals}`), each
 * incident with its `uri`, and `failed` (files that could not be read, and why). Read off the main
 * thread on the first request; afterwards only files that changed are read again.
 */
export const LIBRARY_REQUEST = 'postmortem/library';
export type { WorkspaceLibraryResult as LibraryResult } from './library/workspace-index';

/** The parameters of `postmortem/importTimeline`. */
export interface ImportTimelineParams {
  textDocument: { uri: string };
  /** The records' text. */
  text: string;
  /** Where to insert the entries (a paste); absent to merge them into the timeline. */
  position?: { line: number; character: number };
  /** The records' format: auto (default), slack-json, slack-text, teams, discord, irc, pagerduty, csv, git-log. */
  from?: string;
  /** With a position: answer null unless the position is inside a postmortem's timeline section (a paste there, not elsewhere). */
  onlyInTimeline?: boolean;
}

/** What `postmortem/importTimeline` answers: the edit to apply, how many entries it adds, and the lines left out and why. */
export interface ImportTimelineResult {
  edit: { documentChanges: Array<{ textDocument: { uri: string; version: number }; edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> }> };
  added: number;
  skipped: Array<{ line: number; reason: string }>;
}

/** The parameters of `postmortem/timeline`. */
export interface TimelineParams {
  textDocument: { uri: string };
}

/** A kind of moment in an incident's life, as the preview colours it. */
export type TimelinePhase = 'trigger' | 'outage-start' | 'detection' | 'escalation' | 'mitigation' | 'resolution';

/** A phase an entry shows, with the words that showed it: the preview's "why" on hover. */
export interface TimelinePhaseReason {
  phase: TimelinePhase;
  /** The entry's own words that showed it ("paged by the error-rate alert"). */
  words: string;
  /** The cue those words matched ("alert"). */
  cue: string;
}

/** A timeline entry placed on the incident's time axis. */
export interface TimelineEntryModel {
  /** The 0-based line of the entry in the document. */
  line: number;
  /** The time as written ("1: 55 PM"). */
  time: string;
  /** What happened, as written after the time. */
  description: string;
  /** Minutes from the first placed entry: the axis every entry shares (UTC-correct across zones and DST). */
  minutes: number;
  /** Minutes from the outage start, when the timeline says when it started. */
  sinceOutageStart: number | undefined;
  /** The UTC instant (ISO 8601), when the zone and a date with a year are known. */
  utc: string | undefined;
  /** The entry's day as the document gives it ("2024-03-09", "Mar 9"), when one is known. */
  day: string | undefined;
  /** The local time of day in minutes (0–1439): where the entry sits within its day. */
  minuteOfDay: number;
  /** The zone the time is in ("PT"), when one is known. */
  zone: string | undefined;
  /** Every phase the entry's words show, in the order the words appear; empty when none. */
  phases: TimelinePhaseReason[];
  /** True when the entry comes earlier than the one before it in the document. */
  outOfOrder: boolean;
}

/** An entry with a time that could not be put on the axis, and why. */
export interface UnplacedTimelineEntry {
  line: number;
  /** The whole line as written. */
  text: string;
  reason: string;
}

/** A moment the metrics are measured from: which entry, and the words that said so. */
export interface TimelineMoment {
  line: number;
  time: string;
  /** Minutes on the entries' axis. */
  minutes: number;
  /** Why this entry: the words that showed it. */
  because: string;
}

/** What the timeline says about the incident; undefined where the text does not say. */
export interface TimelineMetrics {
  start: TimelineMoment | undefined;
  detected: TimelineMoment | undefined;
  mitigated: TimelineMoment | undefined;
  resolved: TimelineMoment | undefined;
  /** Minutes from the outage start to its detection. */
  timeToDetect: number | undefined;
  /** Minutes from the outage start to the first mitigation. */
  timeToMitigate: number | undefined;
  /** Minutes from detection to resolution: how long the response took. */
  timeToResolve: number | undefined;
  /** Minutes from the outage start to its resolution: how long it lasted. */
  duration: number | undefined;
  /** Every timeline entry with a time, placed or not. */
  entryCount: number;
}

/** The timeline as the preview draws it. */
export interface TimelineModel {
  uri: string;
  /** The document version the model was made from. */
  version: number;
  /** The document's title (its first heading), if any. */
  title: string | undefined;
  /** The zone the timeline's times are in, as written ("PT"), and where it was stated. */
  zone: { name: string; source: 'entry' | 'timeline' | 'summary' | 'settings' } | undefined;
  /** The placed entries, sorted by time (document order for equal times). */
  entries: TimelineEntryModel[];
  unplaced: UnplacedTimelineEntry[];
  metrics: TimelineMetrics;
  /** The 0-based line of the first Timeline heading, if any. */
  headingLine: number | undefined;
}
