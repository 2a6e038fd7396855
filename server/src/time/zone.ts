/**
 * Finding the timezone an author states ("(all times Pacific Time)", "in UTC", "UTC-05", "IST",
 * "Kigali time", "13:24 -0800"), and the zone arithmetic the rules need (through Intl).
 */
import { NOT_PLACES, PLACE_ZONES } from './zone-places';

/** A timezone mention found in text. Offsets are relative to the searched string plus `base`. */
export interface ZoneMention {
  raw: string;
  start: number;
  end: number;
  /** A name for the zone family: an IANA name, `UTC`, or a fixed offset like `UTC-05:00`. */
  zone: string | undefined;
  /** True for abbreviations that name several zones (IST, CST, BST). */
  ambiguous: boolean;
}

// Abbreviations that people put after times. Ambiguous ones name their most common reading.
const ABBREVIATIONS: Record<string, { zone: string; ambiguous?: true }> = {
  UTC: { zone: 'UTC' },
  GMT: { zone: 'UTC' },
  Z: { zone: 'UTC' },
  PT: { zone: 'America/Los_Angeles' },
  PST: { zone: 'America/Los_Angeles' },
  PDT: { zone: 'America/Los_Angeles' },
  MT: { zone: 'America/Denver' },
  MST: { zone: 'America/Denver' },
  MDT: { zone: 'America/Denver' },
  CT: { zone: 'America/Chicago' },
  CST: { zone: 'America/Chicago', ambiguous: true },
  CDT: { zone: 'America/Chicago' },
  ET: { zone: 'America/New_York' },
  EST: { zone: 'America/New_York' },
  EDT: { zone: 'America/New_York' },
  CET: { zone: 'Europe/Paris' },
  CEST: { zone: 'Europe/Paris' },
  WET: { zone: 'Europe/Lisbon' },
  EET: { zone: 'Europe/Athens' },
  BST: { zone: 'Europe/London', ambiguous: true },
  IST: { zone: 'Asia/Kolkata', ambiguous: true },
  EAT: { zone: 'Africa/Nairobi' },
  WAT: { zone: 'Africa/Lagos' },
  CAT: { zone: 'Africa/Maputo' },
  SAST: { zone: 'Africa/Johannesburg' },
  JST: { zone: 'Asia/Tokyo' },
  KST: { zone: 'Asia/Seoul' },
  AEST: { zone: 'Australia/Sydney' },
  AEDT: { zone: 'Australia/Sydney' },
  NZST: { zone: 'Pacific/Auckland' },
  HKT: { zone: 'Asia/Hong_Kong' },
  SGT: { zone: 'Asia/Singapore' },
  ICT: { zone: 'Asia/Bangkok' },
  WIB: { zone: 'Asia/Jakarta' },
  PHT: { zone: 'Asia/Manila' },
  MSK: { zone: 'Europe/Moscow' },
  GST: { zone: 'Asia/Dubai', ambiguous: true },
  AST: { zone: 'America/Halifax', ambiguous: true },
  NZDT: { zone: 'Pacific/Auckland' },
  AWST: { zone: 'Australia/Perth' },
  ACST: { zone: 'Australia/Adelaide' },
  BRT: { zone: 'America/Sao_Paulo' },
  ART: { zone: 'America/Argentina/Buenos_Aires' },
  PKT: { zone: 'Asia/Karachi' },
};

// Spelled-out names; the first word group is matched case-insensitively.
const NAMES: Array<[RegExp, string]> = [
  [/pacific(?:[\s-]+(?:standard|daylight))?[\s-]+time/iy, 'America/Los_Angeles'],
  [/mountain(?:[\s-]+(?:standard|daylight))?[\s-]+time/iy, 'America/Denver'],
  [/central(?:[\s-]+(?:standard|daylight))?[\s-]+time/iy, 'America/Chicago'],
  [/eastern(?:[\s-]+(?:standard|daylight))?[\s-]+time/iy, 'America/New_York'],
  [/central[\s-]+european(?:[\s-]+summer)?[\s-]+time/iy, 'Europe/Paris'],
  [/british[\s-]+summer[\s-]+time/iy, 'Europe/London'],
  [/greenwich[\s-]+mean[\s-]+time/iy, 'UTC'],
  [/coordinated[\s-]+universal[\s-]+time/iy, 'UTC'],
  [/indian[\s-]+standard[\s-]+time/iy, 'Asia/Kolkata'],
  [/east[\s-]+africa(?:n)?[\s-]+time/iy, 'Africa/Nairobi'],
  [/central[\s-]+africa(?:n)?[\s-]+time/iy, 'Africa/Maputo'],
  [/west[\s-]+africa(?:n)?[\s-]+time/iy, 'Africa/Lagos'],
  [/south[\s-]+africa(?:n)?[\s-]+standard[\s-]+time/iy, 'Africa/Johannesburg'],
  [/japan[\s-]+standard[\s-]+time/iy, 'Asia/Tokyo'],
  [/indochina[\s-]+time/iy, 'Asia/Bangkok'],
  [/gulf[\s-]+standard[\s-]+time/iy, 'Asia/Dubai'],
  [/moscow[\s-]+(?:standard[\s-]+)?time/iy, 'Europe/Moscow'],
];

// "UTC+1", "GMT-05:00", "UTC -5", "GMT + 1": UTC or GMT, then a sign right before the digits (a plus
// may stand apart). "UTC - 5:00 PM" is a zone and a dash, "UTC -5:00 PM" a zone before a time, and
// "10:00 UTC - 5 users reported" a zone and a dash: none is an offset.
const OFFSET = /(?:UTC|GMT)(?:([+\u2212-])|[ \t]([+\u2212-])|[ \t]?(\+)[ \t])(\d{1,2})(?::?(\d{2}))?(?![\p{N}])(?![ \t]*(?::\d|[aApP]\.?[mM](?![\p{L}])))/uy;
// A place and the word "time": "Kigali Time", "New York time", "Nigerian time", "Lagos local time".
const PLACE_TIME = /((?:[\p{L}][\p{L}.'’-]*[ \t]+){1,4}?)time(?![\p{L}\p{N}])/iuy;
// Words between a place and "time" that do not change the zone: "Lagos local time", "Kenya standard time".
// How far before "time" a spelled-out zone may start ("Central European Summer Time", "Ho Chi Minh local time").
const PLACE_REACH = 80;
const CAPITAL_START = /[A-Z]/;
const PLACE_QUALIFIER = /(?:[ \t]+(?:local|standard|summer|daylight))+$/;
// IANA names, and the legacy aliases Intl still resolves ("US/Pacific", "Canada/Eastern").
const IANA = /(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|US|Canada|Brazil|Mexico|Chile)\/[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z_]+)?/y;
const WORD = /[A-Z]{1,5}\b/y;

/** Every zone mention in `text`, in order; `base` is added to the offsets. */
export function findZones(text: string, base = 0): ZoneMention[] {
  const found: ZoneMention[] = [];
  const timeWord = /time/gi;
  let nextTime = -1;
  let index = 0;
  while (index < text.length) {
    // Only a spelled-out name ends in "time"; every other mention starts with a capital. Skipping the
    // other words keeps a scan of a long document cheap.
    if (nextTime < index) {
      timeWord.lastIndex = index;
      nextTime = timeWord.exec(text)?.index ?? Infinity;
    }
    const mention = nextTime - index <= PLACE_REACH || CAPITAL_START.test(text[index]!) ? zoneAt(text, index) : undefined;
    if (mention) {
      found.push({ ...mention, start: mention.start + base, end: mention.end + base });
      index = mention.end;
    } else {
      // Jump to the next word start: zone mentions never begin mid-word.
      const next = text.slice(index + 1).search(/(?<![\p{L}\p{N}])[\p{L}]/u);
      if (next < 0) break;
      index += next + 1;
    }
  }
  return found;
}

/** The zone mention that starts exactly at `index`, if any; `base` is added to the offsets. */
export function readZoneAt(text: string, index: number, base = 0): ZoneMention | undefined {
  const mention = zoneAt(text, index);
  return mention && { ...mention, start: mention.start + base, end: mention.end + base };
}

function zoneAt(text: string, index: number): ZoneMention | undefined {
  if (index > 0 && /[\p{L}\p{N}]/u.test(text[index - 1]!)) return undefined;
  for (const [pattern, zone] of NAMES) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (match) return mention(match[0], index, zone, false);
  }
  OFFSET.lastIndex = index;
  const offset = OFFSET.exec(text);
  if (offset) {
    const zone = fixedOffset(offset[1] ?? offset[2] ?? offset[3]!, offset[4]!, offset[5] ?? '00');
    if (zone) return mention(offset[0], index, zone, false);
  }
  const place = placeTimeAt(text, index);
  if (place) return place;
  IANA.lastIndex = index;
  const iana = IANA.exec(text);
  if (iana && isKnownIanaZone(iana[0])) return mention(iana[0], index, iana[0], false);
  WORD.lastIndex = index;
  const word = WORD.exec(text);
  if (word) {
    const known = ABBREVIATIONS[word[0]];
    // A lone "Z" is a letter, not a zone; "12:27Z" is a time format the timestamp reader will own.
    if (known && word[0] !== 'Z') return mention(word[0], index, known.zone, known.ambiguous === true);
  }
  return undefined;
}

// "UTC+01:00" for a sign, hours and minutes; undefined past the offsets clocks use (±14:00, minutes 00/15/30/45).
function fixedOffset(sign: string, hours: string, minutes: string): string | undefined {
  if (Number(hours) > 14 || !/^(?:00|15|30|45)$/.test(minutes)) return undefined;
  return `UTC${sign === '+' ? '+' : '-'}${hours.padStart(2, '0')}:${minutes}`;
}

// "Kigali Time", "in Berlin time" (read from "Berlin"), "Nigerian time": a known place right before "time".
function placeTimeAt(text: string, index: number): ZoneMention | undefined {
  PLACE_TIME.lastIndex = index;
  const match = PLACE_TIME.exec(text);
  if (!match) return undefined;
  const name = match[1]!.trim().replace(/[ \t]+/g, ' ').toLowerCase().replace(PLACE_QUALIFIER, '');
  const zone = placeZones().get(name);
  return zone === undefined ? undefined : mention(match[0], index, zone, false);
}

// The place names, built once from the runtime's zone list and the table of countries and aliases:
// a constant of the runtime, like the formatters below, not a cache of documents.
let places: Map<string, string> | undefined;

function placeZones(): Map<string, string> {
  if (places) return places;
  places = new Map();
  const skip = new Set(NOT_PLACES);
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    if (!zone.includes('/') || /^(?:Antarctica|Etc)\//.test(zone)) continue;
    const city = zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ').toLowerCase();
    if (!skip.has(city) && !places.has(city)) places.set(city, zone);
  }
  for (const { names, zone } of PLACE_ZONES) for (const name of names) places.set(name, zone);
  return places;
}

/**
 * A numeric offset written right after a time that ends at `index`: "13:24 -0800", "13:24 +05:30",
 * "2019-01-24T13:24:00-08:00". The sign is directly followed by four digits or hh:mm. "10:00 -11:00"
 * is a range, not an offset: a minus before hh:mm counts only glued to a time with seconds.
 * `base` is added to the offsets.
 */
export function readOffsetAfter(text: string, index: number, base = 0): ZoneMention | undefined {
  const match = /([ \t]?)([+\u2212-])(?:(\d{2})(\d{2})|(\d{1,2}):(\d{2}))(?![\p{L}\p{N}]|:\d)/uy;
  match.lastIndex = index;
  const found = match.exec(text);
  if (!found) return undefined;
  const [whole, space, sign, hours4, minutes4, hours, minutes] = found as unknown as [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  if (hours !== undefined && sign !== '+' && (space !== '' || !/\d:\d{2}:\d{2}$/.test(text.slice(Math.max(0, index - 8), index)))) return undefined;
  const zone = fixedOffset(sign, hours4 ?? hours!, minutes4 ?? minutes!);
  if (!zone) return undefined;
  const start = index + space.length;
  return { raw: whole.slice(space.length), start: base + start, end: base + index + whole.length, zone, ambiguous: false };
}

// "7:09 AM Eastern", "(10:00 Pacific)": a US zone named by its region alone, right after a time and
// ending the time's words; "10:00 Pacific region failover" names a region, not a zone.
const REGION_AFTER_TIME = /(eastern|central|mountain|pacific)(?=[ \t]*(?:$|[-–—:;,.)|[]|[ \t]+[-–—]))/iuy;
const REGION_ZONES: Record<string, string> = { eastern: 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles' };

/** A US zone named by its region alone ("Eastern") at `index`, right after a time; `base` is added to the offsets. */
export function readRegionZoneAt(text: string, index: number, base = 0): ZoneMention | undefined {
  REGION_AFTER_TIME.lastIndex = index;
  const match = REGION_AFTER_TIME.exec(text);
  return match ? mention(match[0], index + base, REGION_ZONES[match[1]!.toLowerCase()], false) : undefined;
}

function mention(raw: string, start: number, zone: string | undefined, ambiguous: boolean): ZoneMention {
  return { raw, start, end: start + raw.length, zone, ambiguous };
}

// One formatter per zone name, made once: building an Intl.DateTimeFormat costs far more than using
// it, and a report asks for the same few zones hundreds of times. The table only grows with the zone
// names a process meets (a few hundred exist), and a formatter never changes, so nothing goes stale.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    } catch {
      formatter = null; // not a zone the runtime's database knows
    }
    if (formatters.size < 1000) formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the runtime's timezone database knows the IANA name. */
export function isKnownIanaZone(name: string): boolean {
  return formatterFor(name) !== null;
}

/**
 * The zone's offset from UTC in minutes at the instant `utcMs` (DST-correct for IANA zones), or
 * undefined when the zone is unknown. Accepts `UTC`, `UTC±HH:MM` and IANA names.
 */
export function offsetMinutes(zone: string, utcMs: number): number | undefined {
  if (zone === 'UTC') return 0;
  const fixed = /^UTC([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  const formatter = formatterFor(zone);
  if (!formatter) return undefined;
  const parts = formatter.formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * The UTC instant (ms) of a local wall-clock time in `zone`: `localMs` is that wall-clock time
 * written as if it were UTC (Date.UTC of its fields). DST-correct; undefined for an unknown zone.
 */
export function localToUtc(localMs: number, zone: string): number | undefined {
  const first = offsetMinutes(zone, localMs);
  if (first === undefined) return undefined;
  // Twice: the offset at the guessed instant may differ from the offset at the wall-clock time.
  const second = offsetMinutes(zone, localMs - first * 60_000)!;
  return localMs - second * 60_000;
}

/** The wall-clock time (as a UTC-fielded ms value) in `zone` of the instant `utcMs`. */
export function utcToLocal(utcMs: number, zone: string): number | undefined {
  const offset = offsetMinutes(zone, utcMs);
  return offset === undefined ? undefined : utcMs + offset * 60_000;
}

/** True when two zones keep the same offset from UTC in both January and July of `year`. */
export function sameZoneFamily(a: string, b: string, year = 2024): boolean {
  if (a === b) return true;
  return [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].every((instant) => {
    const offsetA = offsetMinutes(a, instant);
    return offsetA !== undefined && offsetA === offsetMinutes(b, instant);
  });
}

/** Every abbreviation the zone reader knows, for suggestions. */
export function knownAbbreviations(): ReadonlyArray<{ abbreviation: string; zone: string }> {
  return Object.entries(ABBREVIATIONS).map(([abbreviation, { zone }]) => ({ abbreviation, zone }));
}

/** The zone a setting or a heading names ("UTC", "PST", "Europe/Paris", "UTC+3"), or undefined. */
export function resolveZoneName(name: string): string | undefined {
  const trimmed = name.trim();
  const whole = readZoneAt(trimmed, 0);
  if (whole && whole.end === trimmed.length) return whole.zone;
  return isKnownIanaZone(trimmed) && trimmed.includes('/') ? trimmed : undefined;
}

/** An upper-case word written where a zone belongs that no zone reader resolves ("PCT" in "10:00 PCT -"). */
export interface UnknownZone {
  raw: string;
  start: number;
  end: number;
}

// Real abbreviations this module cannot convert: a reader can still resolve them, so they are not unknown.
const RESOLVABLE_ELSEWHERE = new Set(
  'UT UCT HST HDT AKST AKDT ADT NST NDT WEST EEST MSD TRT IRST AFT NPT BDT WITA WIT PHST MYT ACDT CHST SST CLT CLST COT PET VET UYT IDT MEZ MESZ'.split(' '),
);
// Upper-case words that follow times and are not zones: markers, units and office shorthand.
const NOT_ZONES = new Set('AM PM HR HRS EOD COB TBD TBC ASAP ETA FYI OK NB'.split(' '));
const UNKNOWN_AFTER_TIME = /[ \t]*(\(?)[ \t]*([A-Z]{2,5})(?![\p{L}\p{N}])/uy;

// A word counts only where a zone would end the time: before ")", a dash, ".", ";", "|", closing
// emphasis or the end of the line. Before ":" or "," a word usually starts the entry's text
// ("DNS: records updated"), so there it counts only when shaped like a zone: three letters ending in
// T ("PCT"), or a known abbreviation with two letters swapped ("ETS", "GTM").
/** The unknown zone right after a time that ends at `index` ("10:00 PCT -", "(PCT)"); `base` is added. */
export function readUnknownZoneAfter(text: string, index: number, base = 0): UnknownZone | undefined {
  UNKNOWN_AFTER_TIME.lastIndex = index;
  const match = UNKNOWN_AFTER_TIME.exec(text);
  if (!match) return undefined;
  const [whole, open, raw] = match as unknown as [string, string, string];
  // An offset may follow the word: "GTM+2", "PCT-7".
  const offset = /^[+\-−]\d{1,2}(?::?\d\d)?/.exec(text.slice(index + whole.length, index + whole.length + 6))?.[0].length ?? 0;
  const rest = text.slice(index + whole.length + offset, index + whole.length + offset + 8);
  const zoneShaped = (raw.length === 3 && raw.endsWith('T')) || isSwappedAbbreviation(raw);
  const ends = open
    ? /^[ \t]*\)/.test(rest)
    : /^[ \t]*(?:$|[\r\n]|[-–—]+(?:[ \t\r\n]|$)|[.;!?](?:[\s`*_)]|$)|[)|`*_~])/.test(rest) || (zoneShaped && /^[ \t]*[:,]/.test(rest));
  if (!ends || !isUnknownZoneWord(raw)) return undefined;
  const start = index + whole.length - raw.length;
  return { raw, start: base + start, end: base + start + raw.length };
}

// The word must open the parentheses or follow "in", "times", "hours", "are" or "zone", and end
// before ")", ",", ";" or "/": "(all times PCT)", "(in PCT)", "(PCT)", not "(via SRE team)".
/** Unknown zones inside parentheses, where a Timeline heading states its zone; `base` is added. */
export function findUnknownZonesInParentheses(text: string, base = 0): UnknownZone[] {
  const found: UnknownZone[] = [];
  for (const group of text.matchAll(/\(([^()]{1,80})\)/g)) {
    const inside = group[1]!;
    const insideStart = group.index + 1;
    for (const word of inside.matchAll(/(?<![\p{L}\p{N}])[A-Z]{2,5}(?![\p{L}\p{N}])/gu)) {
      const before = inside.slice(0, word.index);
      const after = inside.slice(word.index + word[0].length);
      if (!/(?:^|\b(?:in|times?|hours?|are|zone|timezone)|:)[ \t]*$/i.test(before) || !/^[ \t]*(?:$|[,;/])/.test(after)) continue;
      if (!isUnknownZoneWord(word[0])) continue;
      const start = base + insideStart + word.index;
      found.push({ raw: word[0], start, end: start + word[0].length });
    }
  }
  return found;
}

function isSwappedAbbreviation(word: string): boolean {
  for (let index = 0; index + 1 < word.length; index++) {
    if (Object.hasOwn(ABBREVIATIONS, word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2))) return true;
  }
  return false;
}

// A place a reader can resolve ("10:00 LAGOS -", "(all times UK)") is not an unknown zone either.
function isUnknownZoneWord(word: string): boolean {
  return !Object.hasOwn(ABBREVIATIONS, word) && !RESOLVABLE_ELSEWHERE.has(word) && !NOT_ZONES.has(word) && !placeZones().has(word.toLowerCase());
}

/** A person's name for a zone ("Pacific Time", "India Standard Time"), else the zone as given. */
export function zoneDisplayName(zone: string): string {
  if (zone === 'UTC') return 'Coordinated Universal Time';
  if (!isKnownIanaZone(zone) || zone.startsWith('UTC')) return zone;
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(0).find((part) => part.type === 'timeZoneName')?.value;
  // Without full ICU data the runtime answers "GMT-08:00", which names no place.
  return name === undefined || /^GMT[+-]/.test(name) ? zone : name;
}
