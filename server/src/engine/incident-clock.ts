/**
 * The incident clock: the timeline placed on real time. Each readable entry gets the zone its time
 * is in (and where that zone was stated), its UTC instant when a date with a year is known, and its
 * minutes from the outage start. Hover, inlay hints, the timeline conversion and the timeline
 * preview all read this one model. Pure: a document and settings in, plain data out.
 */
import { namesOutageStart } from '../parse/phases';
import type { PostmortemDoc, TimelineEntry } from '../parse/types';
import { localToUtc, offsetMinutes, type ZoneMention } from '../time/zone';
import type { SharedSettings } from './config';

const DAY = 24 * 60;

/** Where the zone of an entry's time was stated, most specific first. */
export type ZoneSource = 'entry' | 'timeline' | 'summary' | 'settings';

/** The zone an entry's time is in. */
export interface EntryZone {
  /** An IANA name, `UTC` or `UTC±HH:MM`. */
  name: string;
  source: ZoneSource;
  /** The mention in the document (undefined when the zone comes from the settings). */
  mention: ZoneMention | undefined;
}

/** A readable timeline entry placed on real time. */
export interface TimedEntry {
  entry: TimelineEntry;
  /** The local time of day in minutes (0–1439), as the timeline reads it (after any a.m./p.m. rollover). */
  localTime: number;
  zone: EntryZone | undefined;
  /** The zone's offset from UTC in minutes for this entry: known with a dated entry, or a zone whose offset never changes. */
  utcOffset: number | undefined;
  /** The UTC instant (ms since the epoch), when the zone and a date with a year are known. */
  utc: number | undefined;
  /** Minutes from the outage start, negative before it; undefined when the two times cannot be compared. */
  sinceOutageStart: number | undefined;
}

/** The timeline on real time, and the entry the outage starts at. */
export interface IncidentClock {
  /** The readable entries, in timeline order. */
  entries: TimedEntry[];
  /** The entry whose description says the outage began, else the first readable entry. */
  outageStart: TimedEntry | undefined;
  /** How the outage start was chosen. */
  outageStartBy: 'description' | 'first-entry' | undefined;
}

/** True when an entry's description says the outage began ("outage begins", "users report errors"). */
export function describesOutageStart(description: string): boolean {
  return namesOutageStart(description);
}

/**
 * Words that say the outage is over, kept small like OUTAGE_BEGINS: a fix deployed, a restart or a
 * successful rollback is not yet recovery.
 * - "service restored", "fully recovered", "…, restoring service"
 * - "back online", "back to normal", "error rate back to baseline", "returned to normal", "business as usual"
 * - "issue resolved", "OUTAGE ENDS", "end of outage", "Resolved."
 * - "full recovery", "recovery confirmed", "up and running", "fully operational", "confirmed resolution"
 * - "all services work correctly", "working normally again"
 */
const OUTAGE_ENDS: readonly RegExp[] = [
  /\b(?:restored|recovered)\b/i,
  /(?<!\b(?:began|begins?|start(?:ed|s)?|gradually)\s)\brestoring\s+(?:the\s+)?services?\b/i,
  /\bback\s+(?:online|up|to\s+(?:normal|baseline|(?:full\s+)?health))\b|\breturn(?:ed|s)?\s+(?:back\s+)?to\s+(?:normal|baseline)\b|\bbusiness\s+as\s+usual\b/i,
  /\b(?:outage|issue|problem)\s+(?:(?:is|was|has\s+been)\s+)?(?:(?:fully|completely|finally)\s+)?(?:resolved|resolves|closed|over|ended|ends)\b|^resolved\b|\bend\s+of\s+(?:the\s+)?outage\b/i,
  /\b(?:full|complete)\s+(?:service\s+)?restoration\b(?!\s+(?:began|begins|started|starts|is\s+underway|in\s+progress))|\b(?:full|complete)\s+recovery\b|\brecovery\s+(?:is\s+|was\s+)?(?:complete|confirmed)\b|\bup\s+and\s+running\b|\bfully\s+operational\b|\bconfirmed\s+resolution\b|\b(?:finish(?:ed|es)?|complete[sd]?|done)\s+restoring\b/i,
  /\b(?:services?|site|website|everything|all\s+\w+)\b[^.;!?\n]{0,40}?\bwork(?:s|ing)?\s+(?:again|correctly|normally|as\s+expected)\b/i,
  // "The service was 100% back", "the site is fully back" (not "the errors were fully back").
  /(?<!\b(?:errors?|issues?|problems?|alerts?|failures?|crash(?:es)?|latency|bugs?|symptoms?)\s+)\b(?:is|was|are|were|came)\s+(?:fully|completely|finally|now|100\s?%)\s+back\b(?!\s+(?:to\s+investigat|later))/i,
  // Those the outage stopped carry on: "scheduled jobs resumed", "students … resumed their projects".
  /\b(?:users?|students?|customers?|clients?|traffic|services?|operations?|processing|jobs?|exports?|imports?|deploy(?:s|ments?)?|builds?|orders?|payments?|sign-?ups?|logins?|uploads?|requests?|writes?|sync)\b[^.;!?\n]{0,60}?\bresum(?:ed|es)\b/i,
];
// "incident closed", "INCIDENT ENDS", "cleared the incident": the incident can close a while after service is back.
const INCIDENT_CLOSED = /\bincident\s+(?:(?:is|was|has\s+been)\s+)?(?:resolved|closed|cleared|over|ended|ends)\b|\b(?:closed|cleared)\s+(?:the\s+)?incident\b|\bend\s+of\s+(?:the\s+)?incident\b/i;
// "failed to come back online", "fails to spin back up", "not yet restored", "partially restored", "25% of traffic restored";
// an aim is no state: "prioritises getting the service back up and running", "trying to restore".
const NOT_OVER = /\b(?:not|n[’']t|never|fail(?:s|ed)?\s+to|unable\s+to|partially|partly)\s+(?:[\w-]+\s+){0,2}?(?:restor|recover|back|resolv|return|up\b|fully)|\b(?:get(?:s|ting)?|bring(?:s|ing)?|(?:try|tries|trying|attempts?|attempting|aims?|aiming|works?|working|plans?|planning)\s+to|prioriti[sz](?:es?|ing)|focus(?:es|ing)?\s+on)\s+(?:[\w-]+\s+){0,3}?(?:back\s+(?:up|online)|up\s+and\s+running|restor|recover)|(?<![\d.])(?!100\b)\d{1,2}(?:\.\d+)?\s?%\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:restored|recovered|back)\b/i;

// Another party's outage ending ("Azure's network outage was fully resolved", "AWS’ incident is
// over"): a cause or a complication of this incident, not its end.
const SOMEONE_ELSES = /\b(?!Our\b|The\b|This\b)[A-Z][\w.&-]*(?:['’]s|s['’]|['’])\s+(?:[\w-]+\s+){0,2}(?:outage|incident|issue|problem|disruption|degradation)\b/;

/** True when an entry's description says the outage is over ("service restored", "error rate back to baseline", "incident closed"). */
export function describesRecovery(description: string): boolean {
  return recoveryWords(description) !== undefined;
}

function recoveryWords(description: string): 'service' | 'incident' | undefined {
  const text = description.replace(/[*_~]/g, ' ').trim();
  if (NOT_OVER.test(text) || SOMEONE_ELSES.test(text)) return undefined;
  if (OUTAGE_ENDS.some((pattern) => pattern.test(text))) return 'service';
  return INCIDENT_CLOSED.test(text) ? 'incident' : undefined;
}

/**
 * Where the outage ends: the last entry after the outage start that says service is back, else the
 * last that closes the incident ("16:00 OUTAGE ENDS" rather than "16:30 INCIDENT ENDS"); undefined
 * when none does.
 */
export function outageEnd(clock: IncidentClock): TimedEntry | undefined {
  let closed: TimedEntry | undefined;
  for (let index = clock.entries.length - 1; index >= 0; index--) {
    const timed = clock.entries[index]!;
    if (timed === clock.outageStart) break;
    const words = recoveryWords(timed.entry.description);
    if (words === 'service') return timed;
    if (words === 'incident') closed ??= timed;
  }
  return closed;
}

/**
 * Places every readable timeline entry on real time. The zone of an entry is the one written with it,
 * else the timeline's, else the summary's, else `settings.timezone`. Cheap: zone offsets (slow to
 * compute with Intl) are worked out once per zone and day, not once per entry.
 */
export function readIncidentClock(doc: PostmortemDoc, settings: Pick<SharedSettings, 'timezone'>): IncidentClock {
  const offsets = new OffsetBook();
  const entries: TimedEntry[] = [];
  const years = new DayAnchors(doc);
  for (const entry of doc.timeline.entries) {
    const dated = years.known(entry);
    if (entry.at === undefined) continue;
    const zone = zoneOf(entry, doc, settings);
    const localMs = entry.at * 60_000 + (entry.timestamp.second ?? 0) * 1000;
    const utcOffset = zone === undefined ? undefined : dated ? offsets.atLocal(zone.name, localMs) : offsets.fixed(zone.name);
    entries.push({
      entry,
      localTime: ((entry.at % DAY) + DAY) % DAY,
      zone,
      utcOffset,
      utc: dated && utcOffset !== undefined ? localMs - utcOffset * 60_000 : undefined,
      sinceOutageStart: undefined,
    });
  }
  const described = entries.find((timed) => describesOutageStart(timed.entry.description));
  const outageStart = described ?? entries[0];
  if (outageStart) for (const timed of entries) timed.sinceOutageStart = minutesBetween(outageStart, timed);
  return { entries, outageStart, outageStartBy: outageStart === undefined ? undefined : described ? 'description' : 'first-entry' };
}

/**
 * Minutes from `from` to `to`: on UTC when both offsets are known (right across a DST change),
 * else on the local clock when both are in one zone (or neither has one), else undefined.
 */
export function minutesBetween(from: TimedEntry, to: TimedEntry): number | undefined {
  if (from.utcOffset !== undefined && to.utcOffset !== undefined) return to.entry.at! - to.utcOffset - (from.entry.at! - from.utcOffset);
  if (from.zone?.name === to.zone?.name) return to.entry.at! - from.entry.at!;
  return undefined;
}

/** The timed entry whose own time (not its range end) covers `offset`, if any. */
export function timedEntryAt(clock: IncidentClock, offset: number): TimedEntry | undefined {
  const entries = clock.entries;
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.entry.timestamp.end <= offset) low = middle + 1;
    else high = middle;
  }
  const found = entries[low];
  return found && found.entry.timestamp.start <= offset && offset < found.entry.timestamp.end ? found : undefined;
}

/** Elapsed time as incident reviews write it: `T+0:27`, `T+26:05`, `T−0:10` (before the start). */
export function formatElapsed(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+';
  const whole = Math.abs(Math.round(minutes));
  return `T${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** True when the zone is a fixed offset all year (UTC, `UTC+05:30`, Asia/Kolkata), so no date is needed to convert it. */
export function isFixedOffsetZone(zone: string): boolean {
  return new OffsetBook().fixed(zone) !== undefined;
}

/** The zone the timeline's times are in unless an entry says otherwise: the timeline's, the summary's, or the setting. */
export function timelineZone(doc: PostmortemDoc, settings: Pick<SharedSettings, 'timezone'>): EntryZone | undefined {
  if (doc.timeline.zone?.zone) return { name: doc.timeline.zone.zone, source: 'timeline', mention: doc.timeline.zone };
  if (doc.summaryZone?.zone) return { name: doc.summaryZone.zone, source: 'summary', mention: doc.summaryZone };
  if (settings.timezone) return { name: settings.timezone, source: 'settings', mention: undefined };
  return undefined;
}

// The most specific zone stated for an entry.
function zoneOf(entry: TimelineEntry, doc: PostmortemDoc, settings: Pick<SharedSettings, 'timezone'>): EntryZone | undefined {
  if (entry.zone?.zone) return { name: entry.zone.zone, source: 'entry', mention: entry.zone };
  return timelineZone(doc, settings);
}

/**
 * Whether an entry's day is a real calendar day (its year is known), following the timeline's day
 * anchors in order as the parser does: the incident's date, day lines, dates written on entries. The
 * parser leaves `entry.date.year` empty when only a day line ("- March 9, 2024") gives the year.
 */
class DayAnchors {
  private group = -1;
  private yearKnown: boolean;

  constructor(private readonly doc: PostmortemDoc) {
    this.yearKnown = doc.incidentDate?.year !== undefined;
  }

  /** Call once per entry, in timeline order. */
  known(entry: TimelineEntry): boolean {
    for (let next = this.group + 1; next <= entry.group; next++) {
      const date = this.doc.timeline.groups[next]?.date;
      if (typeof date === 'number') this.yearKnown = this.doc.incidentDate !== undefined; // "Day 2" counts from the incident's date
      else if (date !== undefined && date !== true) this.yearKnown = date.year !== undefined;
    }
    this.group = Math.max(this.group, entry.group);
    if (entry.dateMention) this.yearKnown = entry.dateMention.year !== undefined;
    return entry.date?.year !== undefined || (entry.date !== undefined && this.yearKnown);
  }
}

/**
 * Zone offsets, remembered for one reading of the clock (never across documents). A zone changes its
 * offset at most once a day, so when local midnight and the day's last minute share an offset, every
 * time that day has it too.
 */
export class OffsetBook {
  private readonly days = new Map<string, number | undefined>();
  private readonly fixedOffsets = new Map<string, number | undefined>();

  /** The offset (minutes) in force at a local wall-clock time (`localMs` as Date.UTC of its fields). */
  atLocal(zone: string, localMs: number): number | undefined {
    return this.cached('local', offsetAtLocal, zone, localMs);
  }

  /** The offset (minutes) in force at the UTC instant `utcMs`. */
  atUtc(zone: string, utcMs: number): number | undefined {
    return this.cached('utc', offsetMinutes, zone, utcMs);
  }

  // One lookup per zone and day: a day whose offset is the same at both ends has no change inside it.
  private cached(kind: string, offsetAt: (zone: string, ms: number) => number | undefined, zone: string, ms: number): number | undefined {
    const day = Math.floor(ms / 86_400_000);
    const key = `${kind}\u0000${zone}\u0000${day}`;
    if (!this.days.has(key)) {
      const first = offsetAt(zone, day * 86_400_000);
      const last = offsetAt(zone, (day + 1) * 86_400_000 - 60_000);
      this.days.set(key, first === last ? first : undefined);
    }
    return this.days.get(key) ?? offsetAt(zone, ms);
  }

  /** The zone's offset when it is the same all year (checked in January and July), else undefined. */
  fixed(zone: string): number | undefined {
    if (!this.fixedOffsets.has(zone)) {
      const january = offsetMinutes(zone, Date.UTC(2024, 0, 15));
      const july = offsetMinutes(zone, Date.UTC(2024, 6, 15));
      this.fixedOffsets.set(zone, january === july ? january : undefined);
    }
    return this.fixedOffsets.get(zone);
  }
}

function offsetAtLocal(zone: string, localMs: number): number | undefined {
  const utc = localToUtc(localMs, zone);
  return utc === undefined ? undefined : Math.round((localMs - utc) / 60_000);
}
