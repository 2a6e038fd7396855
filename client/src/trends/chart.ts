/**
 * The incident trends chart laid out, without a DOM: dates along x, minutes along y, one series per
 * metric (duration, time to detect, time to resolve). An incident goes on the time axis by its own
 * local day and clock (a 14:00 PST outage sits on its own day, not on the next one in UTC); one with
 * no date is left out, and so is a metric a report does not give, and both are counted for the note.
 */
import type { TrendsIncident, TrendsMetric } from './messages';

/** The series, in legend order: the metric, its name, and the CSS class that colours it. */
export const SERIES: ReadonlyArray<{ metric: TrendsMetric; name: string; className: string }> = [
  { metric: 'durationMinutes', name: 'Duration', className: 'duration' },
  { metric: 'timeToDetectMinutes', name: 'Time to detect', className: 'detect' },
  { metric: 'timeToResolveMinutes', name: 'Time to resolve', className: 'resolve' },
];

/** The drawing's size, in the SVG's own units. */
export interface ChartSize {
  width: number;
  height: number;
}

/** One incident's value of one metric, placed. */
export interface ChartPoint {
  x: number;
  y: number;
  minutes: number;
  /** Index into the incidents given. */
  incident: number;
}

/** Everything the page draws of the chart. */
export interface TrendsChart {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; minutes: number }>;
  series: Array<{ metric: TrendsMetric; name: string; className: string; points: ChartPoint[] }>;
  /** Incidents with no date: not on the chart. */
  undated: number;
  /** Per metric, dated incidents that do not give it. */
  missing: Record<TrendsMetric, number>;
}

const DAY = 86_400_000;
/** Day 4 of the epoch (1970-01-05) was a Monday. */
const MONDAY = 4;
const MARGIN = { left: 76, top: 12, right: 20, bottom: 30 };
const MIN_X_TICK_SPACING = 84;
const MAX_Y_TICKS = 6;
const Y_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 4320, 10080];
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Where the incident sits on the time axis (ms, its local clock read as UTC), or undefined without a date. */
export function incidentTime(incident: Pick<TrendsIncident, 'date' | 'start'>): number | undefined {
  const at = incident.start ? Date.parse(`${incident.start.slice(0, 19)}Z`) : incident.date ? Date.parse(`${incident.date}T12:00:00Z`) : NaN;
  return Number.isFinite(at) ? at : undefined;
}

/** Lays out the chart of `incidents` in a drawing of `size`. */
export function layoutTrends(incidents: readonly TrendsIncident[], size: ChartSize = { width: 720, height: 300 }): TrendsChart {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
  const times = incidents.map(incidentTime);
  const missing = { durationMinutes: 0, timeToDetectMinutes: 0, timeToResolveMinutes: 0 };
  const values: number[] = [];
  // The axis spans the incidents that are drawn: a dated report with no metric is only counted.
  const drawn: number[] = [];
  incidents.forEach((incident, index) => {
    const time = times[index];
    if (time === undefined) return;
    for (const { metric } of SERIES) {
      const value = incident[metric];
      if (value === null) missing[metric]++;
      else values.push(Math.max(0, value));
    }
    if (SERIES.some(({ metric }) => incident[metric] !== null)) drawn.push(time);
  });
  const [from, to] = timeDomain(drawn);
  const yStep = Y_STEPS.find((step) => Math.max(...values, 0) / step <= MAX_Y_TICKS - 1) ?? Y_STEPS[Y_STEPS.length - 1]!;
  const yMax = Math.max(yStep, Math.ceil(Math.max(...values, 0) / yStep) * yStep);
  const x = (time: number) => plot.left + ((time - from) / (to - from)) * (plot.right - plot.left);
  const y = (minutes: number) => plot.bottom - (Math.max(0, minutes) / yMax) * (plot.bottom - plot.top);
  const series = SERIES.map(({ metric, name, className }) => {
    const points: ChartPoint[] = [];
    incidents.forEach((incident, index) => {
      const time = times[index];
      const value = incident[metric];
      if (time !== undefined && value !== null) points.push({ x: round(x(time)), y: round(y(value)), minutes: value, incident: index });
    });
    return { metric, name, className, points: points.sort((a, b) => a.x - b.x || a.incident - b.incident) };
  });
  const yTicks: TrendsChart['yTicks'] = [];
  for (let minutes = 0; minutes <= yMax; minutes += yStep) yTicks.push({ y: round(y(minutes)), minutes });
  const maxTicks = Math.max(2, Math.floor((plot.right - plot.left) / MIN_X_TICK_SPACING));
  const xTicks = drawn.length === 0 ? [] : timeTicks(from, to, maxTicks).map((tick) => ({ x: round(x(tick.time)), label: tick.label }));
  return { width: size.width, height: size.height, plot, xTicks, yTicks, series, undated: times.filter((time) => time === undefined).length, missing };
}

// The axis runs from a little before the first incident to a little after the last; at least two days.
function timeDomain(times: readonly number[]): [number, number] {
  if (times.length === 0) return [0, DAY];
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(DAY, (last - first) * 0.05);
  return [first - pad, last + pad];
}

/** Ticks at whole days (every day, every other day, or Mondays, weekly or fortnightly) or at the first of months, as many as fit. */
export function timeTicks(from: number, to: number, maxTicks: number): Array<{ time: number; label: string }> {
  for (const step of DAY_STEPS) {
    const offset = step >= 7 ? MONDAY : 0;
    const first = Math.ceil((from / DAY - offset) / step) * step + offset;
    const ticks: number[] = [];
    for (let day = first; day * DAY <= to; day += step) ticks.push(day * DAY);
    if (ticks.length <= maxTicks) return ticks.map((time, index) => ({ time, label: dayLabel(time, index === 0 || new Date(time).getUTCFullYear() !== new Date(ticks[index - 1]!).getUTCFullYear()) }));
  }
  const start = new Date(from);
  const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1;
  for (const step of MONTH_STEPS) {
    const ticks: number[] = [];
    for (let month = Math.ceil(firstMonth / step) * step; ; month += step) {
      const time = Date.UTC(Math.floor(month / 12), month % 12, 1);
      if (time > to) break;
      ticks.push(time);
    }
    if (ticks.length <= maxTicks || step === MONTH_STEPS[MONTH_STEPS.length - 1]) return ticks.map((time) => ({ time, label: monthLabel(time) }));
  }
  return [];
}

/** "Feb 3", or "Feb 3, 2025" where the year must be said. */
function dayLabel(time: number, withYear: boolean): string {
  const date = new Date(time);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}${withYear ? `, ${date.getUTCFullYear()}` : ''}`;
}

/** "Feb 2025". */
function monthLabel(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
