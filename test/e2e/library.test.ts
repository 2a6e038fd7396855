/**
 * The team's incident library in real VS Code, as a person uses it: the Postmortems view in the
 * Explorer lists the workspace's reports newest first with their durations, opens one on click,
 * follows a report changed on disk, and the incident trends page charts them and lists the open
 * action items.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { Editor, codeServerEntry } from './editor';

describe('the incident library in VS Code', function () {
  let editor: Editor;
  let trends: Frame;
  const page = () => editor.page;

  before(async function () {
    // On a fresh machine the first start installs code-server and Chromium (apt-get, npm, node-gyp).
    this.timeout(600_000);
    editor = await Editor.start(codeServerEntry(), {
      'incidents/2025-01-14-search-outage.md': 'test/fixtures/library/incidents/2025-01-14-search-outage.md',
      'incidents/2025-02-03-login-errors.md': 'test/fixtures/library/incidents/2025-02-03-login-errors.md',
      'incidents/2025-03-20-queue-backlog.md': 'test/fixtures/library/incidents/2025-03-20-queue-backlog.md',
      'notes.md': 'test/fixtures/library/notes.md',
    });
  });

  after(async function () {
    await editor?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await editor.screenshot(`library-FAILED-${this.currentTest.title.replace(/\W+/g, '-')}`);
    await page().keyboard.press('Escape');
  });

  const view = () => page().locator('.pane', { has: page().locator('.pane-header', { hasText: /^Postmortems/i }) });
  /** The view's rows as shown: "label | description". */
  const rows = () => view().locator('.monaco-list-row').evaluateAll((nodes) => nodes.map((node) => `${node.querySelector('.label-name')?.textContent ?? ''} | ${node.querySelector('.label-description')?.textContent ?? ''}`));

  it('the Postmortems view lists the reports newest first with their durations, and opens one on click', async function () {
    // The view starts collapsed (nothing is read until it is shown); open it as a person would.
    const header = page().locator('.pane-header', { hasText: /^Postmortems/i });
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const listed = await editor.until(async () => {
      const shown = await rows();
      return shown.length === 3 && shown;
    }, 'three reports in the Postmortems view', 60_000);
    assert.deepEqual(listed, [
      'Postmortem: queue backlog | 2025-03-20 · 1 open action',
      'Login errors after the session-store upgrade | 2025-02-03 · 1 h 35 min · resolved in 1 h 20 min · 1 open action',
      'Postmortem: search outage after the index migration | 2025-01-14 · 50 min · resolved in 44 min · 2 open actions',
    ]);
    // The report with warnings says so with its icon; notes.md is not a postmortem and is not listed.
    assert.equal(await view().locator('.monaco-list-row', { hasText: 'queue backlog' }).locator('.codicon-warning').count(), 1);
    assert.equal(await view().locator('.monaco-list-row', { hasText: 'Login errors' }).locator('.codicon-notebook').count(), 1);
    const row = view().locator('.monaco-list-row', { hasText: 'Login errors after the session-store upgrade' });
    await row.click();
    await page().locator('.tab.active[aria-label*="2025-02-03-login-errors.md"]').waitFor();
    // A wider side bar shows the descriptions whole; hovering a report shows all its figures.
    const sidebar = (await page().locator('.part.sidebar').boundingBox())!;
    await page().mouse.move(sidebar.x + sidebar.width, sidebar.y + 200);
    await page().mouse.down();
    await page().mouse.move(660, sidebar.y + 200, { steps: 5 });
    await page().mouse.up();
    await editor.until(async () => ((await page().locator('.part.sidebar').boundingBox())?.width ?? 0) > 500, 'a wider side bar');
    await row.locator('.label-name').hover();
    const tooltip = page().locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Time to detect' });
    await tooltip.first().waitFor();
    assert.match(await tooltip.first().innerText(), /Time to detect: 15 min[\s\S]*Action items: 1 open of 2, 2 with an owner/);
    await editor.screenshot('library-view');
    await page().mouse.move(900, 500); // the hover goes
  });

  it('shows a report changed on disk', async function () {
    const file = join(editor.workspace, 'incidents', '2025-02-03-login-errors.md');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('# Login errors after the session-store upgrade', '# Login errors after the session-store upgrade, revised').replace('- 3:35 PM - Logins back to normal', '- 4:05 PM - Logins back to normal');
    assert.notEqual(changed, text);
    writeFileSync(file, changed);
    const row = await editor.until(async () => (await rows()).find((shown) => shown.includes('revised')), 'the changed report in the view');
    assert.equal(row, 'Login errors after the session-store upgrade, revised | 2025-02-03 · 2 h 5 min · resolved in 1 h 50 min · 1 open action');
    assert.equal((await rows()).length, 3);
  });

  it('"Show Incident Trends" charts the incidents over time and lists the open action items', async function () {
    await editor.runCommand('View: Toggle Primary Side Bar Visibility'); // the page gets the window's width
    await editor.until(async () => !(await page().locator('.part.sidebar').isVisible()), 'the side bar hidden');
    await editor.runCommand('Postmortem: Show Incident Trends');
    trends = await editor.webviewFrame('svg.chart circle.point');
    // Two reports give all three metrics; the queue backlog gives none and is counted in the note.
    await editor.until(async () => (await trends.locator('svg.chart circle.point').count()) === 6, 'six points on the chart');
    assert.equal(await trends.locator('svg.chart polyline.trend').count(), 3);
    assert.deepEqual(await trends.locator('.legend li').allInnerTexts(), ['Duration (2 reports)', 'Time to detect (2 reports)', 'Time to resolve (2 reports)']);
    assert.match(await trends.locator('.trend-chart .note').innerText(), /^Unknown, so not drawn: the duration of 1 report, /);
    assert.deepEqual(await trends.locator('.totals tbody tr td:first-child').allInnerTexts(), ['Duration', 'Time to detect', 'Time to resolve']);
    assert.equal(await trends.locator('.actions h2').innerText(), 'Open action items (4)');
    assert.deepEqual(await trends.locator('.actions button.link').allInnerTexts(), [
      'Postmortem: queue backlog',
      'Login errors after the session-store upgrade, revised',
      'Postmortem: search outage after the index migration',
    ]);
    await editor.screenshot('incident-trends');
    await trends.locator('.actions button.link', { hasText: 'search outage' }).click();
    await page().locator('.tab[aria-label*="2025-01-14-search-outage.md"]').waitFor();
  });
});
