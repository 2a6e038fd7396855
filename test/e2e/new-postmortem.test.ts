/**
 * "Postmortem: New Postmortem…" in real VS Code, as a person runs it: the title (an empty one is
 * refused), the template (the profile setting preselected), then the new report opens, written next
 * to the team's other postmortems, and a second report of the same title gets its own name.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { rules } from '../../server/src/rules/registry';
import { isoDay } from '../../server/src/templates/file-name';
import { Editor, codeServerEntry } from './editor';

describe('a new postmortem in VS Code', function () {
  let editor: Editor;
  const page = () => editor.page;
  const input = () => page().locator('.quick-input-widget input');

  before(async function () {
    this.timeout(600_000);
    editor = await Editor.start(
      codeServerEntry(),
      {
        // Two reports in docs/reports (one known by its path, one by its headings), one elsewhere: the new one goes to docs/reports.
        'docs/reports/2024-05-01-checkout-postmortem.md': 'examples/checkout-outage.md',
        'docs/reports/login-failures.md': 'examples/login-failures.md',
        'notes/checkout-outage.md': 'examples/checkout-outage.md',
        'README.md': 'test/fixtures/e2e/notes.md',
      },
      { 'postmortem.profile': 'google-sre' },
    );
  });

  after(async function () {
    await editor?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await editor.screenshot(`new-postmortem-FAILED-${this.currentTest.title.replace(/\W+/g, '-')}`);
    await page().keyboard.press('Escape');
  });

  // Starts the command from the palette. Just after the window opens the palette may not list it yet
  // (the extension's contributions are still being read): then it is asked for again.
  async function runNewPostmortem(): Promise<void> {
    await editor.until(async () => {
      await page().keyboard.press('F1');
      await input().fill('>Postmortem: New Postmortem…');
      const row = page().locator('.quick-input-list .monaco-list-row', { hasText: 'Postmortem: New Postmortem…' }).first();
      const listed = await row.waitFor({ timeout: 2000 }).then(
        () => true,
        () => false,
      );
      if (listed) await page().keyboard.press('Enter');
      else await page().keyboard.press('Escape');
      return listed;
    }, 'the command in the palette');
    await editor.until(async () => (await input().getAttribute('placeholder')) === 'Checkout outage', 'the title box');
  }

  // Runs the command through the title and the template (the preselected one, or the one named).
  async function newPostmortem(title: string, template?: string): Promise<void> {
    await runNewPostmortem();
    await input().fill(title);
    await page().keyboard.press('Enter');
    await editor.until(async () => (await input().getAttribute('placeholder'))?.startsWith('The template'), 'the template picker');
    if (template) await input().fill(template);
    await page().keyboard.press('Enter');
  }

  it('refuses an empty title, and Escape leaves nothing behind', async function () {
    await runNewPostmortem();
    await input().fill('   ');
    await editor.until(async () => (await page().locator('.quick-input-message').innerText()).includes('Give the incident a title'), 'the validation message');
    await page().keyboard.press('Escape');
    assert.equal(existsSync(join(editor.workspace, 'postmortems')), false);
  });

  it('preselects the profile setting and writes the report next to the others, then opens it', async function () {
    await runNewPostmortem();
    await input().fill('Search: 40% of queries timed out');
    await page().keyboard.press('Enter');
    const active = page().locator('.quick-input-list .monaco-list-row.focused');
    await editor.until(async () => (await active.getAttribute('aria-label'))?.startsWith('Google SRE'), 'Google SRE preselected');
    await page().keyboard.press('Enter');
    const name = `${isoDay(new Date())}-search-40-of-queries-timed-out.md`;
    await page().locator(`.tab.active[aria-label*="${name}"]`).waitFor();
    const path = join(editor.workspace, 'docs', 'reports', name);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /^# Search: 40% of queries timed out\n/);
    assert.match(text, /^## Root Causes$/m);
    const { config } = resolveConfig(rules, [{ source: 'test', settings: { profile: 'google-sre' } }]);
    const structural = lint({ text, path, config }).findings.filter((finding) => ['required-sections', 'duplicate-section', 'empty-section'].includes(finding.rule));
    assert.deepEqual(structural, []);
  });

  it('gives a second report of the same title its own name, in the template picked', async function () {
    // The first report is open before the second is asked for, as a person would wait: the first
    // editor opening takes the focus, and a key pressed in the second's picker meanwhile would go to it.
    await newPostmortem('Checkout outage', 'Atlassian');
    await page().locator(`.tab.active[aria-label*="${isoDay(new Date())}-checkout-outage.md"]`).waitFor();
    await newPostmortem('Checkout outage', 'Atlassian');
    const second = `${isoDay(new Date())}-checkout-outage-2.md`;
    await page().locator(`.tab.active[aria-label*="${second}"]`).waitFor();
    const text = readFileSync(join(editor.workspace, 'docs', 'reports', second), 'utf8');
    assert.match(text, /^## Five Whys$/m);
  });
});
