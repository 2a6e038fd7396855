/**
 * The library written out: JSON (`{incidents, totals}`), CSV (one row per incident) and Markdown
 * (the index table, newest first with each title a link, and the totals).
 */
import { csvFormatRows } from 'd3-dsv';
import type { IncidentRecord } from './record';
import type { LibraryTotals, Spread } from './totals';

/** What `postmortem-report --format json` prints and `postmortem/library` answers. */
export interface Library {
  incidents: IncidentRecord[];
  totals: LibraryTotals;
}

/** Newest first: by start, else date; undated incidents last, by file. */
export function newestFirst(incidents: readonly IncidentRecord[]): IncidentRecord[] {
  const key = (incident: IncidentRecord) => (incident.start ? new Date(incident.start).toISOString() : (incident.date ?? ''));
  return [...incidents].sort((a, b) => (key(a) === key(b) ? a.file.localeCompare(b.file) : key(a) < key(b) ? 1 : -1));
}

export function libraryJson(library: Library): string {
  return `${JSON.stringify(library, null, 2)}\n`;
}

const CSV_COLUMNS = ['file', 'title', 'date', 'start', 'end', 'zone', 'durationMinutes', 'timeToDetectMinutes', 'timeToMitigateMinutes', 'timeToResolveMinutes', 'severity', 'status', 'actionItemsTotal', 'actionItemsOpen', 'actionItemsWithOwner', 'warnings'] as const;

export function libraryCsv(library: Library): string {
  const rows = library.incidents.map((incident) => {
    const { actionItems, ...rest } = incident;
    const flat: Record<(typeof CSV_COLUMNS)[number], unknown> = { ...rest, actionItemsTotal: actionItems.total, actionItemsOpen: actionItems.open, actionItemsWithOwner: actionItems.withOwner };
    return CSV_COLUMNS.map((column) => (flat[column] === null || flat[column] === undefined ? '' : String(flat[column])));
  });
  return `${csvFormatRows([[...CSV_COLUMNS], ...rows])}\n`;
}

/** The index table: newest first, each title a link (`linkOf` turns a record's file into the link target). */
export function indexTable(incidents: readonly IncidentRecord[], linkOf: (file: string) => string = (file) => file): string {
  const lines = ['| Date | Incident | Duration | Time to detect | Time to resolve | Severity | Status | Open actions | Warnings |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const incident of newestFirst(incidents)) {
    const title = cell(incident.title ?? incident.file.replace(/^.*[\\/]/, ''));
    const link = encodeURI(linkOf(incident.file).replace(/\\/g, '/')).replace(/[()]/g, (char) => encodeURIComponent(char));
    const actions = incident.actionItems.total === 0 ? '' : `${incident.actionItems.open} of ${incident.actionItems.total}`;
    lines.push(`| ${incident.date ?? ''} | [${title}](${link}) | ${minutes(incident.durationMinutes)} | ${minutes(incident.timeToDetectMinutes)} | ${minutes(incident.timeToResolveMinutes)} | ${cell(incident.severity ?? '')} | ${cell(incident.status ?? '')} | ${actions} | ${incident.warnings} |`);
  }
  return lines.join('\n');
}

/** The whole report as Markdown: the index, then the totals (and each period's). */
export function libraryMarkdown(library: Library): string {
  const { totals } = library;
  const out = ['# Incidents', '', indexTable(library.incidents), '', '## Totals', ''];
  out.push('| Incidents | Duration (median / p90) | Time to detect (median / p90) | Time to resolve (median / p90) |', '| --- | --- | --- | --- |');
  out.push(`| ${totals.count} | ${spreadText(totals.durationMinutes)} | ${spreadText(totals.timeToDetectMinutes)} | ${spreadText(totals.timeToResolveMinutes)} |`);
  if (totals.periodKind) {
    out.push('', `## By ${totals.periodKind}`, '', `| ${totals.periodKind === 'month' ? 'Month' : 'Quarter'} | Incidents | Duration (median / p90) | Time to detect (median / p90) | Time to resolve (median / p90) |`, '| --- | --- | --- | --- | --- |');
    for (const period of totals.periods) out.push(`| ${period.period} | ${period.count} | ${spreadText(period.durationMinutes)} | ${spreadText(period.timeToDetectMinutes)} | ${spreadText(period.timeToResolveMinutes)} |`);
  }
  return `${out.join('\n')}\n`;
}

/** "1 h 08 min", "45 min"; empty for an unknown. */
export function minutes(value: number | null): string {
  if (value === null) return '';
  const whole = Math.round(value);
  if (Math.abs(whole) < 60) return `${whole} min`;
  const hours = Math.trunc(whole / 60);
  const rest = Math.abs(whole % 60);
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}

function spreadText(spread: Spread): string {
  return spread.median === null ? 'unknown' : `${minutes(spread.median)} / ${minutes(spread.p90)} (of ${spread.known})`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
