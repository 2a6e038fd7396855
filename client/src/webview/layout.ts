/**
 * Where the preview draws each entry. The axis is to scale: one scale for the whole timeline, chosen
 * so that most gaps between entries get at least a row's height. A gap far longer than the others
 * (and over three hours) is a break in the axis labelled with its real length ("20 h later"), never
 * a short stretch that passes for minutes. Labels sit at their entry's place on the axis, pushed down
 * only as far as needed not to overlap, with a connector back to the exact place.
 */

/** Pixels a label row needs. */
export const ROW = 44;
/** Pixels a break in the axis takes. */
const BREAK = 56;
/** A gap is a break when it is this many times the typical gap, and at least MIN_BREAK minutes. */
const BREAK_FACTOR = 8;
const MIN_BREAK = 180;
/** Never more than this many rows for one gap. */
const MAX_GAP_ROWS = 12;
const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const TOP = 24;
const TICK_STEPS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];
const MIN_TICK_SPACING = 56;

/** What the layout needs of an entry: its place on the axis (minutes) and on its own clock. */
export interface AxisEntry {
  minutes: number;
  minuteOfDay: number;
  day: string | undefined;
}

/** A break in the axis: a gap of `minutes` drawn at `y` in BREAK pixels. */
export interface AxisBreak {
  y: number;
  minutes: number;
}

/** The layout of one timeline: pixel positions for every entry, tick, day boundary and break. */
export interface TimelineLayout {
  /** Pixels per minute on the drawn parts of the axis. */
  scale: number;
  /** The entry's exact place on the axis, in entry order. */
  markerY: number[];
  /** Where its label row starts (at or below its marker). */
  labelY: number[];
  breaks: AxisBreak[];
  /** Clock ticks on the drawn parts: "13:00" at `y`. */
  ticks: Array<{ y: number; minuteOfDay: number }>;
  /** Day boundaries: the first moment of `day` at `y`. */
  days: Array<{ y: number; day: string }>;
  height: number;
}

/** Lays out entries already sorted by `minutes`. */
export function layoutTimeline(entries: readonly AxisEntry[]): TimelineLayout {
  const gaps = entries.slice(1).map((entry, index) => entry.minutes - entries[index]!.minutes);
  const positive = gaps.filter((gap) => gap > 0).sort((a, b) => a - b);
  const quantile = (q: number) => (positive.length > 0 ? positive[Math.floor((positive.length - 1) * q)]! : 1);
  const typical = quantile(0.5);
  const breakAt = Math.max(MIN_BREAK, BREAK_FACTOR * typical);
  // Short gaps (the lower quartile) get a row each; the scale never makes one gap taller than MAX_GAP_ROWS rows.
  const longestDrawn = Math.max(1, ...positive.filter((gap) => gap <= breakAt));
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.min(ROW / quantile(0.25), (MAX_GAP_ROWS * ROW) / longestDrawn)));
  const markerY: number[] = [];
  const labelY: number[] = [];
  const breaks: AxisBreak[] = [];
  const ticks: TimelineLayout['ticks'] = [];
  const days: TimelineLayout['days'] = [];
  const step = TICK_STEPS.find((minutes) => minutes * scale >= MIN_TICK_SPACING) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const clockOf = (minutes: number) => entries[0]!.minuteOfDay + (minutes - entries[0]!.minutes);
  entries.forEach((entry, index) => {
    if (index === 0) {
      if (entry.day !== undefined) days.push({ y: 0, day: entry.day });
      markerY.push(TOP);
      labelY.push(TOP);
      return;
    }
    const previous = entries[index - 1]!;
    const gap = entry.minutes - previous.minutes;
    const from = markerY[index - 1]!;
    let y: number;
    if (gap > breakAt) {
      breaks.push({ y: from + ROW / 2, minutes: gap });
      y = from + ROW / 2 + BREAK;
      if (entry.day !== previous.day && entry.day !== undefined) days.push({ y: from + ROW / 2 + BREAK / 2, day: entry.day });
    } else {
      y = from + gap * scale;
      // Clock ticks strictly between the two entries, at multiples of the step on the first entry's clock.
      const first = Math.floor(clockOf(previous.minutes) / step) + 1;
      for (let tick = first * step; tick < clockOf(entry.minutes); tick += step) ticks.push({ y: from + (tick - clockOf(previous.minutes)) * scale, minuteOfDay: tick });
      if (entry.day !== previous.day && entry.day !== undefined) {
        const midnight = entry.minutes - entry.minuteOfDay;
        days.push({ y: from + Math.max(0, Math.min(gap, midnight - previous.minutes)) * scale, day: entry.day });
      }
    }
    markerY.push(y);
    labelY.push(Math.max(y, labelY[index - 1]! + ROW));
  });
  const last = Math.max(markerY[markerY.length - 1] ?? 0, labelY[labelY.length - 1] ?? 0);
  return { scale, markerY, labelY, breaks, ticks, days, height: entries.length === 0 ? 0 : last + ROW + TOP };
}
