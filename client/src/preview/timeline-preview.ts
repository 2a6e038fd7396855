/**
 * The timeline preview beside the editor, like the built-in Markdown preview: one panel that follows
 * the active postmortem, updates as the author types (throttled), highlights the entry at the cursor,
 * reveals an entry's line when it is clicked, and comes back after a reload (panel serializer).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TIMELINE_REQUEST, type TimelineModel, type TimelineParams } from '../../../server/src/protocol';
import { previewHtml } from './html';
import { loadPage, webviewOptions } from './webview-panel';
import { previewState, webviewMessage, type HostMessage } from './messages';

/** The webview panel type, also named in `activationEvents` (`onWebviewPanel:…`). */
export const PREVIEW_VIEW_TYPE = 'postmortem.timelinePreview';
/** The context key that shows the editor title button: the active editor holds a postmortem. */
const IS_POSTMORTEM_KEY = 'postmortem.isPostmortem';
const UPDATE_DELAY_MS = 300;

/** Asks the language server for a document's timeline; undefined when it is not a postmortem. */
export async function requestTimeline(client: LanguageClient, uri: vscode.Uri): Promise<TimelineModel | undefined> {
  const params: TimelineParams = { textDocument: { uri: uri.toString() } };
  await client.start(); // resolves at once once the server runs; waits for it while it starts
  return (await client.sendRequest<TimelineModel | null>(TIMELINE_REQUEST, params)) ?? undefined;
}

/** The one timeline preview panel and what it follows. */
export class TimelinePreview implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  private target: vscode.Uri | undefined;
  private ready = false;
  private shownVersion = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly webviewRoot: vscode.Uri;

  constructor(
    private readonly client: LanguageClient,
    extensionUri: vscode.Uri,
  ) {
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.activeEditorChanged(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.target && event.document.uri.toString() === this.target.toString()) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.target && event.textEditor.document.uri.toString() === this.target.toString()) this.post({ type: 'highlight', line: event.selections[0]!.active.line });
      }),
    );
    void this.activeEditorChanged(vscode.window.activeTextEditor);
  }

  /** Opens the preview beside the editor for `uri` (default: the active editor's document), or reveals it. */
  async show(uri: vscode.Uri | undefined = vscode.window.activeTextEditor?.document.uri): Promise<void> {
    if (!uri) {
      void vscode.window.showInformationMessage('Open a postmortem to see its timeline.');
      return;
    }
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(this.webviewRoot)));
    this.follow(uri);
  }

  /** Brings back a preview VS Code restored after a reload. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.adopt(panel);
    const saved = previewState(state);
    if (saved) this.follow(vscode.Uri.parse(saved.uri));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    loadPage(panel, this.webviewRoot, { script: 'main.js', style: 'style.css' }, previewHtml);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((data: unknown) => void this.received(data)),
      panel.onDidDispose(() => {
        for (const subscription of subscriptions) subscription.dispose();
        this.panel = undefined;
        this.target = undefined;
      }),
    ];
  }

  private follow(uri: vscode.Uri): void {
    this.target = uri;
    this.shownVersion = -1;
    if (this.panel) this.panel.title = `Timeline: ${uri.path.split('/').pop()}`;
    void this.update();
  }

  private async received(data: unknown): Promise<void> {
    const message = webviewMessage(data);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.shownVersion = -1;
      await this.update();
    } else if (this.target) {
      const document = await vscode.workspace.openTextDocument(this.target);
      if (message.line >= document.lineCount) return;
      const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
      const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
      const range = document.lineAt(message.line).range;
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  private async activeEditorChanged(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || editor.document.languageId !== 'markdown') {
      await vscode.commands.executeCommand('setContext', IS_POSTMORTEM_KEY, false);
      return;
    }
    const model = await requestTimeline(this.client, editor.document.uri).catch(() => undefined);
    if (vscode.window.activeTextEditor !== editor) return; // the user moved on while the server answered
    await vscode.commands.executeCommand('setContext', IS_POSTMORTEM_KEY, model !== undefined);
    if (model && this.panel && editor.document.uri.toString() !== this.target?.toString()) this.follow(editor.document.uri);
  }

  private scheduleUpdate(): void {
    if (this.timer) return; // throttled: one update per interval however fast the typing
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const target = this.target;
    if (!this.panel || !this.ready || !target) return;
    try {
      const model = await requestTimeline(this.client, target);
      if (target !== this.target) return;
      if (!model) this.post({ type: 'status', text: `${target.path.split('/').pop()} is not a postmortem, so it has no timeline to show.` });
      else if (model.version >= this.shownVersion) {
        this.shownVersion = model.version;
        this.post({ type: 'model', model });
        const editor = vscode.window.visibleTextEditors.find((each) => each.document.uri.toString() === target.toString());
        if (editor) this.post({ type: 'highlight', line: editor.selection.active.line });
      }
    } catch (error) {
      this.post({ type: 'status', text: `The timeline could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private post(message: HostMessage): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }
}
