/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Draws the timeline model into the webview's page with DOM APIs only: every piece of document text
 * goes in through `textContent` or an attribute, never as markup, so a postmortem that contains
 * `<script>` or `<img onerror>` shows those characters and runs nothing.
 */
import type { TimelineEntryModel, TimelineMetrics, TimelineModel, TimelineMoment, TimelinePhase } from '../../../server/src/protocol';
import { formatClock, formatDuration, formatElapsed } from './format';
import { layoutTimeline } from './layout';
import { element } from './dom';

/** How each phase is named on the page. */
export const PHASE_NAMES: Record<TimelinePhase, string> = {
  trigger: 'Trigger',
  'outage-start': 'Outage starts',
  detection: 'Detection',
  escalation: 'Escalation',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
};

type Doc = Pick<Document, 'createElement' | 'createTextNode'>;

/** Replaces the contents of `root` with the drawn timeline (one swap, so the scroll position stays). */
export function renderTimeline(root: HTMLElement, model: TimelineModel): void {
  const doc = root.ownerDocument;
  const page = doc.createElement('div');
  page.className = 'page';
  page.append(header(doc, model), chart(doc, model), unplacedList(doc, model), legend(doc));
  root.replaceChildren(page);
}

/** Replaces the contents of `root` with a short message ("Open a postmortem to see its timeline."). */
export function renderStatus(root: HTMLElement, text: string): void {
  const message = element(root.ownerDocument, 'p', 'status', text);
  message.setAttribute('role', 'status');
  root.replaceChildren(message);
}

/** Marks the entry for `line` (or the last entry above it) as the editor's current one; returns it. */
export function highlightLine(root: HTMLElement, line: number): HTMLElement | undefined {
  let current: HTMLElement | undefined;
  let best = -1;
  for (const entry of root.querySelectorAll<HTMLElement>('.entry[data-line]')) {
    entry.classList.remove('current');
    const entryLine = Number(entry.dataset.line);
    if (entryLine <= line && entryLine > best) {
      best = entryLine;
      current = entry;
    }
  }
  current?.classList.add('current');
  return current;
}

function header(doc: Doc, model: TimelineModel): HTMLElement {
  const section = element(doc, 'header', 'metrics');
  section.append(element(doc, 'h1', undefined, model.title ? `${model.title}: timeline` : 'Timeline'));
  const list = element(doc, 'dl');
  const metrics = model.metrics;
  const rows: Array<[string, string, string | undefined]> = [
    ['Start', moment(metrics.start), metrics.start ? `The outage starts here: ${metrics.start.because}` : 'No entry says when the outage began'],
    ['End', moment(metrics.resolved), metrics.resolved ? `Service is back here: ${metrics.resolved.because}` : 'No entry says service was restored'],
    ['Duration', minutes(metrics.duration), 'From the start to the end'],
    ['Time to detect', minutes(metrics.timeToDetect), metrics.detected ? `From the start to ${metrics.detected.time}: ${metrics.detected.because}` : 'No entry says how it was detected'],
    ['Time to mitigate', minutes(metrics.timeToMitigate), metrics.mitigated ? `From the start to ${metrics.mitigated.time}: ${metrics.mitigated.because}` : 'No entry shows a mitigation'],
    ['Time to resolve', minutes(metrics.timeToResolve), 'From detection to the end'],
    ['Entries', String(metrics.entryCount), undefined],
  ];
  for (const [name, value, why] of rows) {
    const item = element(doc, 'div', value === 'unknown' ? 'metric unknown' : 'metric');
    const term = element(doc, 'dt', undefined, name);
    const detail = element(doc, 'dd', undefined, value);
    if (why) item.title = why;
    item.append(term, detail);
    list.append(item);
  }
  section.append(list);
  const zone = model.zone ? `All times ${model.zone.name} (${ZONE_SOURCES[model.zone.source]}).` : 'The timeline states no timezone.';
  section.append(element(doc, 'p', 'zone', zone));
  return section;
}

const ZONE_SOURCES = { entry: 'written on the entries', timeline: 'from the Timeline heading', summary: 'from the summary', settings: 'from the postmortem.timezone setting' } as const;

function moment(value: TimelineMoment | undefined): string {
  return value ? value.time : 'unknown';
}

function minutes(value: number | undefined): string {
  return value === undefined ? 'unknown' : formatDuration(value);
}

function chart(doc: Doc, model: TimelineModel): HTMLElement {
  const section = element(doc, 'section', 'chart');
  section.setAttribute('aria-label', 'Timeline entries on a time axis');
  if (model.entries.length === 0) {
    section.append(element(doc, 'p', 'status', 'No timeline entry has a time that can be placed yet.'));
    return section;
  }
  const layout = layoutTimeline(model.entries);
  section.style.height = `${layout.height}px`;
  section.append(element(doc, 'div', 'rail'));
  for (const tick of layout.ticks) section.append(positioned(doc, 'tick', tick.y, formatClock(tick.minuteOfDay)));
  for (const day of layout.days) section.append(positioned(doc, 'day', day.y, day.day));
  for (const gap of layout.breaks) section.append(positioned(doc, 'break', gap.y, `${formatDuration(gap.minutes)} later`));
  const list = element(doc, 'ol', 'entries');
  model.entries.forEach((entry, index) => {
    const phase = mainPhase(entry, model.metrics);
    const marker = positioned(doc, `marker${phase ? ` phase-${phase}` : ''}`, layout.markerY[index]!);
    section.append(marker);
    const drop = layout.labelY[index]! - layout.markerY[index]!;
    if (drop > 0) {
      const connector = positioned(doc, 'connector', layout.markerY[index]!);
      connector.style.height = `${drop}px`;
      section.append(connector);
    }
    const item = element(doc, 'li');
    item.style.top = `${layout.labelY[index]!}px`;
    item.className = 'row';
    item.append(entryButton(doc, entry, phase));
    list.append(item);
  });
  section.append(list);
  return section;
}

// The phase an entry is coloured by: the one a metric is measured at, else the first its words show.
function mainPhase(entry: TimelineEntryModel, metrics: TimelineMetrics): TimelinePhase | undefined {
  const at = (value: TimelineMoment | undefined) => value !== undefined && value.line === entry.line;
  if (at(metrics.resolved)) return 'resolution';
  if (at(metrics.start)) return 'outage-start';
  if (at(metrics.detected)) return 'detection';
  if (at(metrics.mitigated)) return 'mitigation';
  return entry.phases[0]?.phase;
}

function entryButton(doc: Doc, entry: TimelineEntryModel, phase: TimelinePhase | undefined): HTMLElement {
  const button = element(doc, 'button', `entry${phase ? ` phase-${phase}` : ''}${entry.outOfOrder ? ' out-of-order' : ''}`);
  button.type = 'button';
  button.dataset.line = String(entry.line);
  const time = element(doc, 'span', 'time', entry.time);
  if (entry.zone) time.title = `${entry.time} ${entry.zone}${entry.utc ? ` = ${entry.utc.slice(0, 16).replace('T', ' ')} UTC` : ''}`;
  button.append(time);
  if (entry.sinceOutageStart !== undefined) button.append(element(doc, 'span', 'elapsed', formatElapsed(entry.sinceOutageStart)));
  const text = element(doc, 'span', 'text', entry.description);
  text.title = entry.description;
  const chips = element(doc, 'span', 'chips');
  for (const reason of entry.phases) {
    const chip = element(doc, 'span', `chip phase-${reason.phase}`, PHASE_NAMES[reason.phase]);
    chip.title = `${PHASE_NAMES[reason.phase]}: the words "${reason.words}" (${reason.cue})`;
    chips.append(chip);
  }
  if (entry.outOfOrder) chips.append(element(doc, 'span', 'chip warning', 'out of order'));
  button.append(chips, text);
  const phases = entry.phases.map((reason) => PHASE_NAMES[reason.phase]).join(', ');
  button.setAttribute('aria-label', `${entry.time}${entry.day ? `, ${entry.day}` : ''}: ${entry.description}${phases ? ` (${phases})` : ''}. Line ${entry.line + 1}.`);
  return button;
}

function unplacedList(doc: Doc, model: TimelineModel): HTMLElement {
  const section = element(doc, 'section', 'unplaced');
  if (model.unplaced.length === 0) return section;
  section.append(element(doc, 'h2', undefined, `Not on the time axis (${model.unplaced.length})`));
  const list = element(doc, 'ul');
  for (const entry of model.unplaced) {
    const item = element(doc, 'li');
    const button = element(doc, 'button', 'entry unplaced-entry');
    button.type = 'button';
    button.dataset.line = String(entry.line);
    button.append(element(doc, 'span', 'line', `Line ${entry.line + 1}`), element(doc, 'span', 'text', entry.text));
    item.append(button, element(doc, 'p', 'reason', entry.reason));
    list.append(item);
  }
  section.append(list);
  return section;
}

function legend(doc: Doc): HTMLElement {
  const section = element(doc, 'footer', 'legend');
  section.setAttribute('aria-label', 'Colours');
  for (const [phase, name] of Object.entries(PHASE_NAMES)) section.append(element(doc, 'span', `chip phase-${phase}`, name));
  section.append(element(doc, 'p', undefined, 'Phases are read from each entry’s words; hover a label to see which.'));
  return section;
}

function positioned(doc: Doc, className: string, y: number, text?: string): HTMLElement {
  const node = element(doc, 'div', className, text);
  node.style.top = `${y}px`;
  return node;
}
