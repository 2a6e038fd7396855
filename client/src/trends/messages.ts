/**
 * What the extension host and the incident trends page say to each other, and the checks each side
 * runs on what it receives. The page gets only what it draws (`TrendsModel`), built from the
 * server's `postmortem/library` answer; titles come from documents we did not write, so the page
 * draws them as text, and the host opens only a report it sent.
 */
import type { LibraryResult } from '../../../server/src/protocol';

/** One metric's median and 90th percentile over the reports that give it. */
export interface TrendsSpread {
  median: number | null;
  p90: number | null;
  known: number;
}

/** The three metrics the page charts, by their names in the library's JSON. */
export type TrendsMetric = 'durationMinutes' | 'timeToDetectMinutes' | 'timeToResolveMinutes';

/** The figures of a set of reports. */
export type TrendsFigures = { count: number } & Record<TrendsMetric, TrendsSpread>;

/** One report as the page needs it. */
export interface TrendsIncident extends Record<TrendsMetric, number | null> {
  uri: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string | null;
  /** The outage's start, ISO 8601 with the report's offset. */
  start: string | null;
  actionItems: { total: number; open: number; withOwner: number };
  warnings: number;
}

/** Everything the page draws. */
export interface TrendsModel {
  incidents: TrendsIncident[];
  totals: TrendsFigures & { periodKind: 'month' | 'quarter' | null; periods: Array<TrendsFigures & { period: string }> };
  /** Markdown files the server could not read. */
  failed: number;
}

/** Host → page. */
export type TrendsHostMessage = { type: 'library'; model: TrendsModel } | { type: 'status'; text: string };

/** Page → host. */
export type TrendsPageMessage = { type: 'ready' } | { type: 'open'; uri: string } | { type: 'newPostmortem' };

/** The page's model of the server's answer: only the fields it draws. */
export function trendsModel(library: LibraryResult): TrendsModel {
  const spread = ({ median, p90, known }: TrendsSpread): TrendsSpread => ({ median, p90, known });
  const figures = (value: TrendsFigures): TrendsFigures => ({
    count: value.count,
    durationMinutes: spread(value.durationMinutes),
    timeToDetectMinutes: spread(value.timeToDetectMinutes),
    timeToResolveMinutes: spread(value.timeToResolveMinutes),
  });
  return {
    incidents: library.incidents.map((incident) => ({
      uri: incident.uri,
      title: incident.title?.trim() || incident.file.replace(/^.*[\\/]/, ''),
      date: incident.date,
      start: incident.start,
      durationMinutes: incident.durationMinutes,
      timeToDetectMinutes: incident.timeToDetectMinutes,
      timeToResolveMinutes: incident.timeToResolveMinutes,
      actionItems: { total: incident.actionItems.total, open: incident.actionItems.open, withOwner: incident.actionItems.withOwner },
      warnings: incident.warnings,
    })),
    totals: { ...figures(library.totals), periodKind: library.totals.periodKind, periods: library.totals.periods.map((period) => ({ period: period.period, ...figures(period) })) },
    failed: library.failed.length,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isMinutes = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isFinite(value));
const isDay = (value: unknown): value is string | null => value === null || (isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value));
const isInstant = (value: unknown): value is string | null => value === null || (isString(value) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value));
const METRICS: readonly TrendsMetric[] = ['durationMinutes', 'timeToDetectMinutes', 'timeToResolveMinutes'];

/** The message if it is one the page may send, else undefined. */
export function trendsPageMessage(data: unknown): TrendsPageMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'ready') return { type: 'ready' };
  if (data.type === 'newPostmortem') return { type: 'newPostmortem' };
  if (data.type === 'open' && isString(data.uri)) return { type: 'open', uri: data.uri };
  return undefined;
}

/** The message if it is one the host may send (with a model of the right shape), else undefined. */
export function trendsHostMessage(data: unknown): TrendsHostMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'status' && isString(data.text)) return { type: 'status', text: data.text };
  if (data.type === 'library' && isTrendsModel(data.model)) return { type: 'library', model: data.model };
  return undefined;
}

function isTrendsModel(value: unknown): value is TrendsModel {
  if (!isObject(value) || !Array.isArray(value.incidents) || !isCount(value.failed) || !isObject(value.totals)) return false;
  const totals = value.totals;
  const periodsOk = Array.isArray(totals.periods) && totals.periods.every((period: unknown) => isObject(period) && isString(period.period) && isFigures(period));
  const kindOk = totals.periodKind === null || totals.periodKind === 'month' || totals.periodKind === 'quarter';
  return periodsOk && kindOk && isFigures(totals) && value.incidents.every(isIncident);
}

function isFigures(value: Record<string, unknown>): boolean {
  return isCount(value.count) && METRICS.every((metric) => isSpread(value[metric]));
}

function isSpread(value: unknown): boolean {
  return isObject(value) && isMinutes(value.median) && isMinutes(value.p90) && isCount(value.known);
}

function isIncident(value: unknown): boolean {
  if (!isObject(value) || !isString(value.uri) || !isString(value.title) || !isDay(value.date) || !isInstant(value.start) || !isCount(value.warnings)) return false;
  const items = value.actionItems;
  return METRICS.every((metric) => isMinutes(value[metric])) && isObject(items) && isCount(items.total) && isCount(items.open) && isCount(items.withOwner);
}
