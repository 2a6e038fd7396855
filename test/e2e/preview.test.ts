/**
 * The timeline preview in real VS Code: it opens from the editor title button and the command, draws
 * the two-day timeline, reveals a line on click, highlights the entry at the cursor, follows edits,
 * follows the active postmortem, and shows a hostile postmortem as text.
 */
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { Editor, codeServerEntry } from './editor';

describe('the timeline preview in VS Code', function () {
  let editor: Editor;
  let preview: Frame;

  before(async function () {
    // On a fresh machine the first start installs code-server and Chromium (apt-get, npm, node-gyp).
    this.timeout(600_000);
    editor = await Editor.start(codeServerEntry(), {
      'incidents/exports-postmortem.md': 'test/fixtures/preview/multi-day.md',
      'incidents/status-page-postmortem.md': 'test/fixtures/preview/hostile.md',
    });
  });

  after(async function () {
    await editor?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await editor.screenshot(`preview-FAILED-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  const entriesShown = async () => preview.locator('.chart .entry').count();
  const statusBar = () => editor.page.locator('.statusbar-item[id="status.editor.selection"]').innerText();

  it('opens beside the editor from the title bar button and draws the two-day timeline', async function () {
    await editor.openFile('exports-postmortem.md');
    const button = editor.page.locator('.editor-actions .action-label[aria-label^="Open Timeline Preview to the Side"]');
    await button.click();
    preview = await editor.webviewFrame('.chart .entry');
    await editor.until(async () => (await entriesShown()) === 8, '8 entries');
    assert.deepEqual(await preview.locator('.day').allInnerTexts(), ['2024-03-08', '2024-03-09']);
    assert.deepEqual(await preview.locator('.break').allInnerTexts(), ['17 h 40 min later']);
    assert.deepEqual(await preview.locator('.metric dd').allInnerTexts(), ['22:40', '19:05', '20 h 25 min', '30 min', '55 min', '19 h 55 min', '8']);
    await editor.screenshot('preview-1-two-day-timeline');
  });

  it('reveals and selects an entry’s line when it is clicked', async function () {
    await preview.locator('.entry[data-line="16"]').click();
    await editor.until(async () => /^Ln 17, Col \d+ \(\d+ selected\)$/.test(await statusBar()), 'line 17 selected in the editor');
  });

  it('highlights the entry at the cursor', async function () {
    await editor.page.keyboard.press('Control+G');
    await editor.page.locator('.quick-input-widget input').fill(':14');
    await editor.page.keyboard.press('Enter');
    await editor.until(async () => (await preview.locator('.entry.current').getAttribute('data-line').catch(() => null)) === '13', 'the 23:10 entry highlighted');
  });

  it('follows edits as the author types', async function () {
    await editor.page.keyboard.press('End');
    await editor.page.keyboard.type('\n  - 23:20 - The incident commander joins the bridge.');
    await editor.until(async () => (await entriesShown()) === 9, '9 entries after typing one');
    assert.equal(await preview.locator('.entry[data-line="14"] .time').innerText(), '23:20');
    await editor.screenshot('preview-2-after-typing');
  });

  it('follows the active postmortem, and shows a hostile one as text', async function () {
    const dialogs: string[] = [];
    editor.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await editor.openFile('status-page-postmortem.md');
    await editor.until(async () => (await preview.locator('h1').innerText().catch(() => '')).includes('alert("title")'), 'the preview to follow');
    preview = await editor.webviewFrame('.unplaced .reason');
    const text = await preview.locator('.page').innerText();
    assert.ok(text.includes('<script>window.top.postMessage("owned", "*")</script> deployed to production.'));
    assert.ok(text.includes(`<img src=x onerror="alert('img')"> broke the status page.`));
    assert.equal(await preview.locator('.page img, .page script, .page iframe, .page a').count(), 0);
    assert.deepEqual(dialogs, []);
    await editor.screenshot('preview-3-hostile-as-text');
  });

  it('opens from the command palette too', async function () {
    await editor.page.locator('.tab', { hasText: 'Timeline' }).locator('.codicon-close').click();
    await editor.until(async () => (await editor.page.locator('.tab', { hasText: 'Timeline' }).count()) === 0, 'the preview to close');
    await editor.openFile('exports-postmortem.md');
    await editor.runCommand('Postmortem: Open Timeline Preview to the Side');
    preview = await editor.webviewFrame('.chart .entry');
    await editor.until(async () => (await entriesShown()) >= 8, 'the entries');
  });

  it('opens from the code lens on the Timeline heading, which states the outage length', async function () {
    await editor.page.locator('.tab', { hasText: 'Timeline' }).locator('.codicon-close').click();
    await editor.until(async () => (await editor.page.locator('.tab', { hasText: 'Timeline' }).count()) === 0, 'the preview to close');
    const lens = editor.page.locator('.codelens-decoration a', { hasText: 'Open Timeline Preview' });
    await lens.waitFor();
    assert.match(await lens.innerText(), /^Outage 20 hours 25 minutes · resolved 19 hours 55 minutes after detection · Open Timeline Preview$/);
    await lens.click();
    preview = await editor.webviewFrame('.chart .entry');
    await editor.until(async () => (await entriesShown()) >= 8, 'the entries');
  });
});
