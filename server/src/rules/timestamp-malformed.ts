/** timestamp-malformed: a timeline time that is close to a time but not well formed. */
import { formatTimestamp, inferClockStyle, type Timestamp, type TimestampProblem } from '../time/timestamp';
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
        message: `"${timestamp.raw}" is not a well-formed time: ${explain(problem, timestamp)}${suggestion}`,
        span: { start: timestamp.start, end: timestamp.end },
        fix:
          replacement === undefined || replacement === timestamp.raw
            ? undefined
            : () => ({ title: `Write "${replacement}"`, edits: [{ span: { start: timestamp.start, end: timestamp.end }, newText: replacement }] }),
      });
    }
  },
};

function explain(problem: TimestampProblem, timestamp: Timestamp): string {
  switch (problem) {
    case 'space-in-time':
      return 'there is a space inside the time';
    case 'meridiem-case':
      return `write "${timestamp.meridiemText!.toUpperCase()}" or "${timestamp.meridiemText!.toLowerCase()}", not "${timestamp.meridiemText}"`;
    case 'meridiem-punctuation':
      return `write "${timestamp.meridiem === 'am' ? 'a.m.' : 'p.m.'}" with both periods, or "${timestamp.meridiem === 'am' ? 'AM' : 'PM'}"`;
    case 'hour-out-of-range':
      return timestamp.meridiem ? `a 12-hour time has no hour ${timestamp.hour}` : `there is no hour ${timestamp.hour}`;
    case 'minute-out-of-range':
      return 'minutes and seconds run from 00 to 59';
    case 'zero-hour-with-meridiem':
      return `a 12-hour clock has no hour 0 (midnight is 12:${String(timestamp.minute).padStart(2, '0')} AM)`;
  }
}
