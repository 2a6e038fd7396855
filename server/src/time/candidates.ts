/**
 * Finding clock times anywhere in a run of prose (not only at the start of a timeline entry), and
 * what a time-reader cannot see by itself: a lone "M" left where an am/pm marker was meant ("10:00 M").
 */
import { readTimestampAt, type Timestamp } from './timestamp';

// A digit that starts a number: the only places a time can start.
const NUMBER_START = /(?<![\p{L}\p{N}.:])\d/gu;

/** Every clock time in `text`, in order; `base` is added to the offsets. */
export function findTimestamps(text: string, base = 0): Timestamp[] {
  const found: Timestamp[] = [];
  NUMBER_START.lastIndex = 0;
  for (let match = NUMBER_START.exec(text); match; match = NUMBER_START.exec(text)) {
    const timestamp = readTimestampAt(text, match.index, base);
    if (!timestamp) continue;
    found.push(timestamp);
    NUMBER_START.lastIndex = timestamp.end - base;
  }
  return found;
}

// "10:00 M", "10:00M —", "10:00 m (UTC)", "at 10:00 M and": an "M" standing alone after the time,
// then the end of the time's words (a separator, a bracket, a zone, a lowercase word, the end of the
// line). "10:00 M. Smith" and "10:00 M Smith" may be a name's initial and are not read.
const LONE_M = /[ \t]?[mM](?![\p{L}\p{N}'’])(?:\.(?=[ \t]*(?:$|[\r\n])))?(?=[ \t]*(?:$|[\r\n]|[-–—|:,;)\]*_(]|[ \t]+\p{Ll}|[ \t](?:UTC|GMT|[A-Z]{2,4}T)\b))/uy;

/**
 * The length of a lone "M" (with the space before it) at the start of `rest`, the text right after
 * a time written without a marker; 0 when there is none.
 */
export function loneMeridiemLetterLength(rest: string): number {
  LONE_M.lastIndex = 0;
  return LONE_M.exec(rest)?.[0].length ?? 0;
}

/** A time told from the start of the incident, at the start of a text: "T-0:", "T+15min:", "T+1h 30m", "T + 2 hours", "T-72h". */
export const RELATIVE_TIME = /^T[ \t]*(?:[+\-−][ \t]*\d+(?:[.:]\d+)?[ \t]*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)?(?:[ \t]*\d+[ \t]*(?:m|mins?|minutes?))?|[+\-−]?0)(?![\p{L}\p{N}])/iu;
