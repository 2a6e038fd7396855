/**
 * "Postmortem: Show Incident Trends": one webview panel with the workspace's incidents over time,
 * the totals and the open action items. It asks the language server for the library when the page
 * is ready and again when the library changes (while it is hidden, as soon as it is shown), opens a
 * report the page names only if the page was sent it, and comes back after a reload.
 */
import * as vscode from 'vscode';
import type { LibraryResult } from '../../../server/src/protocol';
import { loadPage, webviewOptions } from '../preview/webview-panel';
import { trendsModel, trendsPageMessage, type TrendsHostMessage } from '../trends/messages';
import { NEW_POSTMORTEM_COMMAND } from './new-postmortem';
import { trendsHtml } from './trends-html';

/** The webview panel type, also named in `activationEvents` (`onWebviewPanel:…`). */
export const TRENDS_VIEW_TYPE = 'postmortem.incidentTrends';
/** The command that opens the page. */
export const SHOW_TRENDS_COMMAND = 'postmortem.showIncidentTrends';

/** The one incident trends panel. */
export class IncidentTrends implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private stale = false;
  /** The reports the page was last sent: the only ones it may ask to open. */
  private shown = new Set<string>();
  private readonly webviewRoot: vscode.Uri;
  private readonly serializer: vscode.Disposable;

  constructor(
    private readonly load: () => Promise<LibraryResult>,
    extensionUri: vscode.Uri,
  ) {
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.serializer = vscode.window.registerWebviewPanelSerializer(TRENDS_VIEW_TYPE, this);
  }

  /** Opens the page, or brings it to the front. */
  show(): void {
    if (this.panel) this.panel.reveal();
    else this.adopt(vscode.window.createWebviewPanel(TRENDS_VIEW_TYPE, 'Incident Trends', vscode.ViewColumn.Active, webviewOptions(this.webviewRoot)));
  }

  /** Brings back a page VS Code restored after a reload. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    this.adopt(panel);
  }

  /** The library changed: draw it again now if the page is shown, else when it is. */
  refresh(): void {
    if (!this.panel) return;
    if (this.panel.visible) void this.update();
    else this.stale = true;
  }

  dispose(): void {
    this.panel?.dispose();
    this.serializer.dispose();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    loadPage(panel, this.webviewRoot, { script: 'trends.js', style: 'trends.css' }, trendsHtml);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((data: unknown) => void this.received(data)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible && this.stale) void this.update();
      }),
      panel.onDidDispose(() => {
        for (const subscription of subscriptions) subscription.dispose();
        if (this.panel === panel) this.panel = undefined;
      }),
    ];
  }

  private async received(data: unknown): Promise<void> {
    const message = trendsPageMessage(data);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      await this.update();
    } else if (message.type === 'newPostmortem') {
      await vscode.commands.executeCommand(NEW_POSTMORTEM_COMMAND);
    } else if (this.shown.has(message.uri)) {
      await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(message.uri), { preview: false, viewColumn: vscode.ViewColumn.Beside });
    }
  }

  private async update(): Promise<void> {
    if (!this.panel || !this.ready) return;
    this.stale = false;
    try {
      const model = trendsModel(await this.load());
      this.shown = new Set(model.incidents.map((incident) => incident.uri));
      this.post({ type: 'library', model });
    } catch (error) {
      this.post({ type: 'status', text: `The postmortems could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private post(message: TrendsHostMessage): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }
}
