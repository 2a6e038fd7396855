/**
 * What an incident's own records say, read from a chat transcript, an export or a log: one event per
 * message or log line that says something, with its time as the source states it.
 */

/** A wall-clock time as a source writes it, with the date when it gives one. */
export interface LocalTime {
  year: number | undefined;
  month: number | undefined;
  day: number | undefined;
  hour: number;
  minute: number;
  second: number | undefined;
}

/**
 * When an event happened: an instant when the source states its zone (an epoch, an ISO time with an
 * offset, a git date), else the wall-clock time as written, to be read in the document's zone.
 */
export type EventTime = { utcMs: number } | { local: LocalTime };

/** One thing that happened, from one message or log line. */
export interface ImportedEvent {
  time: EventTime;
  /** Who wrote or did it, as the source names them; undefined for a system or an alert. */
  author: string | undefined;
  /** What happened, on one line. */
  text: string;
  /** The source line (1-based) it was read from, for messages about it. */
  line: number;
}

/** A line of the source that was not imported, and why. */
export interface Skipped {
  line: number;
  reason: string;
}

/** The formats the importer reads; `auto` recognises one of the others. */
export const IMPORT_FORMATS = ['auto', 'slack-json', 'slack-text', 'teams', 'discord', 'irc', 'pagerduty', 'csv', 'git-log'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What a source gave: its events in order, what was left out, and the format it was read as. */
export interface ImportResult {
  format: Exclude<ImportFormat, 'auto'>;
  events: ImportedEvent[];
  skipped: Skipped[];
}

/** A source that cannot be read at all: the message says what was expected. */
export class ImportError extends Error {}

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** A message's text on one line: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
