/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Draws the incident trends page with DOM APIs only: the totals, the chart (SVG built element by
 * element), the open action items and the figures by period. Titles come from documents, so they go
 * in through `textContent` and attributes, never as markup.
 */
import { formatDuration } from '../webview/format';
import { layoutTrends, SERIES, type TrendsChart } from './chart';
import type { TrendsFigures, TrendsIncident, TrendsMetric, TrendsModel, TrendsSpread } from './messages';
import { element } from '../webview/dom';

const SVG = 'http://www.w3.org/2000/svg';
type Doc = Pick<Document, 'createElement' | 'createElementNS' | 'createTextNode'>;

/** Replaces the contents of `root` with the page for `model`. */
export function renderTrends(root: HTMLElement, model: TrendsModel): void {
  const doc = root.ownerDocument;
  const page = element(doc, 'div', 'page');
  page.append(element(doc, 'h1', undefined, 'Incident trends'));
  if (model.incidents.length === 0) {
    page.append(emptyState(doc, model));
    root.replaceChildren(page);
    return;
  }
  page.append(summary(doc, model), totalsTable(doc, model.totals), chartSection(doc, model.incidents), actionItems(doc, model.incidents));
  if (model.totals.periodKind && model.totals.periods.length > 1) page.append(periodsTable(doc, model.totals.periodKind, model.totals.periods));
  root.replaceChildren(page);
}

/** Replaces the contents of `root` with a short message. */
export function renderTrendsStatus(root: HTMLElement, text: string): void {
  const message = element(root.ownerDocument, 'p', 'status', text);
  message.setAttribute('role', 'status');
  root.replaceChildren(message);
}

function emptyState(doc: Doc, model: TrendsModel): HTMLElement {
  const section = element(doc, 'section', 'empty');
  section.append(
    element(doc, 'p', 'status', 'No postmortem in this workspace yet, so there is nothing to chart.'),
    element(doc, 'p', undefined, 'A Markdown file counts as a postmortem when its path or front matter says so, or when it has the sections of one (Issue Summary, Timeline, Root Cause…). The page updates when one is saved.'),
  );
  if (model.failed > 0) section.append(element(doc, 'p', 'note', couldNotRead(model.failed)));
  const button = element(doc, 'button', 'primary', 'New Postmortem…');
  button.type = 'button';
  button.dataset.action = 'newPostmortem';
  section.append(button);
  return section;
}

function summary(doc: Doc, model: TrendsModel): HTMLElement {
  const days = model.incidents.flatMap((incident) => (incident.date ? [incident.date] : [])).sort();
  let text = `${plural(model.incidents.length, 'postmortem')}`;
  if (days.length > 0) text += days[0] === days[days.length - 1] ? `, on ${days[0]}` : `, from ${days[0]} to ${days[days.length - 1]}`;
  const paragraph = element(doc, 'p', 'summary', `${text}.`);
  if (model.failed > 0) paragraph.append(doc.createTextNode(` ${couldNotRead(model.failed)}`));
  return paragraph;
}

const METRIC_NAMES: Record<TrendsMetric, string> = { durationMinutes: 'Duration', timeToDetectMinutes: 'Time to detect', timeToResolveMinutes: 'Time to resolve' };

function totalsTable(doc: Doc, totals: TrendsFigures): HTMLElement {
  const section = element(doc, 'section', 'totals');
  section.append(element(doc, 'h2', undefined, 'Totals'));
  const rows = SERIES.map(({ metric, className }) => {
    const spread = totals[metric];
    return [swatchCell(doc, METRIC_NAMES[metric], className), spreadValue(spread.median), spreadValue(spread.p90), `${spread.known} of ${totals.count}`];
  });
  section.append(table(doc, ['Metric', 'Median', '90th percentile', 'Reports that say'], rows, 'Median and 90th percentile of each metric over the reports that give it'));
  return section;
}

function periodsTable(doc: Doc, kind: 'month' | 'quarter', periods: ReadonlyArray<TrendsFigures & { period: string }>): HTMLElement {
  const section = element(doc, 'section', 'periods');
  section.append(element(doc, 'h2', undefined, kind === 'month' ? 'By month' : 'By quarter'));
  const median = (spread: TrendsSpread) => spreadValue(spread.median);
  const rows = periods.map((period) => [period.period, String(period.count), median(period.durationMinutes), median(period.timeToDetectMinutes), median(period.timeToResolveMinutes)]);
  section.append(table(doc, [kind === 'month' ? 'Month' : 'Quarter', 'Incidents', 'Duration (median)', 'Time to detect (median)', 'Time to resolve (median)'], rows));
  return section;
}

function chartSection(doc: Doc, incidents: readonly TrendsIncident[]): HTMLElement {
  const section = element(doc, 'section', 'trend-chart');
  section.append(element(doc, 'h2', undefined, 'Over time'));
  const chart = layoutTrends(incidents);
  const drawn = chart.series.some((series) => series.points.length > 0);
  if (drawn) section.append(svgChart(doc, chart, incidents), legend(doc, chart));
  else section.append(element(doc, 'p', 'status', 'No report gives a date with a duration, a time to detect or a time to resolve yet.'));
  const note = leftOut(chart);
  if (note) section.append(element(doc, 'p', 'note', note));
  return section;
}

/** "1 report has no date, so it is not on the chart. Unknown, so not drawn: the duration of 1 report, …" */
function leftOut(chart: TrendsChart): string {
  const sentences: string[] = [];
  if (chart.undated > 0) sentences.push(`${plural(chart.undated, 'report')} ${chart.undated === 1 ? 'has' : 'have'} no date, so ${chart.undated === 1 ? 'it is' : 'they are'} not on the chart.`);
  const missing = SERIES.filter(({ metric }) => chart.missing[metric] > 0).map(({ metric }, index) => `the ${METRIC_NAMES[metric].toLowerCase()} of ${index === 0 ? plural(chart.missing[metric], 'report') : chart.missing[metric]}`);
  if (missing.length > 0) sentences.push(`Unknown, so not drawn: ${missing.join(', ')}. A metric is measured from the timeline entries that say when the outage began, was detected and was resolved.`);
  return sentences.join(' ');
}

function svgChart(doc: Doc, chart: TrendsChart, incidents: readonly TrendsIncident[]): SVGSVGElement {
  const svg = svgElement(doc, 'svg', { viewBox: `0 0 ${chart.width} ${chart.height}`, role: 'img', class: 'chart' });
  svg.setAttribute('aria-label', 'Duration, time to detect and time to resolve of each incident, by date');
  const { left, right, top, bottom } = chart.plot;
  const grid = svgElement(doc, 'g', { class: 'grid' });
  for (const tick of chart.yTicks) {
    grid.append(svgElement(doc, 'line', { x1: left, x2: right, y1: tick.y, y2: tick.y }));
    grid.append(svgText(doc, formatDuration(tick.minutes), { x: left - 8, y: tick.y, class: 'y-label' }));
  }
  for (const tick of chart.xTicks) {
    grid.append(svgElement(doc, 'line', { x1: tick.x, x2: tick.x, y1: bottom, y2: bottom + 5, class: 'x-tick' }));
    grid.append(svgText(doc, tick.label, { x: tick.x, y: bottom + 18, class: 'x-label' }));
  }
  grid.append(svgElement(doc, 'line', { x1: left, x2: right, y1: bottom, y2: bottom, class: 'axis' }), svgElement(doc, 'line', { x1: left, x2: left, y1: top, y2: bottom, class: 'axis' }));
  svg.append(grid);
  for (const series of chart.series) {
    const group = svgElement(doc, 'g', { class: `series series-${series.className}` });
    if (series.points.length > 1) group.append(svgElement(doc, 'polyline', { points: series.points.map((point) => `${point.x},${point.y}`).join(' '), class: 'trend' }));
    for (const point of series.points) {
      const incident = incidents[point.incident]!;
      const label = `${incident.title}${incident.date ? ` (${incident.date})` : ''}: ${series.name.toLowerCase()} ${formatDuration(point.minutes)}`;
      const dot = svgElement(doc, 'circle', { cx: point.x, cy: point.y, r: 4.5, class: 'point', tabindex: 0, role: 'button', 'data-uri': incident.uri, 'aria-label': label });
      const title = svgElement(doc, 'title', {});
      title.textContent = label;
      dot.append(title);
      group.append(dot);
    }
    svg.append(group);
  }
  return svg;
}

function legend(doc: Doc, chart: TrendsChart): HTMLElement {
  const list = element(doc, 'ul', 'legend');
  list.setAttribute('aria-label', 'Series');
  for (const series of chart.series) {
    const item = element(doc, 'li', `series-${series.className}`);
    item.append(element(doc, 'span', 'swatch'), doc.createTextNode(`${series.name} (${plural(series.points.length, 'report')})`));
    list.append(item);
  }
  return list;
}

function actionItems(doc: Doc, incidents: readonly TrendsIncident[]): HTMLElement {
  const section = element(doc, 'section', 'actions');
  const open = incidents.filter((incident) => incident.actionItems.open > 0);
  const total = open.reduce((sum, incident) => sum + incident.actionItems.open, 0);
  section.append(element(doc, 'h2', undefined, total > 0 ? `Open action items (${total})` : 'Open action items'));
  if (open.length === 0) {
    const listed = incidents.some((incident) => incident.actionItems.total > 0);
    section.append(element(doc, 'p', 'status', listed ? 'None: every action item the reports list is done.' : 'No report lists action items yet.'));
    return section;
  }
  const rows = open.map((incident) => {
    const button = element(doc, 'button', 'link', incident.title);
    button.type = 'button';
    button.dataset.uri = incident.uri;
    button.title = `Open ${incident.title}`;
    const items = incident.actionItems;
    return [button, incident.date ?? 'undated', `${items.open} of ${items.total}`, `${items.withOwner} of ${items.total}`];
  });
  section.append(table(doc, ['Report', 'Date', 'Open', 'With an owner'], rows, 'Reports with open action items, newest first'));
  return section;
}

function table(doc: Doc, headings: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | Node>>, caption?: string): HTMLTableElement {
  const node = element(doc, 'table');
  if (caption) node.setAttribute('aria-label', caption);
  const head = element(doc, 'thead');
  const headRow = element(doc, 'tr');
  for (const heading of headings) headRow.append(element(doc, 'th', undefined, heading));
  head.append(headRow);
  const body = element(doc, 'tbody');
  for (const row of rows) {
    const line = element(doc, 'tr');
    for (const cell of row) {
      const td = element(doc, 'td');
      td.append(typeof cell === 'string' ? doc.createTextNode(cell) : cell);
      line.append(td);
    }
    body.append(line);
  }
  node.append(head, body);
  return node;
}

function swatchCell(doc: Doc, name: string, className: string): HTMLElement {
  const cell = element(doc, 'span', `series-${className}`);
  cell.append(element(doc, 'span', 'swatch'), doc.createTextNode(name));
  return cell;
}

function spreadValue(value: number | null): string {
  return value === null ? 'unknown' : formatDuration(value);
}

function couldNotRead(count: number): string {
  return `${plural(count, 'Markdown file')} could not be read.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function svgElement<K extends keyof SVGElementTagNameMap>(doc: Doc, tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function svgText(doc: Doc, text: string, attributes: Record<string, string | number>): SVGTextElement {
  const node = svgElement(doc, 'text', attributes);
  node.textContent = text;
  return node;
}
