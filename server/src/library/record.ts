/**
 * One postmortem as a row of the team's incident library: its title and date, the outage's start
 * and end as instants, the metrics its timeline gives (duration, time to detect, mitigate and
 * resolve), its severity and status, its action items and how many warnings it has. Where the text
 * does not say, a field is null: never a guess.
 */
import type { ResolvedConfig } from '../engine/config';
import { outageEnd, type TimedEntry } from '../engine/incident-clock';
import { lint } from '../engine/lint';
import { timelineModel } from '../engine/timeline-model';
import { correctiveTasks, isPlaceholder, mentionsField } from '../judging/action-items';
import { frontMatterField, labelledField, statedStatus } from '../parse/fields';
import { outline } from '../parse/outline';
import type { PostmortemDoc } from '../parse/types';
import { findDatesWithYear, type CalendarDate } from '../time/date';

/** A postmortem in the library; the field names are the CLI's JSON and CSV columns. */
export interface IncidentRecord {
  /** The file, as the caller named it (a path relative to where the report is read from). */
  file: string;
  title: string | null;
  /** The incident's day, YYYY-MM-DD. */
  date: string | null;
  /** The outage's start and end, ISO 8601 with the offset of the report's zone. */
  start: string | null;
  end: string | null;
  /** The zone the timeline's times are in, as the report writes it ("PST", "UTC"). */
  zone: string | null;
  durationMinutes: number | null;
  timeToDetectMinutes: number | null;
  timeToMitigateMinutes: number | null;
  timeToResolveMinutes: number | null;
  severity: string | null;
  status: string | null;
  actionItems: { total: number; open: number; withOwner: number };
  /** Findings at warning or error level. */
  warnings: number;
}

const OWNER = { name: 'Owner', labels: ['owner', 'owners', 'assignee', 'assigned to', 'responsible', 'who'] };

/** The library row of the postmortem in `text`; undefined when the file is no postmortem. */
export function incidentRecord(file: string, text: string, config: ResolvedConfig, root?: string): IncidentRecord | undefined {
  const { doc, findings, views } = lint({ text, path: file, root, config });
  if (!doc || !views) return undefined;
  const clock = views.clock();
  // As the preview's metrics: an outage start only where an entry says the outage began.
  const start = clock.outageStartBy === 'description' ? clock.outageStart : undefined;
  const end = start ? outageEnd(clock) : undefined;
  const metrics = timelineModel(doc, config.settings, file, 0, clock).metrics;
  const zone = clock.entries.find((timed) => timed.zone)?.zone;
  return {
    file,
    title: doc.title?.text ?? frontMatterField(doc, ['title']) ?? null,
    date: incidentDay(doc, start, clock.entries),
    start: instant(start),
    end: instant(end),
    zone: zone ? (zone.mention?.raw ?? zone.name) : null,
    durationMinutes: metrics.duration ?? null,
    timeToDetectMinutes: metrics.timeToDetect ?? null,
    timeToMitigateMinutes: metrics.timeToMitigate ?? null,
    timeToResolveMinutes: metrics.timeToResolve ?? null,
    severity: field(doc, ['severity', 'sev', 'priority', 'severity level', 'incident severity']),
    status: orNull(statedStatus(doc)),
    actionItems: actionItems(doc),
    warnings: findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'error').length,
  };
}

// The start's day, else the first dated entry's, else the report's incident date, else front matter's, else the first full date in the text.
function incidentDay(doc: PostmortemDoc, start: TimedEntry | undefined, entries: readonly TimedEntry[]): string | null {
  const dated = [start, ...entries].find((timed) => timed?.entry.date?.year !== undefined);
  if (dated) return isoDay(dated.entry.date!);
  if (doc.incidentDate?.year !== undefined) return isoDay(doc.incidentDate);
  const front = frontMatterField(doc, ['date']);
  const fromFront = front === undefined ? undefined : findDatesWithYear(front)[0];
  if (fromFront) return isoDay(fromFront);
  const first = findDatesWithYear(doc.text.slice(0, 4000))[0];
  return first ? isoDay(first) : null;
}

function isoDay(date: CalendarDate): string {
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

// "2024-03-09T12:27:00-08:00": the entry's local time with its zone's offset, when its instant is known.
function instant(timed: TimedEntry | undefined): string | null {
  if (timed?.utc === undefined || timed.utcOffset === undefined) return null;
  const local = new Date(timed.utc + timed.utcOffset * 60_000).toISOString().slice(0, 19);
  const offset = Math.abs(timed.utcOffset);
  const sign = timed.utcOffset < 0 ? '-' : '+';
  return `${local}${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

// A field from the front matter ("severity: SEV-2"), else a labelled line near the top ("**Status:**
// Resolved", "| Severity | High |"); placeholders ("TBD", "[SEV]") are no value.
function field(doc: PostmortemDoc, names: readonly string[]): string | null {
  return orNull(frontMatterField(doc, names) ?? labelledField(doc, names));
}

// A value, or null where the field is absent or a placeholder ("TBD", "[severity]").
function orNull(value: string | undefined): string | null {
  return value === undefined || isPlaceholder(value) || /^[[<{(]/.test(value) ? null : value;
}

// Tasks under the corrective sections: a checked box, or a status of done, is closed; an owner is
// named by a label ("Owner: maria", an Owner column) or a handle ("@maria").
function actionItems(doc: PostmortemDoc): IncidentRecord['actionItems'] {
  const counts = { total: 0, open: 0, withOwner: 0 };
  for (const tasks of correctiveTasks(doc, outline(doc))) {
    for (const item of tasks.items) {
      counts.total++;
      if (!/^\[[xX]\]/.test(item.text.trimStart()) && !DONE.test(item.text)) counts.open++;
      if (mentionsField(item.text, OWNER)) counts.withOwner++;
    }
    for (const table of tasks.tables) {
      const owner = table.columns.findIndex((cell) => /\b(?:owners?|assignee|assigned|responsible|who)\b/i.test(cell));
      const status = table.columns.findIndex((cell) => /\b(?:status|state|done)\b/i.test(cell));
      for (const row of table.rows) {
        if (row.cells.every((cell) => isPlaceholder(cell))) continue;
        counts.total++;
        const state = status >= 0 ? (row.cells[status] ?? '') : row.cells.join(' ');
        if (!DONE.test(state) && !/\[[xX]\]|✅|✔/.test(state)) counts.open++;
        if (owner >= 0 ? !isPlaceholder(row.cells[owner] ?? '') : mentionsField(row.cells.join(' '), OWNER)) counts.withOwner++;
      }
    }
  }
  return counts;
}

// A task marked as finished: "(done)", "Status: closed", "~~struck through~~", "✅".
const DONE = /\b(?:done|completed?|closed|fixed|resolved|shipped|merged)\b(?![ \t]*(?:by|when|once|after|before|in|within|on|if)\b)|✅|~~[^~]+~~/i;
