/**
 * The API-level end-to-end scenarios, the same ones the browser run drives through the UI: no
 * problems for other Markdown, the expected problems at their lines, the quick fix, fix-all on save,
 * heading completion, the template snippet, the timeline preview. Every wait polls with a deadline.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const DEADLINE_MS = 30_000;

async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100)); // the poll interval
  }
}

function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
}

const postmortemDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'postmortem');

/** Registers the scenarios with mocha's BDD globals. */
export function scenarios(): void {
  describe('the extension in VS Code desktop', function () {
    it('reports the flawed example at its lines, and nothing for other Markdown', async function () {
      const notes = await vscode.workspace.openTextDocument(workspaceFile('notes.md'));
      await vscode.window.showTextDocument(notes);
      const flawed = workspaceFile('examples/checkout-outage.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(flawed));
      const diagnostics = await until(() => postmortemDiagnostics(flawed).length >= 5 && postmortemDiagnostics(flawed), 'diagnostics');
      const malformed = diagnostics.find((diagnostic) => diagnostic.code !== undefined && JSON.stringify(diagnostic.code).includes('timestamp-malformed') && diagnostic.range.start.line === 10);
      assert.ok(malformed, 'the "1: 55 PM" problem on line 11');
      assert.deepEqual(postmortemDiagnostics(notes.uri), []);
    });

    it('offers the quick fix that rewrites the time exactly', async function () {
      const uri = workspaceFile('examples/checkout-outage.md');
      const document = await vscode.workspace.openTextDocument(uri);
      const range = new vscode.Range(10, 2, 10, 10);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.title === 'Write "1:55 PM"');
      assert.ok(fix?.edit, actions.map((action) => action.title).join(', '));
      await vscode.workspace.applyEdit(fix.edit);
      assert.equal(document.lineAt(10).text, '- 1:55 PM - Server restart begins');
    });

    it('fixes everything on save with editor.codeActionsOnSave', async function () {
      await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('codeActionsOnSave', { 'source.fixAll.postmortem': 'explicit' }, vscode.ConfigurationTarget.Global, true);
      const uri = workspaceFile('examples/checkout-outage.md');
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await document.save();
      assert.ok(document.getText().includes('## Root Cause'));
      assert.ok(!document.getText().includes('11:05 A M'));
    });

    it('completes the missing section headings after "## "', async function () {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntype: postmortem\n---\n# Draft\n\n## Timeline (UTC)\n\n## ' });
      const position = new vscode.Position(7, 3);
      const list = await until(async () => {
        const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        return items.items.length > 0 && items;
      }, 'completion items');
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      assert.ok(labels.some((label) => label.includes('Root Cause')), labels.join(', '));
    });

    it('inserts the postmortem template from its snippet', async function () {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Postmortem' });
      await until(() => document.getText().includes('## Corrective and Preventative Measures'), 'the template');
      assert.ok(editor.document.getText().startsWith('# Postmortem: what broke'));
    });

    it('opens the timeline preview beside the editor', async function () {
      const uri = workspaceFile('examples/login-failures.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await vscode.commands.executeCommand('postmortem.showTimelinePreviewToSide');
      await until(() => vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.label.startsWith('Timeline'))), 'the preview tab');
    });
  });
}
