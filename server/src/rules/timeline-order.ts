/** timeline-order: each timeline entry is no earlier than the one before it, within a day. */
import type { TimelineEntry } from '../parse/types';
import type { Rule } from './types';

const DAY = 24 * 60;
const HALF_DAY = 12 * 60;

export const timelineOrder: Rule = {
  id: 'timeline-order',
  description: 'Timeline entries run forwards in time within each day; a plausible midnight rollover is fine.',
  severity: 'warning',
  tags: ['timeline', 'time'],
  fixable: false,
  check({ doc, report }) {
    const byGroup = new Map<number, TimelineEntry[]>();
    for (const entry of doc.timeline.entries) {
      if (entry.timestamp.minutesOfDay === undefined) continue; // malformed beyond repair: reported elsewhere
      const group = byGroup.get(entry.group) ?? [];
      group.push(entry);
      byGroup.set(entry.group, group);
    }
    for (const entries of byGroup.values()) {
      // Without any am/pm and with no hour past 12, "11:40" then "1:05" most likely crosses noon.
      const twelveHourWithoutMarkers = entries.every((entry) => entry.timestamp.meridiem === undefined && entry.timestamp.hour >= 1 && entry.timestamp.hour <= 12);
      const wrap = twelveHourWithoutMarkers ? HALF_DAY : DAY;
      for (let index = 1; index < entries.length; index++) {
        const previous = entries[index - 1]!;
        const current = entries[index]!;
        const before = previous.timestamp.minutesOfDay!;
        const now = current.timestamp.minutesOfDay!;
        if (now >= before) continue;
        // Going past midnight (or noon, see above) is plausible when the step forward is at most 12 hours.
        if (now + wrap - before <= HALF_DAY) continue;
        report({
          message: `"${current.timestamp.raw}" is earlier than "${previous.timestamp.raw}" before it: the timeline runs backwards here. If a day passed, start the new day with a date line such as "- Oct 30".`,
          span: { start: current.timestamp.start, end: current.timestamp.end },
        });
      }
    }
  },
};
