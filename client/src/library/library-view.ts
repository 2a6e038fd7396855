/**
 * The "Postmortems" view in the Explorer: every postmortem in the workspace, newest first, as the
 * language server's `postmortem/library` answers it. Nothing is asked until the view is shown; a
 * refresh while it is hidden waits until it is shown again.
 */
import * as vscode from 'vscode';
import type { LibraryResult } from '../../../server/src/protocol';
import { incidentDescription, incidentIcon, incidentLabel, incidentTooltip, type LibraryIncident } from './library-text';

/** The view's id (package.json contributes it to the Explorer). */
export const LIBRARY_VIEW_ID = 'postmortem.library';

/** A row of the view: a report, a file the server could not read, or the reason there is no list. */
type LibraryNode = { kind: 'incident'; incident: LibraryIncident } | { kind: 'failed'; file: string; message: string } | { kind: 'problem'; message: string };

/** The view's data and its tree. */
export class LibraryView implements vscode.TreeDataProvider<LibraryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<LibraryNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private stale = false;

  constructor(private readonly load: () => Promise<LibraryResult>) {
    this.view = vscode.window.createTreeView(LIBRARY_VIEW_ID, { treeDataProvider: this });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility(({ visible }) => {
        if (visible && this.stale) this.refresh();
      }),
    );
  }

  /** Asks the server again now if the view is shown, else as soon as it is. */
  refresh(): void {
    this.stale = !this.view.visible;
    if (!this.stale) this.changed.fire();
  }

  async getChildren(node?: LibraryNode): Promise<LibraryNode[]> {
    if (node) return [];
    let library: LibraryResult;
    try {
      library = await this.load();
    } catch (error) {
      return [{ kind: 'problem', message: `The postmortems could not be read: ${error instanceof Error ? error.message : String(error)}` }];
    }
    this.view.description = library.incidents.length > 0 ? String(library.incidents.length) : undefined;
    // An empty list shows the welcome content (package.json viewsWelcome).
    return [...library.incidents.map((incident): LibraryNode => ({ kind: 'incident', incident })), ...library.failed.map((failure): LibraryNode => ({ kind: 'failed', ...failure }))];
  }

  getTreeItem(node: LibraryNode): vscode.TreeItem {
    if (node.kind === 'problem') {
      const item = new vscode.TreeItem(node.message);
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = node.message;
      return item;
    }
    if (node.kind === 'failed') {
      const uri = vscode.Uri.file(node.file);
      const item = new vscode.TreeItem(node.file.replace(/^.*[\\/]/, ''));
      item.id = `failed:${uri.toString()}`;
      item.description = 'could not be read';
      item.tooltip = node.message;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
      return item;
    }
    const { incident } = node;
    const uri = vscode.Uri.parse(incident.uri);
    const item = new vscode.TreeItem(incidentLabel(incident));
    item.id = incident.uri;
    item.resourceUri = uri;
    item.description = incidentDescription(incident);
    item.tooltip = new vscode.MarkdownString(incidentTooltip(incident), true);
    const icon = incidentIcon(incident);
    item.iconPath = new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
    item.contextValue = 'postmortem';
    item.command = { command: 'vscode.open', title: 'Open Postmortem', arguments: [uri] };
    return item;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
