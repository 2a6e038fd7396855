/**
 * The library's totals: how many incidents, and the median and 90th percentile of their duration,
 * time to detect and time to resolve; by month, or by quarter over more than a year, when the
 * incidents span more than one.
 */
import type { IncidentRecord } from './record';

/** Median and 90th percentile of one metric over the incidents that give it; null when none does. */
export interface Spread {
  median: number | null;
  p90: number | null;
  /** How many incidents give the metric. */
  known: number;
}

/** The figures of a set of incidents. */
export interface Figures {
  count: number;
  durationMinutes: Spread;
  timeToDetectMinutes: Spread;
  timeToResolveMinutes: Spread;
}

/** All incidents' figures, and each period's (oldest first) when they span more than one. */
export interface LibraryTotals extends Figures {
  /** "month" ("2025-03") or "quarter" ("2025-Q1"); null when the dated incidents fall in one month, or none is dated. */
  periodKind: 'month' | 'quarter' | null;
  periods: Array<Figures & { period: string }>;
}

/** The totals of `incidents`. */
export function libraryTotals(incidents: readonly IncidentRecord[]): LibraryTotals {
  const months = [...new Set(incidents.flatMap((incident) => (incident.date ? [incident.date.slice(0, 7)] : [])))].sort();
  let periodKind: LibraryTotals['periodKind'] = null;
  if (months.length > 1) periodKind = monthIndex(months[months.length - 1]!) - monthIndex(months[0]!) >= 12 ? 'quarter' : 'month';
  const periods: LibraryTotals['periods'] = [];
  if (periodKind) {
    const groups = new Map<string, IncidentRecord[]>();
    for (const incident of incidents) {
      if (!incident.date) continue;
      const key = periodKind === 'month' ? incident.date.slice(0, 7) : `${incident.date.slice(0, 4)}-Q${Math.floor((Number(incident.date.slice(5, 7)) - 1) / 3) + 1}`;
      groups.set(key, [...(groups.get(key) ?? []), incident]);
    }
    for (const period of [...groups.keys()].sort()) periods.push({ period, ...figures(groups.get(period)!) });
  }
  return { ...figures(incidents), periodKind, periods };
}

function figures(incidents: readonly IncidentRecord[]): Figures {
  return {
    count: incidents.length,
    durationMinutes: spread(incidents.map((incident) => incident.durationMinutes)),
    timeToDetectMinutes: spread(incidents.map((incident) => incident.timeToDetectMinutes)),
    timeToResolveMinutes: spread(incidents.map((incident) => incident.timeToResolveMinutes)),
  };
}

/** Median (the mean of the two middle values for an even count) and 90th percentile (nearest rank). */
export function spread(values: ReadonlyArray<number | null>): Spread {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return { median: null, p90: null, known: 0 };
  const middle = known.length >> 1;
  const median = known.length % 2 === 1 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  const p90 = known[Math.max(0, Math.ceil(0.9 * known.length) - 1)]!;
  return { median, p90, known: known.length };
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
