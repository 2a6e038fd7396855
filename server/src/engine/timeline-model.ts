/**
 * The timeline as the preview draws it: every entry on one time axis (minutes from the first
 * placed entry, UTC-correct across zones and DST), what each entry's words show (trigger, outage
 * start, detection, escalation, mitigation, resolution) and why, the entries that cannot be placed
 * and why, and the incident's metrics. Where the text does not say, a metric stays undefined: the
 * preview shows "unknown", never a guess. Pure: a parsed document and settings in, plain data out.
 */
import { LineIndex } from '../parse/lines';
import { entryPhases } from '../parse/phases';
import type { PostmortemDoc, TimelineEntry } from '../parse/types';
import type { TimelineEntryModel, TimelineMetrics, TimelineModel, TimelineMoment, TimelinePhase, TimelinePhaseReason, UnplacedTimelineEntry } from '../protocol';
import { explainTimestampProblem } from '../rules/timestamp-malformed';
import type { CalendarDate } from '../time/date';
import type { SharedSettings } from './config';
import { minutesBetween, outageEnd, readIncidentClock, type IncidentClock, type TimedEntry } from './incident-clock';

const DAY = 24 * 60;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The preview's model of `doc`'s timeline; `uri` and `version` say which document version it shows.
 * `clock` is the document's incident clock when the caller has read it already.
 */
export function timelineModel(doc: PostmortemDoc, settings: Pick<SharedSettings, 'timezone'>, uri: string, version: number, clock: IncidentClock = readIncidentClock(doc, settings)): TimelineModel {
  const lines = new LineIndex(doc.text);
  const lineOf = (offset: number) => lines.position(offset).line;
  const reference = clock.entries[0];
  const unplaced: UnplacedTimelineEntry[] = doc.timeline.entries
    .filter((entry) => entry.at === undefined)
    .map((entry) => ({ line: lineOf(entry.line.start), text: lineText(doc, entry), reason: unreadableReason(entry) }));

  const placed: Array<{ timed: TimedEntry; model: TimelineEntryModel }> = [];
  const firstDay = reference ? Math.floor(reference.entry.at! / DAY) : 0;
  const crossesDays = clock.entries.some((timed) => Math.floor(timed.entry.at! / DAY) !== firstDay);
  for (const timed of clock.entries) {
    const minutes = minutesBetween(reference!, timed);
    if (minutes === undefined) {
      const zone = timed.zone?.mention?.raw ?? timed.zone?.name ?? 'no zone';
      const other = reference!.zone?.mention?.raw ?? reference!.zone?.name ?? 'no zone';
      unplaced.push({ line: lineOf(timed.entry.line.start), text: lineText(doc, timed.entry), reason: `its zone (${zone}) cannot be put on one clock with the first entry's (${other}): state a date with the year, or one zone` });
      continue;
    }
    const entry = timed.entry;
    placed.push({
      timed,
      model: {
        line: lineOf(entry.line.start),
        time: entry.timestamp.raw,
        description: entry.description,
        minutes,
        sinceOutageStart: clock.outageStartBy === 'description' ? timed.sinceOutageStart : undefined,
        utc: timed.utc === undefined ? undefined : new Date(timed.utc).toISOString(),
        day: dayLabel(entry.date, Math.floor(entry.at! / DAY) - firstDay, crossesDays),
        minuteOfDay: timed.localTime,
        zone: timed.zone?.mention?.raw ?? timed.zone?.name,
        phases: phaseReasons(entry.description),
        outOfOrder: entry.step === 'backwards',
      },
    });
  }
  placed.sort((a, b) => a.model.minutes - b.model.minutes);
  unplaced.sort((a, b) => a.line - b.line);

  const zone = reference?.zone;
  return {
    uri,
    version,
    title: doc.title?.text,
    zone: zone ? { name: zone.mention?.raw ?? zone.name, source: zone.source } : undefined,
    entries: placed.map(({ model }) => model),
    unplaced,
    metrics: metricsOf(placed, clock.outageStartBy === 'description' ? clock.outageStart : undefined, outageEnd(clock), doc.timeline.entries.length),
    headingLine: doc.timeline.sections[0] ? lineOf(doc.timeline.sections[0].heading.start) : undefined,
  };
}

// Start: the entry that says the outage began. Detection and mitigation: the first entry at or after
// the start whose words show them. Resolution: the entry where service is back (outageEnd), which a
// fix or a restart alone is not.
function metricsOf(placed: ReadonlyArray<{ timed: TimedEntry; model: TimelineEntryModel }>, start: TimedEntry | undefined, end: TimedEntry | undefined, entryCount: number): TimelineMetrics {
  const byTimed = new Map(placed.map(({ timed, model }) => [timed, model]));
  const startModel = start && byTimed.get(start);
  const moment = (model: TimelineEntryModel | undefined, phase: TimelinePhase): TimelineMoment | undefined => {
    if (!model) return undefined;
    const reason = model.phases.find((each) => each.phase === phase);
    return { line: model.line, time: model.time, minutes: model.minutes, because: reason ? `"${reason.words}"` : `"${model.description}"` };
  };
  const firstAfterStart = (phase: TimelinePhase) =>
    placed.find(({ model }) => (startModel === undefined || model.minutes >= startModel.minutes) && model.phases.some((each) => each.phase === phase))?.model;
  const metrics: TimelineMetrics = {
    start: moment(startModel, 'outage-start'),
    detected: moment(firstAfterStart('detection'), 'detection'),
    mitigated: moment(firstAfterStart('mitigation'), 'mitigation'),
    resolved: moment(end && byTimed.get(end), 'resolution'),
    timeToDetect: undefined,
    timeToMitigate: undefined,
    timeToResolve: undefined,
    duration: undefined,
    entryCount,
  };
  const between = (from: TimelineMoment | undefined, to: TimelineMoment | undefined) => (from === undefined || to === undefined ? undefined : to.minutes - from.minutes);
  metrics.timeToDetect = between(metrics.start, metrics.detected);
  metrics.timeToMitigate = between(metrics.start, metrics.mitigated);
  metrics.timeToResolve = between(metrics.detected, metrics.resolved);
  metrics.duration = between(metrics.start, metrics.resolved);
  return metrics;
}

function phaseReasons(description: string): TimelinePhaseReason[] {
  return entryPhases(description).map((found) => ({ phase: found.phase, words: description.slice(found.match.start, found.match.end), cue: found.keyword }));
}

// "2024-03-09" with a year, "Mar 9" without; "Day 2" when only rollovers tell the day.
function dayLabel(date: CalendarDate | undefined, dayIndex: number, crossesDays: boolean): string | undefined {
  if (date) {
    const two = (n: number) => String(n).padStart(2, '0');
    return date.year === undefined ? `${MONTHS[date.month - 1]} ${date.day}` : `${date.year}-${two(date.month)}-${two(date.day)}`;
  }
  return crossesDays ? `Day ${dayIndex + 1}` : undefined;
}

function unreadableReason(entry: TimelineEntry): string {
  const problem = entry.timestamp.problems.find((each) => each === 'hour-out-of-range' || each === 'minute-out-of-range' || each === 'named-time-mismatch') ?? entry.timestamp.problems[0];
  return `"${entry.timestamp.raw}" is not a time of day${problem ? `: ${explainTimestampProblem(problem, entry.timestamp)}` : ''}`;
}

function lineText(doc: PostmortemDoc, entry: TimelineEntry): string {
  return doc.text.slice(entry.line.start, Math.min(entry.line.end, entry.line.start + 500)).trim();
}
