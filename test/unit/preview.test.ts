/**
 * The timeline preview without VS Code: the page shell (CSP, nonce, no document text), the layout
 * (to scale, breaks for long gaps), the renderer in a DOM (jsdom), the messages each side accepts,
 * and the built webview script itself, driven the way the extension drives it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { createNonce, previewHtml } from '../../client/src/preview/html';
import { hostMessage, previewState, webviewMessage } from '../../client/src/preview/messages';
import { layoutTimeline, ROW } from '../../client/src/webview/layout';
import { highlightLine, renderTimeline } from '../../client/src/webview/render';
import { timelineModel } from '../../server/src/engine/timeline-model';
import { parsePostmortem } from '../../server/src/parse/parse';
import type { TimelineModel } from '../../server/src/protocol';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'preview');
const RESOURCES = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', script: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js', style: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/style.css' };

function fixtureModel(name: string): TimelineModel {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return timelineModel(parsePostmortem(text, 'headings'), { timezone: undefined }, `file:///${name}`, 1);
}

/** A page with the real stylesheet's markup shell and an empty root, and the root. */
function page(): { dom: JSDOM; root: HTMLElement } {
  const dom = new JSDOM('<!DOCTYPE html><html><body><main id="root"></main></body></html>');
  return { dom, root: dom.window.document.getElementById('root')! };
}

describe('the timeline preview', () => {
  describe('page shell', () => {
    it('has a strict CSP with a fresh nonce on its one script, and no inline code or remote resource', () => {
      const nonce = createNonce();
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
      assert.notEqual(createNonce(), nonce, 'a new nonce per page');
      const html = previewHtml(RESOURCES, nonce);
      const doc = new JSDOM(html).window.document;
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      assert.equal(
        csp,
        `default-src 'none'; style-src ${RESOURCES.cspSource}; img-src ${RESOURCES.cspSource}; font-src ${RESOURCES.cspSource}; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`,
      );
      const scripts = [...doc.querySelectorAll('script')];
      assert.equal(scripts.length, 1);
      assert.equal(scripts[0]!.getAttribute('nonce'), nonce);
      assert.equal(scripts[0]!.getAttribute('src'), RESOURCES.script);
      assert.equal(scripts[0]!.textContent, '', 'no inline script');
      assert.equal(doc.querySelectorAll('style, [style]').length, 0, 'no inline style');
      assert.deepEqual(
        [...doc.querySelectorAll('[src], [href]')].map((node) => node.getAttribute('src') ?? node.getAttribute('href')),
        [RESOURCES.style, RESOURCES.script],
      );
    });
  });

  describe('layout', () => {
    it('draws gaps to one scale, and a long gap as a labelled break, not a short stretch', () => {
      const entries = [0, 10, 20, 40, 40 + 20 * 60].map((minutes) => ({ minutes, minuteOfDay: 600 + minutes, day: undefined }));
      const layout = layoutTimeline(entries);
      const gap = (index: number) => layout.markerY[index]! - layout.markerY[index - 1]!;
      assert.equal(gap(1), gap(2), 'ten minutes is ten minutes everywhere');
      assert.equal(gap(3), 2 * gap(1), 'twenty minutes is twice ten');
      assert.deepEqual(
        layout.breaks.map((each) => each.minutes),
        [20 * 60],
      );
      assert.ok(gap(4) < 20 * 60 * layout.scale, 'the 20-hour gap is broken, so it is labelled');
      for (let index = 1; index < entries.length; index++) assert.ok(layout.labelY[index]! - layout.labelY[index - 1]! >= ROW, 'labels never overlap');
      for (let index = 0; index < entries.length; index++) assert.ok(layout.labelY[index]! >= layout.markerY[index]!);
    });

    it('marks the day boundary at midnight', () => {
      const layout = layoutTimeline([
        { minutes: 0, minuteOfDay: 23 * 60, day: '2024-03-08' },
        { minutes: 60, minuteOfDay: 0, day: '2024-03-09' },
      ]);
      assert.deepEqual(layout.days, [
        { y: 0, day: '2024-03-08' },
        { y: layout.markerY[1], day: '2024-03-09' },
      ]);
    });
  });

  describe('renderer', () => {
    it('draws the two-day timeline: metrics, days, the long gap, phases and their reasons', () => {
      const { root } = page();
      const model = fixtureModel('multi-day.md');
      renderTimeline(root, model);
      const text = (selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
      assert.deepEqual(text('.metric dt'), ['Start', 'End', 'Duration', 'Time to detect', 'Time to mitigate', 'Time to resolve', 'Entries']);
      assert.deepEqual(text('.metric dd'), ['22:40', '19:05', '20 h 25 min', '30 min', '55 min', '19 h 55 min', '8']);
      assert.deepEqual(text('.day'), ['2024-03-08', '2024-03-09']);
      assert.deepEqual(text('.break'), ['17 h 40 min later']);
      assert.deepEqual(
        [...root.querySelectorAll<HTMLElement>('.chart .entry')].map((entry) => [entry.dataset.line, entry.querySelector('.time')!.textContent, entry.className]),
        [
          ['11', '22:30', 'entry phase-trigger'],
          ['12', '22:40', 'entry phase-outage-start'],
          ['13', '23:10', 'entry phase-detection'],
          ['14', '23:35', 'entry phase-mitigation'],
          ['16', '00:20', 'entry phase-escalation'],
          ['17', '01:05', 'entry phase-mitigation'],
          ['18', '18:45', 'entry'],
          ['19', '19:05', 'entry phase-resolution'],
        ],
      );
      const detection = root.querySelector<HTMLElement>('.entry[data-line="13"] .chip')!;
      assert.equal(detection.title, 'Detection: the words "alert fires" (alert)');
      assert.equal(root.querySelector('.entry[data-line="13"] .elapsed')!.textContent, 'T+0:30');
      assert.match(root.querySelector('.zone')!.textContent!, /^All times UTC \(from the Timeline heading\)\.$/);
      assert.equal(root.querySelectorAll('.marker').length, 8);
    });

    it('says "unknown" where the timeline does not say, and shows no elapsed time from a guess', () => {
      const { root } = page();
      const text = '# Deploy\n\n## Timeline (UTC)\n\n- 10:00 - Deploy starts.\n- 10:20 - Deploy finishes.\n\n## Root Cause\n\nNone.\n';
      renderTimeline(root, timelineModel(parsePostmortem(text, 'headings'), { timezone: undefined }, 'file:///x.md', 1));
      assert.deepEqual(
        [...root.querySelectorAll('.metric dd')].map((node) => node.textContent),
        ['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', '2'],
      );
      assert.equal(root.querySelectorAll('.metric.unknown').length, 6);
      assert.equal(root.querySelectorAll('.elapsed').length, 0);
    });

    it('renders a hostile postmortem as text: no element, handler or link comes from the document', () => {
      const { dom, root } = page();
      const alerts: string[] = [];
      dom.window.alert = (message?: string) => alerts.push(String(message));
      const model = fixtureModel('hostile.md');
      renderTimeline(root, model);
      assert.equal(root.querySelectorAll('script, img, iframe, style, a, b, link, object, embed').length, 0);
      for (const node of root.querySelectorAll('*')) {
        for (const attribute of node.getAttributeNames()) assert.ok(!attribute.startsWith('on') && attribute !== 'href' && attribute !== 'src', `${node.tagName} has ${attribute}`);
      }
      const shown = root.textContent!;
      assert.ok(shown.includes('<script>window.top.postMessage("owned", "*")</script> deployed to production.'));
      assert.ok(shown.includes(`<img src=x onerror="alert('img')"> broke the status page.`));
      assert.ok(shown.includes("[the runbook](javascript:alert('link'))"));
      assert.ok(shown.includes('</style><style>body{display:none}</style>'));
      // The title is the heading's text: remark reads the tags in it as HTML, which is not text.
      assert.equal(root.querySelector('h1')!.textContent, 'Postmortem: the alert("title") outage: timeline');
      assert.ok(shown.includes('<iframe src="https://example.com"></iframe>'), 'the unplaced entry, as text');
      assert.match(root.querySelector('.unplaced .reason')!.textContent!, /"25:10" is not a time of day/);
      assert.deepEqual(alerts, []);
    });

    it('highlights the entry at or above the cursor line', () => {
      const { root } = page();
      renderTimeline(root, fixtureModel('multi-day.md'));
      assert.equal(highlightLine(root, 15)?.dataset.line, '14', 'the day line between entries belongs to the entry above');
      assert.deepEqual(
        [...root.querySelectorAll<HTMLElement>('.current')].map((node) => node.dataset.line),
        ['14'],
      );
      assert.equal(highlightLine(root, 2), undefined, 'above the timeline: nothing');
      assert.equal(root.querySelectorAll('.current').length, 0);
    });
  });

  describe('messages', () => {
    it('each side takes only the messages it expects', () => {
      assert.deepEqual(webviewMessage({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
      for (const bad of [null, 'reveal', { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'run', command: 'rm' }]) assert.equal(webviewMessage(bad), undefined);
      const model = fixtureModel('multi-day.md');
      assert.deepEqual(hostMessage(JSON.parse(JSON.stringify({ type: 'model', model }))), { type: 'model', model: JSON.parse(JSON.stringify(model)) });
      assert.equal(hostMessage({ type: 'model', model: { ...model, entries: [{ line: 1, time: 3 }] } }), undefined);
      assert.equal(hostMessage({ type: 'highlight', line: Number.NaN }), undefined);
      assert.deepEqual(previewState({ uri: 'file:///a.md', scrollY: 120 }), { uri: 'file:///a.md', scrollY: 120 });
      assert.deepEqual(previewState({ uri: 'file:///a.md', scrollY: 'top' }), { uri: 'file:///a.md', scrollY: 0 });
      assert.equal(previewState(undefined), undefined);
    });
  });

  describe('the built webview script', () => {
    it('says ready, draws a model, reveals a clicked line, keeps its state, and ignores junk', async () => {
      const script = readFileSync(join(ROOT, 'dist', 'webview', 'main.js'), 'utf8');
      const dom = new JSDOM('<!DOCTYPE html><html><body><main id="root"></main></body></html>', { runScripts: 'outside-only' });
      const messages: unknown[] = [];
      // Objects made inside the page's realm, compared as the data they carry.
      const sent = () => JSON.parse(JSON.stringify(messages));
      let state: unknown = { uri: 'file:///multi-day.md', scrollY: 0 };
      Object.assign(dom.window, {
        acquireVsCodeApi: () => ({ postMessage: (message: unknown) => messages.push(message), getState: () => state, setState: (next: unknown) => (state = next) }),
        scrollTo: () => undefined,
      });
      dom.window.HTMLElement.prototype.scrollIntoView = () => undefined; // jsdom does no layout
      dom.window.eval(script);
      assert.deepEqual(sent(), [{ type: 'ready' }]);
      const root = dom.window.document.getElementById('root')!;
      const deliver = (data: unknown) => dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data }));
      deliver({ type: 'model', model: { uri: 'x' } });
      deliver('<img src=x onerror=alert(1)>');
      assert.equal(root.children.length, 0, 'junk draws nothing');
      deliver(JSON.parse(JSON.stringify({ type: 'model', model: fixtureModel('multi-day.md') })));
      assert.equal(root.querySelectorAll('.chart .entry').length, 8);
      root.querySelector<HTMLElement>('.entry[data-line="16"] .text')!.click();
      assert.deepEqual(sent()[1], { type: 'reveal', line: 16 });
      deliver({ type: 'highlight', line: 17 });
      assert.equal(root.querySelector<HTMLElement>('.current')?.dataset.line, '17');
      assert.deepEqual(JSON.parse(JSON.stringify(state)), { uri: 'file:///multi-day.md', scrollY: 0 });
      deliver({ type: 'status', text: '<b>not a postmortem</b>' });
      assert.equal(root.textContent, '<b>not a postmortem</b>');
      dom.window.close();
    });
  });
});
