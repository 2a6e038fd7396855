/** The outage's duration as the summary states it ("lasted 2 hours", "a 90-minute outage"). */
import type { Span, StatedDuration } from '../types';
import { SENTENCE_END } from './sentence';
import { DAY } from './window';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};
const COUNT = String.raw`(\d+(?:\.\d+)?|forty[- ]five|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)`;
// One count and unit: "2 hours", "3hrs", "20m", "90-minute", "2 and a half hours", "an hour and a half".
const PART = new RegExp(
  String.raw`${COUNT}([ \t]+and[ \t]+(?:a[ \t]+)?half)?(?:(?<=\d)(h|hrs?|m|mins?)|[ \t]*(-)?[ \t]*(days?|hours?|hrs?|minutes?|mins?))(?![\p{L}\p{N}])([ \t]+and[ \t]+a[ \t]+half)?`,
  'iuy',
);
const JOIN = /[ \t]*,?[ \t]*(?:and[ \t]+)?/y;
const HALF = /half[ \t-]+(?:an?[ \t]+)?(hour|day)(?![\p{L}])/iuy;
// Not glued to a word before it: "last-4-hours", "T-72h" are no duration of the outage.
const DURATION_START = /(?<![\p{L}\p{N}.:-])(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half)/giu;

// What says a duration is the outage's: "lasted", "duration:", "downtime of", "for a total of", "(2 hours 30 minutes)".
const DURATION_CUE =
  /(?:\b(?:lasted|lasting|lasts|last(?:ed)?\s+for|duration(?:\s+of(?:\s+(?:the\s+)?(?:outage|incident|downtime|disruption))?)?|downtime(?:\s+(?:of|was|lasted))?|(?:outage|disruption|interruption|incident)\s+(?:of|was|lasted)|total\s+of|(?:period|span|window)\s+of)[\s:=]*|\()$/i;
// A label that names the outage's length: "Duration:", "**Full outage:** approximately 56 hours",
// "Total downtime (approx.):".
const LABEL_CUE = /^[\s>*+-]*(?:[\p{L}\p{N}.'’ \t-]{0,40}\b(?:outage|downtime|duration|disruption|interruption|total\s+time)\b[^:\n]{0,40}):$/iu;
// "down for 66 minutes": "for" counts after a word that says the service was out.
const FOR = /\bfor$/i;
const OUT_OF_SERVICE =
  /\b(?:down|slow|delayed|late|stalled|unavailable|offline|inaccessible|unreachable|unresponsive|degraded|disrupted|impacted|affected|outage|halt(?:ed)?|interrupted|interruption|broken|failing|failed|errors?|stopped|unable|not\s+(?:operational|accessible|available|working))\b/i;
// "a 3-hour outage"; "a 3-hour window" (but "this 5-minute window" points back at some other span).
const COMPOUND_NOUN = /^[ \t]+(?:long[ \t]+)?(?:outage|downtime|incident|disruption|interruption|degradation|failure|blackout)\b/i;
const COMPOUND_SPAN = /^[ \t]+(?:long[ \t]+)?(?:window|period)\b/i;
const QUALIFIER =
  /(?:^|[\s(])(approximately|approx\.?|about|around|roughly|nearly|almost|close\s+to|circa|some|an?\s+estimated|estimated|just\s+over|just\s+under|over|more\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|under|less\s+than|up\s+to|no\s+more\s+than|not\s+more\s+than|within|~)[\s]*$/i;

/**
 * The outage's duration as the summary states it: the first one with a cue that says it is the
 * outage's. A summary that states durations which disagree ("a dark outage of 8 hours … about 56
 * hours until edits were restored", "12 hours … 5 minutes of data loss") tells phases or other
 * spans, and which one is the outage's is a guess: none is read then.
 */
export function readStatedDuration(text: string, prose: readonly Span[]): StatedDuration | undefined {
  let first: StatedDuration | undefined;
  for (const line of prose) {
    const lineText = text.slice(line.start, line.end);
    DURATION_START.lastIndex = 0;
    for (let match = DURATION_START.exec(lineText); match; match = DURATION_START.exec(lineText)) {
      const parsed = parseDurationAt(lineText, match.index);
      if (!parsed) continue;
      DURATION_START.lastIndex = match.index + parsed.length;
      const stated = statedAt(lineText, match.index, parsed, line.start);
      if (!stated) continue;
      if (!first) first = stated;
      else if (Math.abs(first.minutes - stated.minutes) > Math.max(first.resolution, stated.resolution) / 2) return undefined;
    }
  }
  return first;
}

interface ParsedDuration {
  length: number;
  minutes: number;
  resolution: number;
  style: StatedDuration['style'];
}

/** Reads a duration written at `index`: "2 hours", "1h 20m", "an hour and a half", "half an hour", "90-minute". */
export function parseDurationAt(text: string, index: number): ParsedDuration | undefined {
  HALF.lastIndex = index;
  const half = HALF.exec(text);
  if (half) {
    const unit = unitMinutes(half[1]!);
    return { length: half[0].length, minutes: unit / 2, resolution: unit / 2, style: 'words' };
  }
  let cursor = index;
  let minutes = 0;
  let resolution = Infinity;
  let style: StatedDuration['style'] = 'words';
  let previousUnit = Infinity;
  for (let part = 0; part < 3; part++) {
    PART.lastIndex = cursor;
    const match = PART.exec(text);
    if (!match) break;
    const [whole, countText, andHalf, short, hyphen, long, halfAfter] = match;
    const unit = unitMinutes((short ?? long)!);
    if (unit >= previousUnit) break;
    const count = countOf(countText!);
    const halved = Boolean(andHalf || halfAfter);
    minutes += (count + (halved ? 0.5 : 0)) * unit;
    resolution = Math.min(resolution, precisionOf(countText!, halved) * unit);
    if (short) style = 'short';
    if (hyphen) style = 'compound';
    previousUnit = unit;
    cursor += whole.length;
    JOIN.lastIndex = cursor;
    const join = JOIN.exec(text);
    if (!join || style === 'compound') break;
    // Only move past the joining words when another part follows them.
    PART.lastIndex = cursor + join[0].length;
    if (!PART.test(text)) break;
    cursor += join[0].length;
  }
  if (cursor === index || minutes <= 0) return undefined;
  return { length: cursor - index, minutes: Math.round(minutes), resolution: Math.max(1, resolution), style };
}

function unitMinutes(unit: string): number {
  const lower = unit.toLowerCase();
  if (lower.startsWith('d')) return DAY;
  if (lower.startsWith('h')) return 60;
  return 1;
}

function countOf(text: string): number {
  const lower = text.toLowerCase();
  return NUMBER_WORDS[lower] ?? NUMBER_WORDS[lower.replace(/[ \t]+/, ' ')] ?? Number(text);
}

// The rounding a count allows, as a fraction of its unit: whole counts 1, "and a half" or ".5" a half, "2.25" a hundredth.
function precisionOf(countText: string, halved: boolean): number {
  const decimals = /\.(\d+)$/.exec(countText)?.[1];
  if (halved || decimals === '5') return 0.5;
  return decimals === undefined ? 1 : 10 ** -decimals.length;
}

// The duration at `index` is the outage's when a cue comes before it (after any qualifier), or it is an adjective of an outage word.
function statedAt(lineText: string, index: number, parsed: ParsedDuration, base: number): StatedDuration | undefined {
  const raw = lineText.slice(index, index + parsed.length);
  const after = lineText.slice(index + parsed.length, index + parsed.length + 40);
  let before = sentenceBefore(lineText, index).replace(/[*_`]/g, '');
  const qualifierMatch = QUALIFIER.exec(before);
  // Up to the qualifier's word, keeping what opened it: "(about 12 hours)" is cued by its "(".
  if (qualifierMatch) before = before.slice(0, qualifierMatch.index + qualifierMatch[0].indexOf(qualifierMatch[1]!));
  before = before.trimEnd();
  const cued =
    (parsed.style === 'compound' && (COMPOUND_NOUN.test(after) || (COMPOUND_SPAN.test(after) && /\ban?[ \t]*$/i.test(before)))) ||
    DURATION_CUE.test(before) ||
    LABEL_CUE.test(before) ||
    (before.endsWith('(') && /\d[:.]\d\d|\d\s*[ap]\.?m/i.test(before)) ||
    (FOR.test(before) && OUT_OF_SERVICE.test(before));
  if (!cued) return undefined;
  let qualifier = qualifierOf(qualifierMatch?.[1]);
  if (qualifier === 'exact' && /^(?:[ \t]+or[ \t]+so\b|-?ish\b)/i.test(after)) qualifier = 'about';
  return {
    span: { start: base + index, end: base + index + parsed.length },
    raw,
    minutes: parsed.minutes,
    resolution: parsed.resolution,
    qualifier,
    approximate: qualifier !== 'exact',
    style: parsed.style,
  };
}

// The sentence up to `index`, at most 100 characters ("approx." does not end one).
function sentenceBefore(lineText: string, index: number): string {
  const window = lineText.slice(Math.max(0, index - 100), index);
  const ends = [...window.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  return last ? window.slice(last.index + 1) : window;
}

function qualifierOf(word: string | undefined): StatedDuration['qualifier'] {
  if (word === undefined) return 'exact';
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:over|more than|at least|upwards of|in excess of)$/.test(lower)) return 'at-least';
  if (/^(?:under|less than|up to|no more than|not more than|within)$/.test(lower)) return 'at-most';
  return 'about';
}
