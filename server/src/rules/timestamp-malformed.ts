/**
 * timestamp-malformed: a time that is close to a time but not well formed, at the start of a
 * timeline entry, or with an am/pm marker anywhere in the prose.
 */
import { lineSpans, overlapsAny } from '../parse/lines';
import type { PostmortemDoc, Span } from '../parse/types';
import { findTimestamps, loneMeridiemLetterLength } from '../time/candidates';
import { formatTimestamp, inferClockStyle, namedTimeOf, type ClockStyle, type Timestamp, type TimestampProblem } from '../time/timestamp';
import type { Report, Rule } from './types';

export const timestampMalformed: Rule = {
  id: 'timestamp-malformed',
  description: 'Times are well formed: "1:55 PM", not "1: 55 PM", "3:pm", "11:05 A M", "10:00 M" or "13:00 PM" (and, with markerSpelling, not "11:05 Am" or "2:30 a.m").',
  severity: 'warning',
  tags: ['timeline', 'time'],
  fixable: true,
  options: {
    markerSpelling: {
      type: 'boolean',
      default: false,
      description: 'Also report an am/pm marker spelled another way that cannot be misread ("9:30 Am", "2:30 p.m").',
    },
  },
  check({ doc, views, options, report }) {
    const spelling = options['markerSpelling'] as boolean;
    const entries = doc.timeline.entries.map((entry) => ({ timestamp: entry.timestamp, line: entry.line }));
    const entryLines = entries.map((entry) => entry.line);
    const style = inferClockStyle(entries.map((entry) => entry.timestamp));
    const found: Array<Report & { habit?: string }> = [];
    const seen = new Set<number>();
    for (const { timestamp, line } of entries) {
      seen.add(timestamp.start);
      const finding = malformed(doc, timestamp, line.end, style, true, spelling);
      if (finding) found.push({ ...finding, habit: spelling ? habitOf(timestamp) : undefined });
    }
    // Times in the prose anywhere: the summary, a timeline told as prose ("…resolved the block at
    // 18:40 PM UTC"), a "Detection and duration" paragraph ("from 12:00 pm to 12: 48pm").
    // An entry's line was read as the entry ("1. 10:00 AM - …" is item 1 at 10:00 AM, not "1. 10:00"): not read again.
    for (const { timestamp, line } of proseTimestamps(views.prose(), entryLines)) {
      if (seen.has(timestamp.start)) continue;
      seen.add(timestamp.start);
      const finding = malformed(doc, timestamp, line.end, style, false, spelling);
      if (finding) found.push({ ...finding, habit: spelling ? habitOf(timestamp) : undefined });
    }
    // A marker written the same wrong way three times or more ("10:35 a.m", "2:25 p.m", …) is the
    // author's habit, not a slip at each time: said once, on the first, with how many there are.
    const habits = new Map<string, number>();
    for (const finding of found) if (finding.habit) habits.set(finding.habit, (habits.get(finding.habit) ?? 0) + 1);
    const told = new Set<string>();
    found.sort((a, b) => a.span.start - b.span.start);
    for (const { habit, ...finding } of found) {
      const count = habit ? habits.get(habit)! : 1;
      if (count < HABIT) report(finding);
      else if (!told.has(habit!)) {
        told.add(habit!);
        // Its fix writes every time of the habit, so one quick fix corrects them all.
        const fixes = found.filter((other) => other.habit === habit).map((other) => other.fix);
        report({
          ...finding,
          message: `${finding.message} (${count} times in this report are written this way)`,
          fix: fixes.every((fix) => fix !== undefined)
            ? () => {
                const made = fixes.map((fix) => fix!());
                return made.every((fix) => fix !== undefined) ? { title: `${made[0]!.title}, and ${count - 1} more written the same way`, edits: made.flatMap((fix) => fix!.edits) } : undefined;
              }
            : undefined,
        });
      }
    }
  },
};

const HABIT = 3;

// A marker spelled another way that no one misreads ("9:30 Am", "2:30 p.m"): reported only when
// asked (markerSpelling). Over the blind reviews, all twelve such findings were judged nitpicks.
const SPELLING: ReadonlySet<TimestampProblem> = new Set<TimestampProblem>(['meridiem-case', 'meridiem-punctuation']);

// The habit a cosmetic problem shows: how the marker is written ("a.m" for "a.m" and "p.m"), for a
// marker's case or punctuation; undefined for a problem that makes the time doubtful.
function habitOf(timestamp: Timestamp): string | undefined {
  const problem = timestamp.problems[0];
  // "13:00 Pm" is no habit of spelling: its hour cannot be, and that is said each time.
  if (!SPELLING.has(problem!) || timestamp.problems.some((each) => !SPELLING.has(each)) || timestamp.meridiemText === undefined) return undefined;
  return `${problem}:${timestamp.meridiemText.replace(/[aApP]/, 'x')}`;
}

/**
 * The finding for one time, if it is malformed. In the summary's prose a time counts only with a
 * marker after it: "1: 55 PM" is a time, "step 1: 55 users" is not.
 */
function malformed(doc: PostmortemDoc, timestamp: Timestamp, lineEnd: number, style: ClockStyle, atEntryStart: boolean, spelling: boolean): Report | undefined {
  // A problem that makes the time doubtful ("13:00 Pm": no hour 13) is said before its spelling.
  const problem = timestamp.problems.find((each) => !SPELLING.has(each)) ?? (spelling ? timestamp.problems[0] : undefined);
  if (problem === undefined) {
    if (timestamp.problems.length > 0) return undefined; // only the marker's spelling, not asked for
    if (timestamp.meridiemText !== undefined || timestamp.notation !== 'clock') return undefined;
    const letter = loneMeridiemLetterLength(doc.text.slice(timestamp.end, Math.min(lineEnd, timestamp.end + 40)));
    if (letter === 0) return undefined;
    const end = timestamp.end + letter;
    const raw = doc.text.slice(timestamp.start, end);
    const time = timestamp.raw.replace(/[ \t]+/g, '');
    return {
      message: `"${raw}" is not a well-formed time: "M" alone is not an am/pm marker; write "${time} AM" or "${time} PM" (or "${time}" on a 24-hour clock)`,
      span: { start: timestamp.start, end },
    };
  }
  if (!atEntryStart && timestamp.meridiemText === undefined) return undefined;
  // "00:00 AM (midnight)": the words beside the time say which it is, so no reader is misled.
  if (problem === 'zero-hour-with-meridiem' && /^[ \t]*[([–—,-]?[ \t]*midnight\b/i.test(doc.text.slice(timestamp.end, Math.min(lineEnd, timestamp.end + 20)))) return undefined;
  const replacement = formatTimestamp(timestamp, style);
  const suggestion = replacement === undefined ? '' : `; did you mean "${replacement}"?`;
  const span = { start: timestamp.start, end: timestamp.end };
  return {
    message: `"${timestamp.raw}" is not a well-formed time: ${explainTimestampProblem(problem, timestamp)}${suggestion}`,
    span,
    fix: replacement === undefined || replacement === timestamp.raw ? undefined : () => ({ title: `Write "${replacement}"`, edits: [{ span, newText: replacement }] }),
  };
}

/** Every time in the prose (not code or HTML) outside the entries' lines, with the line it is on. */
function proseTimestamps(prose: string, entryLines: readonly Span[]): Array<{ timestamp: Timestamp; line: Span }> {
  const found: Array<{ timestamp: Timestamp; line: Span }> = [];
  for (const span of lineSpans(prose)) {
    if (overlapsAny(entryLines, span.start, span.end)) continue;
    // An ordered list's number is no hour: "1. 10:00 AM review" is item 1 at 10:00 AM.
    const text = prose.slice(span.start, span.end).replace(/^([ \t>]*)(\d{1,3}[.)])(?=[ \t])/, (_, lead: string, number: string) => lead + ' '.repeat(number.length));
    for (const timestamp of findTimestamps(text, span.start)) found.push({ timestamp, line: span });
  }
  return found;
}

/** Why a timestamp with `problem` is not well formed, in words ("there is a space inside the time"). */
export function explainTimestampProblem(problem: TimestampProblem, timestamp: Timestamp): string {
  const { hour, minute, meridiem, meridiemText } = timestamp;
  const markers = meridiem === 'am' ? ['a.m.', 'AM'] : ['p.m.', 'PM'];
  switch (problem) {
    case 'space-in-time':
      return 'there is a space inside the time';
    case 'semicolon':
      return 'a semicolon stands where the colon goes';
    case 'minutes-missing':
      return 'the minutes are missing after the colon';
    case 'minute-digits': {
      // In the author's own writing, seconds and all ("07:7:47" is "07:07:47"); "7:70" is no time.
      const digit = /([:.])(\d)(?!\d)/;
      const written = /^\d{1,2}[:.]\d(?:[:.]\d\d)?$/.test(timestamp.raw);
      const padded = written ? timestamp.raw.replace(digit, '$10$2') : `${hour}:0${minute}`;
      const tens = written ? timestamp.raw.replace(digit, '$1$20') : `${hour}:${minute}0`;
      return minute * 10 < 60 ? `minutes take two digits: "${padded}" or "${tens}"?` : `minutes take two digits: "${padded}"?`;
    }
    case 'meridiem-case':
      return `write "${meridiemText!.toUpperCase()}" or "${meridiemText!.toLowerCase()}", not "${meridiemText}"`;
    case 'meridiem-punctuation':
      return `write "${markers[0]}" with both periods, or "${markers[1]}"`;
    case 'meridiem-space':
      return `there is a space inside "${meridiemText}": write "${markers[1]}" or "${markers[0]}"`;
    case 'meridiem-incomplete':
      return `"${meridiemText}" is half an am/pm marker: write "${markers[1]}" or "${markers[0]}"`;
    case 'named-time-mismatch':
      if (timestamp.minutesOfDay === undefined) return `${namedTimeOf(meridiemText)} is 12:00, so this names two different times`;
      return namedTimeOf(meridiemText) === 'noon' ? 'noon is exactly 12:00' : 'midnight is exactly 12:00 AM (00:00)';
    case 'hour-out-of-range':
      return meridiem ? `a 12-hour time has no hour ${hour}` : `there is no hour ${hour}`;
    case 'minute-out-of-range':
      return 'minutes and seconds run from 00 to 59';
    case 'zero-hour-with-meridiem':
      return `a 12-hour clock has no hour 0 (midnight is 12:${String(minute).padStart(2, '0')} AM)`;
  }
}
