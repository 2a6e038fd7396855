/**
 * Events as timeline entries: each on the document's clock (its zone, its 12- or 24-hour style, or
 * ISO date-times), in order, a day line where the date changes, and the author kept, shortened to
 * initials or dropped, as the team asks.
 */
import { formatDay } from '../time/date';
import { formatTimestamp, readTimestampAt, withCertainMeridiem, type ClockStyle } from '../time/timestamp';
import { localToUtc, utcToLocal } from '../time/zone';
import type { ImportedEvent } from './types';

/** How authors appear in the entries: as written, as initials ("AD"), or not at all (blameless). */
export type AuthorStyle = 'keep' | 'initials' | 'drop';

/** How to write the entries. */
export interface RenderOptions {
  /** The zone the entries are written in (the document's); undefined writes wall-clock times as the source gives them. */
  zone: string | undefined;
  /** The zone of sources that state none (a copied transcript): the document's unless told otherwise. */
  sourceZone: string | undefined;
  clock: ClockStyle | 'iso';
  authors: AuthorStyle;
}

/** An event placed on the document's clock, ready to be written or merged. */
export interface PlacedEntry {
  /** Minutes since 1970-01-01 on the document's wall clock (without a date: minutes of the day). */
  key: number;
  dated: boolean;
  year: number | undefined;
  month: number | undefined;
  day: number | undefined;
  /** The entry's time as the document writes times ("10:42 AM", "10:42", "2025-06-03 10:42"). */
  time: string;
  /** The entry's words, with the author as asked ("Amina Diallo: rolled back"). */
  text: string;
  /** The words alone, for finding the same entry already in the timeline. */
  words: string;
  line: number;
}

/** The events on the document's clock, in time order. Events whose zone cannot be worked out keep their wall-clock time. */
export function placeEntries(events: readonly ImportedEvent[], options: RenderOptions): PlacedEntry[] {
  const placed = events.map((event) => place(event, options));
  return placed.sort((a, b) => a.key - b.key || a.line - b.line);
}

function place(event: ImportedEvent, options: RenderOptions): PlacedEntry {
  let wall: { ms: number; dated: boolean };
  if ('utcMs' in event.time) {
    const local = options.zone ? utcToLocal(event.time.utcMs, options.zone) : undefined;
    wall = { ms: local ?? event.time.utcMs, dated: true };
  } else {
    const { year, month, day, hour, minute, second } = event.time.local;
    const dated = year !== undefined && month !== undefined && day !== undefined;
    let ms = Date.UTC(dated ? year : 1970, dated ? month - 1 : 0, dated ? day : 1, hour, minute, second ?? 0);
    // A transcript in another zone than the document's: moved onto the document's clock.
    if (options.sourceZone && options.zone && options.sourceZone !== options.zone) {
      const utc = localToUtc(ms, options.sourceZone);
      const local = utc === undefined ? undefined : utcToLocal(utc, options.zone);
      if (local !== undefined) ms = local;
    }
    wall = { ms, dated };
  }
  const date = new Date(wall.ms);
  const minutesOfDay = date.getUTCHours() * 60 + date.getUTCMinutes();
  const year = wall.dated ? date.getUTCFullYear() : undefined;
  const month = wall.dated ? date.getUTCMonth() + 1 : undefined;
  const day = wall.dated ? date.getUTCDate() : undefined;
  const words = event.text;
  const author = authorAs(event.author, options.authors);
  return {
    key: Math.floor(wall.ms / 60_000),
    dated: wall.dated,
    year,
    month,
    day,
    time: timeAs(minutesOfDay, options.clock, year, month, day),
    text: author ? `${author}: ${words}` : words,
    words,
    line: event.line,
  };
}

function timeAs(minutesOfDay: number, clock: ClockStyle | 'iso', year: number | undefined, month: number | undefined, day: number | undefined): string {
  const hhmm = `${String(Math.floor(minutesOfDay / 60)).padStart(2, '0')}:${String(minutesOfDay % 60).padStart(2, '0')}`;
  if (clock === 'iso') return year === undefined ? hhmm : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${hhmm}`;
  // The source's time is certain, so "03:38" is a morning time on a 12-hour clock too.
  return formatTimestamp(withCertainMeridiem(readTimestampAt(hhmm, 0)!, true)!, clock) ?? hhmm;
}

function authorAs(author: string | undefined, style: AuthorStyle): string | undefined {
  if (!author || style === 'drop') return undefined;
  if (style === 'keep') return author;
  const words = author.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return words.length === 1 ? words[0]!.slice(0, 2).toUpperCase() : words.map((word) => word[0]!.toUpperCase()).join('');
}

/** A day line as the timeline reader knows them ("- Jun 3, 2025"). */
export function dayLine(entry: PlacedEntry): string {
  return `- ${formatDay({ year: entry.year, month: entry.month!, day: entry.day! })}`;
}

/**
 * The entries as Markdown list items, with a day line before each new date when the entries span
 * more than one day (ISO times carry their date, so they need none). Nested under the day lines.
 */
export function entriesMarkdown(entries: readonly PlacedEntry[], iso: boolean, eol = '\n'): string {
  const days = new Set(entries.filter((entry) => entry.dated).map((entry) => `${entry.year}-${entry.month}-${entry.day}`));
  const withDays = !iso && days.size > 1;
  const lines: string[] = [];
  let lastDay: string | undefined;
  for (const entry of entries) {
    const day = entry.dated ? `${entry.year}-${entry.month}-${entry.day}` : undefined;
    if (withDays && day !== undefined && day !== lastDay) {
      lines.push(dayLine(entry));
      lastDay = day;
    }
    lines.push(`${withDays ? '  ' : ''}- ${entry.time} - ${entry.text}`);
  }
  return lines.join(eol) + (lines.length > 0 ? eol : '');
}
