/**
 * Converting a timeline to another zone: every entry's time rewritten DST-correctly in the document's
 * own clock style, zones written on entries replaced, and the zone in the Timeline heading updated
 * (or `(all times <zone>)` added). Days are not rewritten: when a converted time lands on another day
 * and the timeline writes its days (day lines, dates on entries), the conversion says so and leaves
 * the dates as written, for the author to move; without written days a rollover needs no date.
 */
import type { PostmortemDoc, TimelineEntry } from '../parse/types';
import type { TextEdit } from '../rules/types';
import { formatTimestamp, inferClockStyle, type ClockStyle, type Timestamp } from '../time/timestamp';
import { readZoneAt, sameZoneFamily } from '../time/zone';
import type { SharedSettings } from './config';
import { applyFixes } from './fixes';
import { OffsetBook, timelineZone, type IncidentClock } from './incident-clock';

const DAY = 24 * 60;

/** A zone the timeline may be converted to, and the words to write for it. */
export interface ConversionTarget {
  /** An IANA name, `UTC` or `UTC±HH:MM`. */
  zone: string;
  /** How the zone is written in the document: `UTC`, the summary's own words, the setting's value. */
  label: string;
  /** Why it is offered. */
  reason: 'utc' | 'settings' | 'summary';
}

/** The conversion of a timeline, and what the author should know about it. */
export interface TimelineConversion {
  target: ConversionTarget;
  /** The whole text, converted. */
  text: string;
  /** How many entries' converted times fall on a different day than before. */
  movedDays: number;
  /** True when the timeline writes its days (day lines or dates on entries), which stay as written. */
  writesDays: boolean;
}

/** UTC, the `postmortem.timezone` setting and the summary's zone: each once, and only when it differs from the timeline's zone. */
export function conversionTargets(doc: PostmortemDoc, settings: Pick<SharedSettings, 'timezone'>): ConversionTarget[] {
  const current = timelineZone(doc, settings)?.name;
  const candidates: ConversionTarget[] = [{ zone: 'UTC', label: 'UTC', reason: 'utc' }];
  if (settings.timezone) candidates.push({ zone: settings.timezone, label: settings.timezone, reason: 'settings' });
  if (doc.summaryZone?.zone) candidates.push({ zone: doc.summaryZone.zone, label: doc.summaryZone.raw, reason: 'summary' });
  const year = doc.incidentDate?.year;
  const targets: ConversionTarget[] = [];
  for (const candidate of candidates) {
    if (current !== undefined && sameZoneFamily(candidate.zone, current, year)) continue;
    if (targets.some((target) => sameZoneFamily(target.zone, candidate.zone, year))) continue;
    targets.push(candidate);
  }
  return targets;
}

/**
 * The text with every timeline time rewritten in `target.zone`, or undefined when that cannot be done
 * exactly: an entry whose time cannot be read, whose zone is unknown, or that needs a date with a year
 * (a zone that changes its offset) and has none.
 */
export function convertTimeline(doc: PostmortemDoc, clock: IncidentClock, target: ConversionTarget): TimelineConversion | undefined {
  const entries = doc.timeline.entries;
  if (entries.length === 0 || clock.entries.length !== entries.length) return undefined; // an unreadable time
  const offsets = new OffsetBook();
  const targetFixed = offsets.fixed(target.zone);
  const styles = clockStyles(entries);
  const edits: TextEdit[] = [];
  let movedDays = 0;
  for (const timed of clock.entries) {
    const { entry, zone, utcOffset, utc } = timed;
    if (zone === undefined || utcOffset === undefined) return undefined;
    const targetOffset = utc !== undefined ? offsets.atUtc(target.zone, utc) : offsets.fixed(zone.name) !== undefined ? targetFixed : undefined;
    if (targetOffset === undefined) return undefined;
    const shift = targetOffset - utcOffset;
    const at = entry.at!;
    if (Math.floor((at + shift) / DAY) !== Math.floor(at / DAY)) movedDays++;
    edits.push({ span: spanOf(entry.timestamp), newText: writeTime(entry.timestamp, modulo(at + shift, DAY), styles) });
    const rangeEnd = entry.rangeEnd;
    if (rangeEnd?.minutesOfDay !== undefined) edits.push({ span: spanOf(rangeEnd), newText: writeTime(rangeEnd, modulo(rangeEnd.minutesOfDay + shift, DAY), styles) });
    if (zone.source === 'entry' && zone.mention) edits.push({ span: spanOf(zone.mention), newText: zoneText(zone.mention.raw, target) });
  }
  const headingEdit = timelineZoneEdit(doc, target);
  if (headingEdit) edits.unshift(headingEdit);
  // One fix per edit: applyFixes checks each against its neighbours only, so 10,000 entries stay cheap.
  const converted = applyFixes(doc.text, edits.map((edit) => ({ title: 'convert', edits: [edit] })));
  if (converted.skipped.length > 0) return undefined; // two edits on one span: the reading was not what it seemed
  const writesDays = doc.timeline.groups.some((group) => group.date !== undefined) || entries.some((entry) => entry.dateMention !== undefined);
  return { target, text: converted.text, movedDays, writesDays };
}

// The zone stated for the timeline is replaced, with any alternatives written beside it ("PST/PDT",
// "PST or PDT"), as is a heading's "(all times PCT)" whose zone cannot be read; otherwise the first
// timeline heading gets "(all times <zone>)" before its closing markup ("**Timeline**", "Timeline:").
function timelineZoneEdit(doc: PostmortemDoc, target: ConversionTarget): TextEdit | undefined {
  const stated = doc.timeline.zone;
  if (stated) {
    let end = stated.end;
    for (let alternatives = 0; alternatives < 3; alternatives++) {
      const joint = /^[ \t]*(?:\/|\bor\b|&)[ \t]*/.exec(doc.text.slice(end, end + 12));
      const next = joint ? readZoneAt(doc.text, end + joint[0].length) : undefined;
      if (!next) break;
      end = next.end;
    }
    return { span: { start: stated.start, end }, newText: target.label };
  }
  const heading = doc.timeline.sections[0]?.heading;
  if (!heading) return undefined;
  const text = doc.text.slice(heading.start, heading.end);
  // "(all times PCT)": a zone the readers do not know is still the heading's statement of the zone.
  const unreadable = /\((?:all\s+)?(?:times?|in)\b[^()]*\)/i.exec(text);
  if (unreadable) return { span: { start: heading.start + unreadable.index, end: heading.start + unreadable.index + unreadable[0].length }, newText: `(all times ${target.label})` };
  const closing = /[ \t]*(?:[:#*_][ \t]*)*$/.exec(text)!;
  const at = heading.start + closing.index;
  return { span: { start: at, end: at }, newText: ` (all times ${target.label})` };
}

// A zone written on an entry becomes the target's; a glued "Z" stays when the target is UTC.
function zoneText(raw: string, target: ConversionTarget): string {
  if (raw === 'Z') return target.zone === 'UTC' ? 'Z' : ` ${target.label}`;
  return target.label;
}

interface ClockStyles {
  twelveHour: ClockStyle;
  twentyFourHour: ClockStyle;
}

// Each clock keeps its own conventions: 12-hour times the document's meridiem and spacing, 24-hour
// times its padding. A time is never moved from one clock to the other.
function clockStyles(entries: readonly TimelineEntry[]): ClockStyles {
  const timestamps = entries.flatMap((entry) => (entry.rangeEnd ? [entry.timestamp, entry.rangeEnd] : [entry.timestamp]));
  return {
    twelveHour: { ...inferClockStyle(timestamps.filter((timestamp) => timestamp.meridiem !== undefined)), clock: '12h' },
    twentyFourHour: { ...inferClockStyle(timestamps.filter((timestamp) => timestamp.meridiem === undefined)), clock: '24h' },
  };
}

// The time `minutesOfDay` written the way `original` was: its clock, its notation, its seconds.
function writeTime(original: Timestamp, minutesOfDay: number, styles: ClockStyles): string {
  const hour = Math.floor(minutesOfDay / 60);
  const minute = String(minutesOfDay % 60).padStart(2, '0');
  if (original.notation === 'compact') {
    // "1405", "2100hrs", "14h05": the digits change, the suffix stays.
    if (/^\d{4}/.test(original.raw)) return `${String(hour).padStart(2, '0')}${minute}${original.raw.slice(4)}`;
    return original.raw.replace(/^\d{1,2}h\d{2}/, `${String(hour).padStart(/^0/.test(original.raw) ? 2 : 1, '0')}h${minute}`);
  }
  const meridiem = original.meridiem === undefined ? undefined : hour < 12 ? 'am' : 'pm';
  const converted: Timestamp = { ...original, hour, minute: minutesOfDay % 60, minutesOfDay, meridiem, problems: [] };
  return formatTimestamp(converted, meridiem === undefined ? styles.twentyFourHour : styles.twelveHour)!;
}

function spanOf({ start, end }: { start: number; end: number }): { start: number; end: number } {
  return { start, end };
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
