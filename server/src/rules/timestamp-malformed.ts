/** timestamp-malformed: a timeline time that is close to a time but not well formed. */
import { formatTimestamp, inferClockStyle, namedTimeOf, type Timestamp, type TimestampProblem } from '../time/timestamp';
import type { Rule } from './types';

export const timestampMalformed: Rule = {
  id: 'timestamp-malformed',
  description: 'Timeline times are well formed: "1:55 PM", not "1: 55 PM", "11:05 Am", "2:30 a.m" or "13:00 PM".',
  severity: 'warning',
  tags: ['timeline', 'time'],
  fixable: true,
  check({ doc, report }) {
    const timestamps = doc.timeline.entries.map((entry) => entry.timestamp);
    const style = inferClockStyle(timestamps);
    for (const timestamp of timestamps) {
      const problem = timestamp.problems[0];
      if (problem === undefined) continue;
      const replacement = formatTimestamp(timestamp, style);
      const suggestion = replacement === undefined ? '' : `; did you mean "${replacement}"?`;
      report({
        message: `"${timestamp.raw}" is not a well-formed time: ${explainTimestampProblem(problem, timestamp)}${suggestion}`,
        span: { start: timestamp.start, end: timestamp.end },
        fix:
          replacement === undefined || replacement === timestamp.raw
            ? undefined
            : () => ({ title: `Write "${replacement}"`, edits: [{ span: { start: timestamp.start, end: timestamp.end }, newText: replacement }] }),
      });
    }
  },
};

/** Why a timestamp with `problem` is not well formed, in words ("there is a space inside the time"). */
export function explainTimestampProblem(problem: TimestampProblem, timestamp: Timestamp): string {
  const { hour, minute, meridiem, meridiemText } = timestamp;
  const markers = meridiem === 'am' ? ['a.m.', 'AM'] : ['p.m.', 'PM'];
  switch (problem) {
    case 'space-in-time':
      return 'there is a space inside the time';
    case 'minute-digits':
      return `minutes take two digits: "${hour}:0${minute}" or "${hour}:${minute}0"?`;
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
