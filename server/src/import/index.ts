/**
 * Importing an incident's own records into a postmortem's timeline: read the source (in a named
 * format or recognised), place its events on the document's clock (its zone and time style), and
 * either write them as entries or merge them into the document's timeline.
 */
import type { PostmortemDoc } from '../parse/types';
import { inferClockStyle, type ClockStyle } from '../time/timestamp';
import { resolveZoneName } from '../time/zone';
import { mergeIntoTimeline, type MergeResult } from './merge';
import { readRecords } from './read';
import { entriesMarkdown, placeEntries, type AuthorStyle, type PlacedEntry } from './render';
import { ImportError, type ImportFormat, type ImportResult } from './types';

export { IMPORT_FORMATS, ImportError, type ImportFormat, type Skipped } from './types';
export type { AuthorStyle } from './render';
export const AUTHOR_STYLES: readonly AuthorStyle[] = ['keep', 'initials', 'drop'];
export const TIME_STYLES = ['12h', '24h', 'iso'] as const;

/** What the person asked for; anything left out follows the document. */
export interface ImportOptions {
  from: ImportFormat;
  /** The zone of a source that states none, and of the entries when the document states none. */
  zone: string | undefined;
  style: (typeof TIME_STYLES)[number] | undefined;
  authors: AuthorStyle;
}

/** The entries read from `source`, placed on `doc`'s clock (or on the options' when there is no document). */
export function importEntries(source: string, options: ImportOptions, doc?: PostmortemDoc): { read: ImportResult; entries: PlacedEntry[]; iso: boolean; zone: string | undefined } {
  const read = readRecords(source, options.from);
  const optionZone = options.zone === undefined ? undefined : resolveZoneName(options.zone);
  if (options.zone !== undefined && optionZone === undefined) throw new ImportError(`"${options.zone}" is not a timezone (use UTC, an abbreviation such as PST, or an IANA name such as Europe/Paris)`);
  const docZone = doc?.timeline.zone?.zone;
  // An instant (an epoch, a time with an offset) needs a clock to be written on: UTC when nothing names one.
  const zone = docZone ?? optionZone ?? (read.events.some((event) => 'utcMs' in event.time) ? 'UTC' : undefined);
  const clock = clockOf(options.style, doc);
  const placed = placeEntries(read.events, { zone, sourceZone: optionZone ?? zone, clock, authors: options.authors });
  // A timeline that states no zone of its own: each entry says which one it was written in.
  const entries = zone !== undefined && doc && !docZone && doc.timeline.sections.length > 0 ? placed.map((entry) => ({ ...entry, time: `${entry.time} ${zone}` })) : placed;
  return { read, entries, iso: clock === 'iso', zone };
}

/**
 * The entries as Markdown, for printing or pasting; led by the zone they are in ("All times UTC.")
 * when there is no timeline to state it (inside a timeline without a zone, each entry says it).
 */
export function importedMarkdown(source: string, options: ImportOptions, doc?: PostmortemDoc, eol = '\n'): { markdown: string; read: ImportResult } {
  const { read, entries, iso, zone } = importEntries(source, options, doc);
  const lead = zone !== undefined && !doc?.timeline.zone && !doc?.timeline.sections.length ? `All times ${zone}.${eol}${eol}` : '';
  return { markdown: lead + entriesMarkdown(entries, iso, eol), read };
}

/** The edits that merge the source's entries into `doc`'s timeline. */
export function importInto(doc: PostmortemDoc, source: string, options: ImportOptions): MergeResult & { read: ImportResult } {
  const { read, entries, iso, zone } = importEntries(source, options, doc);
  const merged = mergeIntoTimeline(doc, entries, iso, doc.timeline.zone ? undefined : zone);
  return { ...merged, skipped: [...read.skipped, ...merged.skipped].sort((a, b) => a.line - b.line), read };
}


function clockOf(style: ImportOptions['style'], doc: PostmortemDoc | undefined): ClockStyle | 'iso' {
  if (style === 'iso') return 'iso';
  const timestamps = doc?.timeline.entries.map((entry) => entry.timestamp) ?? [];
  if (style === undefined && timestamps.length === 0) return inferClockStyle([], '24h');
  return inferClockStyle(timestamps, style);
}
