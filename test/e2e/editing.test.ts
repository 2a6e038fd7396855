/**
 * What a person does with the extension in real VS Code: open files and see the problems (or none),
 * take a quick fix from the lightbulb menu, fix everything on save, import a chat log into the
 * timeline, complete a heading, insert the template, and get one clear message for a wrong setting. The results are read where a person
 * reads them (the Problems panel, the status bar, the suggest widget) and from the saved file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';
import type { Locator } from 'playwright-core';
import { Editor, codeServerEntry } from './editor';

const { config } = resolveConfig(rules, []);

describe('editing postmortems in VS Code', function () {
  let editor: Editor;
  const page = () => editor.page;
  const fileText = (name: string) => readFileSync(join(editor.workspace, name), 'utf8');

  before(async function () {
    // On a fresh machine the first start installs code-server and Chromium (apt-get, npm, node-gyp).
    this.timeout(600_000);
    editor = await Editor.start(
      codeServerEntry(),
      {
        'notes.md': 'test/fixtures/e2e/notes.md',
        'incidents/checkout-outage.md': 'examples/checkout-outage.md',
        'incidents/quick-fix-postmortem.md': 'examples/checkout-outage.md',
        'incidents/save-postmortem.md': 'examples/checkout-outage.md',
        'incidents/draft-postmortem.md': 'test/fixtures/e2e/draft.md',
        'incidents/new-postmortem.md': 'test/fixtures/e2e/empty.md',
        'incidents/import-postmortem.md': 'examples/checkout-outage.md',
        'logs/incident-channel.log': 'test/fixtures/import/irc.log',
        'incidents/paste-postmortem.md': 'examples/checkout-outage.md',
      },
      // A wrong value, to see how it is told; and fix-all on save, as the README shows.
      { 'postmortem.rules.timeline-coverage': 'loud', '[markdown]': { 'editor.wordWrap': 'off', 'editor.codeActionsOnSave': { 'source.fixAll.postmortem': 'explicit' } } },
    );
  });

  after(async function () {
    await editor?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await editor.screenshot(`editing-FAILED-${this.currentTest.title.replace(/\W+/g, '-')}`);
    await page().keyboard.press('Escape'); // close whatever menu or widget a scenario left open
  });

  /** The status bar's problem counts of the whole workspace, e.g. "Errors: 0, Warnings: 5, Infos: 3". */
  const problemCounts = async () => (await page().locator('#status\\.problems').getAttribute('aria-label')) ?? '';

  /** The Problems panel's rows for the active file: "warning 11 timestamp-malformed". */
  async function problemsOfActiveFile(): Promise<string[]> {
    await editor.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const rows = page().locator('.markers-panel .monaco-list-row[aria-label]');
    await rows.first().waitFor();
    const labels = await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
    return labels.filter((label) => / at line \d+ and character \d+/.test(label));
  }

  async function goTo(line: number, column: number): Promise<void> {
    await page().keyboard.press('Control+G');
    await page().locator('.quick-input-widget input').fill(`:${line}:${column}`);
    await page().keyboard.press('Enter');
    await editor.until(async () => (await page().locator('.statusbar-item[id="status.editor.selection"]').innerText()).startsWith(`Ln ${line}, Col ${column}`), `the cursor at ${line}:${column}`);
  }

  /** Moves the focus in an open action menu down to `row`, and takes it. */
  async function pick(row: Locator): Promise<void> {
    await editor.until(async () => {
      if ((await row.getAttribute('class'))?.includes('focused')) return true;
      await page().keyboard.press('ArrowDown');
      return false;
    }, 'the item to be the chosen one');
    await page().keyboard.press('Enter');
  }

  async function save(name: string, before: string): Promise<string> {
    await page().keyboard.press('Control+S');
    return editor.until(() => {
      const text = fileText(name);
      return text !== before && text;
    }, `${name} saved`);
  }

  it('activates only when a Markdown file opens, and quickly', async function () {
    const running = async () => {
      await editor.runCommand('Developer: Show Running Extensions');
      const rows = page().locator('.runtime-extensions-editor .monaco-list-row');
      await rows.first().waitFor();
      const texts = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
      await page().keyboard.press('Control+W'); // close the Running Extensions editor
      return texts;
    };
    assert.ok(!(await running()).some((text) => text.startsWith('Postmortem ')), 'not active before any Markdown file');
    await editor.openFile('notes.md');
    const row = await editor.until(async () => (await running()).find((text) => text.startsWith('Postmortem ') && /Activation: \d+ms/.test(text)), 'the extension to activate');
    const activation = Number(/Activation: (\d+)ms/.exec(row)![1]);
    console.log(`      activation: ${activation} ms (${row})`);
    assert.ok(activation < 1000, `activate() returned in ${activation} ms`);
  });

  it('a postmortem with known defects shows them in the Problems panel, at their lines; other Markdown gets none', async function () {
    await editor.openFile('notes.md');
    await editor.openFile('checkout-outage.md');
    await editor.until(async () => /Warnings: [1-9]/.test(await problemCounts()), 'problems in the status bar');
    // Hints show in the editor but, as VS Code does with hints, not in the Problems panel.
    const expected = lint({ text: fileText('incidents/checkout-outage.md'), path: 'postmortem.md', config }).findings.filter((finding) => finding.severity !== 'hint');
    const rows = await editor.until(async () => {
      const found = await problemsOfActiveFile();
      return found.length >= expected.length && found;
    }, 'every finding in the Problems panel');
    assert.equal(rows.length, expected.length, rows.join('\n'));
    for (const line of [9, 11, 12]) assert.ok(rows.some((label) => label.includes(` at line ${line} and character 3.`)), `a problem at line ${line}: ${rows.join('\n')}`);
    assert.ok(rows.some((label) => label.startsWith('Warning: "1: 55 PM" is not a well-formed time')));
    const files = await page().locator('.markers-panel .monaco-list-row[aria-label*="problems in file"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    assert.deepEqual(files, [`${expected.length} problems in file checkout-outage.md of folder incidents`], 'notes.md, opened first, has none');
    assert.ok((await page().locator('.monaco-editor .squiggly-warning').count()) >= 3, 'squiggles in the editor');
    await editor.screenshot('editing-1-problems');
  });

  it('a quick fix from the lightbulb menu (Ctrl+.) rewrites the time exactly', async function () {
    await editor.openFile('quick-fix-postmortem.md');
    await goTo(11, 4);
    await editor.until(async () => (await page().locator('.monaco-editor .squiggly-warning').count()) > 0, 'the squiggles');
    await page().keyboard.press('Control+.');
    const item = page().locator('.action-widget .monaco-list-row', { hasText: 'Write "1:55 PM"' });
    await item.waitFor();
    await editor.screenshot('editing-2-quick-fix-menu');
    await editor.until(async () => (await item.getAttribute('class'))?.includes('focused'), 'the fix to be the chosen item');
    await page().keyboard.press('Enter');
    // The line as the editor shows it, less the inlay hint (T+2:40) drawn after the time.
    const line11 = () => page().locator('.view-line', { hasText: 'Server restart begins' }).evaluate((node) => [...node.querySelectorAll(':scope > span > span')].filter((span) => !/dyn-rule/.test(span.className)).map((span) => span.textContent).join(''));
    await editor.until(async () => (await line11()).replace(/\u00a0/g, ' ') === '- 1:55 PM - Server restart begins', 'the fixed line');
    assert.equal(await page().locator('.view-line', { hasText: '11:05 A M' }).count(), 1, 'the other malformed time is left alone');
  });

  it('fix-all on save (editor.codeActionsOnSave) leaves no fixable finding', async function () {
    await editor.openFile('save-postmortem.md');
    const before = fileText('incidents/save-postmortem.md');
    assert.ok(lint({ text: before, path: 'postmortem.md', config }).findings.some((finding) => finding.fix !== undefined));
    await page().locator('.monaco-editor .view-lines').first().click();
    await page().keyboard.press('End'); // an edit, so the editor is dirty and saves
    await page().keyboard.type(' ');
    const saved = await save('incidents/save-postmortem.md', before);
    const left = lint({ text: saved, path: 'postmortem.md', config }).findings.filter((finding) => finding.fix?.() && !finding.fix()!.suggestion);
    assert.deepEqual(left.map((finding) => finding.message), []);
    assert.ok(saved.includes('## Root Cause'), 'the missing sections were inserted');
    assert.ok(saved.includes('- 11:05 AM - Configuration pushed'));
  });

  it('"Import Timeline from File…" merges a chat log into the timeline, in order and in its style', async function () {
    await editor.openFile('import-postmortem.md');
    await editor.runCommand('Postmortem: Import Timeline from File');
    // code-server's file picker is a quick input that takes a path.
    const input = page().locator('.quick-input-widget input');
    await input.waitFor();
    await editor.until(async () => (await input.inputValue()).length > 0, 'the picker to show its folder');
    await input.fill(`${join(editor.workspace, 'logs')}/`);
    const file = page().locator('.quick-input-list .monaco-list-row', { hasText: 'incident-channel.log' });
    await file.waitFor();
    await file.click(); // picking a file accepts it
    const entry = page().locator('.view-line', { hasText: 'amina: Checkout is returning 502s for everyone' });
    await editor.until(async () => (await entry.count()) > 0, 'the imported entries');
    await editor.screenshot('editing-4-imported-timeline');
    const message = page().locator('.notifications-toasts .notification-toast', { hasText: 'Added 4 timeline entries' });
    await message.waitFor();
    // In the report's 12-hour style and zone (the log states none), before the report's own entries.
    const saved = await save('incidents/import-postmortem.md', fileText('incidents/import-postmortem.md'));
    const timeline = saved.split('\n').filter((line) => /^- \d/.test(line));
    assert.deepEqual(timeline.slice(0, 5).map((line) => line.slice(0, 9)), ['- 3:38 AM', '- 3:39 AM', '- 3:41 AM', '- 3:53 AM', '- 11:05 A'], timeline.join('\n'));
    assert.ok(timeline[0]!.includes('amina: Checkout is returning 502s for everyone'));
  });

  it('a transcript pasted into the timeline becomes entries; the paste widget gives the plain paste, which the refactor menu turns back into entries', async function () {
    const transcript = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'slack-copied.txt'), 'utf8');
    await editor.openFile('paste-postmortem.md');
    // The extension is running once the report's problems are counted.
    await editor.until(async () => /Warnings: [1-9]/.test(await problemCounts()), 'the report linted');
    await goTo(9, 1);
    await page().evaluate((text) => navigator.clipboard.writeText(text), transcript);
    await page().keyboard.press('Control+V');
    const entry = page().locator('.view-line', { hasText: /^-\s3:42\sAM\s.*Kofi\sMensah:\sPaging\sthe\snetwork\steam$/ });
    const plain = page().locator('.view-line', { hasText: /^Kofi\sMensah\s+3:41\sAM$/ });
    await editor.until(async () => (await entry.count()) > 0, 'the pasted transcript as entries');
    assert.equal(await page().locator('.view-line', { hasText: /^-\s3:38\sAM\s.*Amina\sDiallo:\sCheckout\sis\sreturning\s502s\sfor\severyone$/ }).count(), 1);
    assert.equal(await page().locator('.view-line', { hasText: 'joined #incident' }).count(), 0, 'the join is left out');
    await editor.screenshot('editing-5-pasted-transcript');
    // (The entries' elapsed-time hints, "T+0:04", are drawn between the time and the text.)
    // The paste widget beside the pasted text offers the paste as it was.
    await page().locator('.post-edit-widget .monaco-button').first().click();
    const asItWas = page().locator('.action-widget .monaco-list-row', { hasText: /plain text/i });
    await asItWas.first().waitFor();
    await editor.screenshot('editing-6-paste-widget');
    await pick(asItWas.first());
    await editor.until(async () => (await plain.count()) === 1 && (await entry.count()) === 0, 'the plain paste');
    await editor.screenshot('editing-7-plain-paste');
    // Any client: select the pasted lines and take the refactor; undo gives them back as they were.
    await goTo(9, 1);
    for (let line = 1; line < transcript.split('\n').length; line++) await page().keyboard.press('Shift+ArrowDown');
    await editor.runCommand('Refactor...');
    const action = page().locator('.action-widget .monaco-list-row', { hasText: 'Turn the pasted records into timeline entries' });
    await action.waitFor();
    await pick(action);
    await editor.until(async () => (await entry.count()) === 1 && (await plain.count()) === 0, 'the selected transcript as entries');
    await page().keyboard.press('Control+Z');
    await editor.until(async () => (await entry.count()) === 0 && (await plain.count()) === 1, 'the plain paste back after undo');
  });

  it('typing "## " on an empty line offers the missing sections', async function () {
    await editor.openFile('draft-postmortem.md');
    await goTo(9, 1);
    await page().keyboard.type('## ');
    const labels = await editor.until(async () => {
      const rows = await page().locator('.suggest-widget .monaco-list-row').allInnerTexts();
      return rows.length > 0 && rows;
    }, 'the suggest widget');
    await editor.screenshot('editing-3-heading-completion');
    for (const heading of ['Root Cause', 'Resolution', 'Corrective and Preventative Measures']) assert.ok(labels.some((label) => label.includes(heading)), `${heading} offered: ${labels.join(' | ')}`);
    assert.ok(!labels.some((label) => label.includes('## Timeline')), 'a section that is there is not offered again');
    await page().keyboard.press('Escape');
  });

  it('the postmortem snippet inserts the template, which has no structural finding', async function () {
    await editor.openFile('new-postmortem.md');
    await page().locator('.monaco-editor .view-lines').first().click();
    await page().keyboard.type('postmortem');
    await page().keyboard.press('Control+Space');
    await page().locator('.suggest-widget .monaco-list-row', { hasText: 'postmortem' }).first().waitFor();
    await page().keyboard.press('Enter');
    await page().keyboard.press('Escape'); // leave snippet mode with the placeholders' default text
    const saved = await save('incidents/new-postmortem.md', '');
    assert.match(saved, /^# Postmortem: what broke, in a few words\n\n## Issue Summary\n/);
    const structural = ['required-sections', 'empty-section', 'duplicate-section', 'section-order'];
    const found = lint({ text: saved, path: 'postmortem.md', config }).findings.filter((finding) => structural.includes(finding.rule));
    assert.deepEqual(found.map((finding) => finding.message), []);
  });

  it('a wrong setting value is told once, clearly, and the rest keeps working', async function () {
    await editor.runCommand('Notifications: Show Notifications');
    const items = page().locator('.notifications-center .notification-list-item-message');
    const messages = await editor.until(async () => {
      const texts = await items.allInnerTexts();
      return texts.some((text) => text.includes('loud')) && texts;
    }, 'the settings warning in the notification center');
    assert.equal(messages.filter((text) => text.includes('loud')).length, 1, messages.join('\n'));
    assert.equal(messages.find((text) => text.includes('loud')), 'Postmortem: settings (postmortem.*): rule "timeline-coverage": "loud" is not a severity (use off, hint, info, warning or error)');
    assert.match(await problemCounts(), /Warnings: [1-9]/, 'the other rules still report');
    await editor.screenshot('editing-4-wrong-setting');
  });
});
