/** timeline-order: each timeline entry is no earlier than the one before it, within a day. */
import type { Rule } from './types';

const DAY = 24 * 60;
const HALF_DAY = 12 * 60;
const QUARTER_DAY = 6 * 60;

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'Timeline entries run forwards in time within each day; a plausible midnight rollover is fine.',
  severity: 'warning',
  tags: ['timeline', 'time'],
  fixable: false,
  check({ doc, report }) {
    const entries = doc.timeline.entries.filter((entry) => entry.timestamp.minutesOfDay !== undefined); // unreadable: reported elsewhere
    // With no am/pm, no hour past 12 and no zero-padded hour anywhere, "11:40" then "1:05" most likely crosses noon.
    const twelveHourWithoutMarkers = entries.every(
      ({ timestamp }) => timestamp.meridiem === undefined && timestamp.hour >= 1 && timestamp.hour <= 12 && !timestamp.raw.startsWith('0'),
    );
    for (let index = 1; index < entries.length; index++) {
      const previous = entries[index - 1]!;
      const current = entries[index]!;
      if (previous.group !== current.group) continue;
      const before = previous.timestamp.minutesOfDay!;
      const now = current.timestamp.minutesOfDay!;
      if (now >= before) continue;
      // Past midnight is plausible when the step forward is at most 12 hours; past noon, at most 6.
      if (now + DAY - before <= HALF_DAY) continue;
      if (twelveHourWithoutMarkers && now + HALF_DAY - before <= QUARTER_DAY) continue;
      report({
        message: `"${current.timestamp.raw}" is earlier than "${previous.timestamp.raw}" before it: the timeline runs backwards here. If a day passed, start the new day with a date line such as "- Oct 30".`,
        span: { start: current.timestamp.start, end: current.timestamp.end },
      });
    }
  },
};
