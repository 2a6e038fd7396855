/** Hover on a timeline time: the time as read, its zone and where that came from, UTC, and T± from the outage start. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatElapsed, timedEntryAt, type IncidentClock, type TimedEntry } from '../engine/incident-clock';
import type { PostmortemDoc } from '../parse/types';
import { dateOfDay, formatDay } from '../time/date';
import type { LintedDocument } from './lint-service';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The hover for the timeline time under `position`, or null anywhere else and in non-postmortems. */
export function timestampHover(linted: LintedDocument, document: TextDocument, position: Position): Hover | null {
  const doc = linted.doc;
  if (!doc || doc.timeline.entries.length === 0) return null;
  const offset = document.offsetAt(position);
  // Cheap first: most hovers are not on a time, and need no clock.
  if (!doc.timeline.entries.some((entry) => entry.timestamp.start <= offset && offset < entry.timestamp.end)) return null;
  const clock = linted.clock()!;
  const timed = timedEntryAt(clock, offset);
  if (!timed) return null;
  const { timestamp } = timed.entry;
  const lines = [
    `**${clockTime(timed.localTime)}**${timestamp.raw === clockTime(timed.localTime) ? '' : ` (written \`${timestamp.raw}\`)`}${localDate(timed)}`,
    zoneLine(doc, timed),
    utcLine(timed),
    elapsedLine(clock, timed),
  ].filter((line): line is string => line !== undefined);
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: { start: document.positionAt(timestamp.start), end: document.positionAt(timestamp.end) },
  };
}

// The entry's own day when the timeline gives one; the year too when it is known.
function localDate({ entry, utc }: TimedEntry): string {
  const date = utc !== undefined ? dateOfDay(Math.floor(entry.at! / (24 * 60))) : entry.date;
  if (!date) return '';
  return ` on ${formatDay(date)}`;
}

function zoneLine(doc: PostmortemDoc, { zone }: TimedEntry): string {
  if (!zone) return 'Zone: not stated. Say it in the Timeline heading ("(all times UTC)") or set `postmortem.timezone`.';
  const written = zone.mention ? `\`${zone.mention.raw}\` ` : '';
  const ambiguous = zone.mention?.ambiguous ? `; \`${zone.mention.raw}\` names several zones, this is the most common` : '';
  return `Zone: **${zone.name}** (${written}${zoneSource(doc, zone.source, zone.mention?.start)}${ambiguous})`;
}

function zoneSource(doc: PostmortemDoc, source: 'entry' | 'timeline' | 'summary' | 'settings', at: number | undefined): string {
  switch (source) {
    case 'entry':
      return 'written with this time';
    case 'timeline':
      return doc.timeline.sections.some((section) => at !== undefined && section.heading.start <= at && at < section.heading.end)
        ? 'from the Timeline heading'
        : 'stated under the Timeline heading';
    case 'summary':
      return 'from the summary (the timeline states no zone)';
    case 'settings':
      return 'from the `postmortem.timezone` setting (the postmortem states no zone)';
  }
}

function utcLine({ utc, utcOffset, localTime }: TimedEntry): string | undefined {
  if (utc !== undefined) {
    const date = new Date(utc);
    return `UTC: **${clockTime(date.getUTCHours() * 60 + date.getUTCMinutes())}** on ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  }
  if (utcOffset === undefined) return undefined;
  const utcMinutes = localTime - utcOffset;
  const day = utcMinutes < 0 ? ', the day before' : utcMinutes >= 24 * 60 ? ', the day after' : '';
  return `UTC: **${clockTime(((utcMinutes % 1440) + 1440) % 1440)}**${day} (the date is not known)`;
}

function elapsedLine(clock: IncidentClock, timed: TimedEntry): string | undefined {
  const start = clock.outageStart;
  if (!start || timed.sinceOutageStart === undefined) return undefined;
  if (start === timed) {
    return clock.outageStartBy === 'description' ? '**T+0:00**: the outage starts here' : '**T+0:00**: the first entry (no entry says when the outage began)';
  }
  const how = clock.outageStartBy === 'description' ? 'the outage start' : 'the first entry';
  return `**${formatElapsed(timed.sinceOutageStart)}** from ${how} (${start.entry.timestamp.raw}: ${quote(start.entry.description)})`;
}

// "13:05": 24-hour, zero-padded.
function clockTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

// A description shown inside the hover: short, and with Markdown that could break the hover escaped.
function quote(description: string): string {
  const short = description.length > 60 ? `${description.slice(0, 57).trimEnd()}…` : description;
  return `"${short.replace(/[\\`*_[\]<>#|]/g, '\\$&')}"`;
}
