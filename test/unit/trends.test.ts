/**
 * The incident trends page without VS Code: the page shell (CSP, nonce, no report text), the chart's
 * layout (scales, ticks, what is left out), the messages each side accepts, the renderer in a DOM
 * (jsdom), and the built page script driven the way the extension drives it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { trendsHtml } from '../../client/src/library/trends-html';
import { createNonce } from '../../client/src/preview/html';
import { incidentTime, layoutTrends, timeTicks } from '../../client/src/trends/chart';
import { trendsHostMessage, trendsModel, trendsPageMessage, type TrendsIncident, type TrendsModel } from '../../client/src/trends/messages';
import { renderTrends, renderTrendsStatus } from '../../client/src/trends/render';
import { fixtureLibrary } from './fixture-library';

const ROOT = join(__dirname, '..', '..');
const RESOURCES = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', script: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/trends.js', style: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/trends.css' };
const DAY = 86_400_000;

function incident(fields: Partial<TrendsIncident>): TrendsIncident {
  return { uri: 'file:///a.md', title: 'A', date: null, start: null, durationMinutes: null, timeToDetectMinutes: null, timeToResolveMinutes: null, actionItems: { total: 0, open: 0, withOwner: 0 }, warnings: 0, ...fields };
}

function page(): { dom: JSDOM; root: HTMLElement } {
  const dom = new JSDOM('<!DOCTYPE html><html><body><main id="root"></main></body></html>');
  return { dom, root: dom.window.document.getElementById('root')! };
}

describe('the incident trends page', () => {
  let model: TrendsModel;

  before(async () => {
    model = trendsModel(await fixtureLibrary());
  });

  it('has a strict CSP with a fresh nonce on its one script, and no inline code or remote resource', () => {
    const nonce = createNonce();
    const doc = new JSDOM(trendsHtml(RESOURCES, nonce)).window.document;
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    assert.equal(csp, `default-src 'none'; style-src ${RESOURCES.cspSource}; img-src ${RESOURCES.cspSource}; font-src ${RESOURCES.cspSource}; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`);
    const scripts = [...doc.querySelectorAll('script')];
    assert.deepEqual(scripts.map((script) => [script.getAttribute('nonce'), script.getAttribute('src'), script.textContent]), [[nonce, RESOURCES.script, '']]);
    assert.equal(doc.querySelectorAll('style, [style]').length, 0, 'no inline style');
    assert.deepEqual([...doc.querySelectorAll('[src], [href]')].map((node) => node.getAttribute('src') ?? node.getAttribute('href')), [RESOURCES.style, RESOURCES.script]);
  });

  it('keeps only what it draws of the server’s answer, with a title for every report', () => {
    assert.deepEqual(model.incidents[1], {
      uri: model.incidents[1]!.uri,
      title: 'Login errors after the session-store upgrade',
      date: '2025-02-03',
      start: '2025-02-03T14:00:00-08:00',
      durationMinutes: 95,
      timeToDetectMinutes: 15,
      timeToResolveMinutes: 80,
      actionItems: { total: 2, open: 1, withOwner: 2 },
      warnings: 0,
    });
    assert.match(model.incidents[1]!.uri, /^file:\/\/\/.*\/incidents\/2025-02-03-login-errors\.md$/);
    assert.deepEqual(model.totals.durationMinutes, { median: 72.5, p90: 95, known: 2 });
    assert.equal(model.totals.periodKind, 'month');
    assert.equal(model.failed, 0);
  });

  describe('chart layout', () => {
    it('places each incident at its own local day and clock, a date alone at noon', () => {
      assert.equal(incidentTime({ date: '2025-02-03', start: '2025-02-03T23:30:00-08:00' }), Date.UTC(2025, 1, 3, 23, 30));
      assert.equal(incidentTime({ date: '2025-02-03', start: null }), Date.UTC(2025, 1, 3, 12));
      assert.equal(incidentTime({ date: null, start: null }), undefined);
    });

    it('draws the fixture library to scale: minutes up, dates along, on whole half hours and Mondays', () => {
      const chart = layoutTrends(model.incidents, { width: 720, height: 300 });
      assert.deepEqual(chart.plot, { left: 76, top: 12, right: 700, bottom: 270 });
      assert.deepEqual(chart.yTicks.map((tick) => tick.minutes), [0, 30, 60, 90, 120]);
      assert.deepEqual(chart.yTicks.map((tick) => tick.y), [270, 205.5, 141, 76.5, 12]);
      assert.deepEqual(chart.xTicks.map((tick) => tick.label), ['Jan 20, 2025', 'Jan 27', 'Feb 3']);
      const [duration, detect, resolve] = chart.series;
      assert.deepEqual(duration!.points.map((point) => [point.minutes, point.incident]), [[50, 2], [95, 1]], 'oldest first');
      assert.deepEqual(detect!.points.map((point) => point.minutes), [6, 15]);
      assert.deepEqual(resolve!.points.map((point) => point.minutes), [44, 80]);
      // One scale: y is proportional to minutes, x to time.
      for (const point of [...duration!.points, ...detect!.points]) assert.ok(Math.abs(point.y - (270 - (point.minutes / 120) * 258)) <= 0.1);
      const feb3 = chart.xTicks.find((tick) => tick.label === 'Feb 3')!.x;
      assert.ok(duration!.points[1]!.x > feb3 && duration!.points[1]!.x - feb3 < (624 / 22) * 0.6 + 1, 'the Feb 3 incident at 14:00, just after the Feb 3 tick');
      // The queue backlog (dated, no metric) is counted, not drawn, and does not stretch the axis.
      assert.deepEqual(chart.missing, { durationMinutes: 1, timeToDetectMinutes: 1, timeToResolveMinutes: 1 });
      assert.equal(chart.undated, 0);
    });

    it('leaves out undated incidents and unknown metrics, and copes with none or one', () => {
      const chart = layoutTrends([incident({ durationMinutes: 30 }), incident({ date: '2025-05-01', durationMinutes: 3000, timeToDetectMinutes: null })]);
      assert.equal(chart.undated, 1);
      assert.deepEqual(chart.missing, { durationMinutes: 0, timeToDetectMinutes: 1, timeToResolveMinutes: 1 });
      assert.equal(chart.series[0]!.points.length, 1);
      assert.equal(chart.series[0]!.points[0]!.x, (76 + 700) / 2, 'one incident: in the middle');
      assert.deepEqual(chart.yTicks.map((tick) => tick.minutes), [0, 720, 1440, 2160, 2880, 3600], 'steps of 12 h');
      const empty = layoutTrends([]);
      assert.deepEqual([empty.xTicks, empty.series.flatMap((series) => series.points), empty.undated], [[], [], 0]);
    });

    it('ticks days, then Mondays, then months and years as the span grows, never more than fit', () => {
      const labels = (from: string, to: string, max = 7) => timeTicks(Date.parse(from), Date.parse(to), max).map((tick) => tick.label);
      assert.deepEqual(labels('2025-02-01T10:00Z', '2025-02-04T10:00Z'), ['Feb 2, 2025', 'Feb 3', 'Feb 4']);
      assert.deepEqual(labels('2024-12-30T10:00Z', '2025-01-02T10:00Z'), ['Dec 31, 2024', 'Jan 1, 2025', 'Jan 2']);
      assert.deepEqual(labels('2025-01-01Z', '2025-06-30Z'), ['Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025']);
      assert.deepEqual(labels('2020-01-01Z', '2025-06-30Z'), ['Jan 2021', 'Jan 2022', 'Jan 2023', 'Jan 2024', 'Jan 2025']);
      for (const span of [3, 20, 100, 400, 4000]) assert.ok(timeTicks(0, span * DAY, 6).length <= 6, `${span} days`);
    });
  });

  describe('messages', () => {
    it('accepts only the messages each side may send', () => {
      assert.deepEqual(trendsPageMessage({ type: 'open', uri: 'file:///a.md' }), { type: 'open', uri: 'file:///a.md' });
      assert.deepEqual(trendsPageMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
      assert.equal(trendsPageMessage({ type: 'open', uri: 7 }), undefined);
      assert.equal(trendsPageMessage('ready'), undefined);
      assert.deepEqual(trendsHostMessage(JSON.parse(JSON.stringify({ type: 'library', model }))), { type: 'library', model });
      const broken = JSON.parse(JSON.stringify(model));
      broken.incidents[0].durationMinutes = '1 h';
      assert.equal(trendsHostMessage({ type: 'library', model: broken }), undefined);
      assert.equal(trendsHostMessage({ type: 'library', model: { ...model, totals: { ...model.totals, periodKind: 'week' } } }), undefined);
      assert.equal(trendsHostMessage({ type: 'status', text: 1 }), undefined);
    });
  });

  describe('renderer', () => {
    it('draws the totals, the chart with its legend and note, the months, and the open action items', () => {
      const { dom, root } = page();
      renderTrends(root, model);
      const text = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
      assert.equal(root.querySelector('.summary')!.textContent, '3 postmortems, from 2025-01-14 to 2025-03-20.');
      assert.deepEqual(text('.totals tbody tr'), ['Duration1 h 13 min1 h 35 min2 of 3', 'Time to detect11 min15 min2 of 3', 'Time to resolve1 h 2 min1 h 20 min2 of 3']);
      assert.equal(root.querySelectorAll('svg.chart circle.point').length, 6);
      assert.equal(root.querySelectorAll('svg.chart polyline.trend').length, 3);
      assert.deepEqual(text('svg .y-label'), ['0 min', '30 min', '1 h', '1 h 30 min', '2 h']);
      assert.deepEqual(text('.legend li'), ['Duration (2 reports)', 'Time to detect (2 reports)', 'Time to resolve (2 reports)']);
      assert.match(root.querySelector('.trend-chart .note')!.textContent!, /^Unknown, so not drawn: the duration of 1 report, the time to detect of 1, the time to resolve of 1\. /);
      assert.deepEqual(text('.periods tbody tr td:first-child'), ['2025-01', '2025-02', '2025-03']);
      assert.equal(root.querySelector('.actions h2')!.textContent, 'Open action items (4)');
      assert.deepEqual(text('.actions tbody tr'), [
        'Postmortem: queue backlog2025-03-201 of 10 of 1',
        'Login errors after the session-store upgrade2025-02-031 of 22 of 2',
        'Postmortem: search outage after the index migration2025-01-142 of 32 of 3',
      ]);
      assert.deepEqual([...root.querySelectorAll('.actions button.link')].map((node) => node.getAttribute('data-uri')), model.incidents.map((each) => each.uri));
      const point = root.querySelector('circle.point')!;
      assert.equal(point.querySelector('title')!.textContent, 'Postmortem: search outage after the index migration (2025-01-14): duration 50 min');
      assert.equal(point.getAttribute('data-uri'), model.incidents[2]!.uri);
      dom.window.close();
    });

    it('shows a hostile title as text', () => {
      const { dom, root } = page();
      const title = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
      renderTrends(root, { ...model, incidents: model.incidents.map((each) => ({ ...each, title })) });
      assert.equal(root.querySelectorAll('img, script, iframe, a, foreignObject').length, 0);
      assert.equal(root.querySelector('.actions button.link')!.textContent, title);
      assert.ok(root.querySelector('circle.point title')!.textContent!.startsWith(title));
      dom.window.close();
    });

    it('has a clear empty state with New Postmortem…, and says when nothing can be charted', () => {
      const { dom, root } = page();
      renderTrends(root, { ...model, incidents: [], failed: 1 });
      assert.match(root.textContent!, /No postmortem in this workspace yet/);
      assert.match(root.textContent!, /1 Markdown file could not be read\./);
      assert.equal(root.querySelector('button[data-action="newPostmortem"]')!.textContent, 'New Postmortem…');
      renderTrends(root, { ...model, incidents: [incident({ actionItems: { total: 1, open: 0, withOwner: 0 } })] });
      assert.equal(root.querySelector('svg'), null);
      assert.match(root.querySelector('.trend-chart')!.textContent!, /No report gives a date with a duration/);
      assert.equal(root.querySelector('.trend-chart .note')!.textContent!, '1 report has no date, so it is not on the chart.');
      assert.equal(root.querySelector('.actions .status')!.textContent, 'None: every action item the reports list is done.');
      renderTrendsStatus(root, '<b>could not be read</b>');
      assert.equal(root.textContent, '<b>could not be read</b>');
      dom.window.close();
    });
  });

  describe('the built page script', () => {
    it('says ready, draws a library, asks to open a clicked report or point, and ignores junk', () => {
      const script = readFileSync(join(ROOT, 'dist', 'webview', 'trends.js'), 'utf8');
      const dom = new JSDOM('<!DOCTYPE html><html><body><main id="root"></main></body></html>', { runScripts: 'outside-only' });
      const messages: unknown[] = [];
      const sent = () => JSON.parse(JSON.stringify(messages));
      Object.assign(dom.window, { acquireVsCodeApi: () => ({ postMessage: (message: unknown) => messages.push(message) }), scrollTo: () => undefined });
      dom.window.eval(script);
      assert.deepEqual(sent(), [{ type: 'ready' }]);
      const root = dom.window.document.getElementById('root')!;
      const deliver = (data: unknown) => dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data }));
      deliver({ type: 'library', model: { incidents: 'x' } });
      deliver('<img src=x onerror=alert(1)>');
      assert.equal(root.children.length, 0, 'junk draws nothing');
      deliver(JSON.parse(JSON.stringify({ type: 'library', model })));
      assert.equal(root.querySelectorAll('circle.point').length, 6);
      root.querySelector<HTMLElement>('.actions button.link')!.click();
      root.querySelector('circle.point')!.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      deliver({ type: 'library', model: { ...JSON.parse(JSON.stringify(model)), incidents: [] } });
      root.querySelector<HTMLElement>('button[data-action="newPostmortem"]')!.click();
      assert.deepEqual(sent().slice(1), [
        { type: 'open', uri: model.incidents[0]!.uri },
        { type: 'open', uri: model.incidents[2]!.uri },
        { type: 'newPostmortem' },
      ]);
      dom.window.close();
    });
  });
});
