/**
 * The team's incident library in VS Code: the Postmortems view, the incident trends page, their
 * commands, and one debounced refresh of both when a Markdown file is created, changed or deleted
 * (file events come on save, so this is never a rescan per keystroke).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LIBRARY_REQUEST, type LibraryResult } from '../../../server/src/protocol';
import { LibraryView } from './library-view';
import { IncidentTrends, SHOW_TRENDS_COMMAND } from './trends-panel';

/** The view's refresh button. */
export const REFRESH_LIBRARY_COMMAND = 'postmortem.refreshLibrary';
/** Quiet time after the last file event before the library is asked again. */
const REFRESH_DELAY_MS = 500;

/** Asks the language server for every postmortem in the workspace. */
export async function requestLibrary(client: LanguageClient): Promise<LibraryResult> {
  await client.start(); // resolves at once once the server runs; waits for it while it starts
  return client.sendRequest<LibraryResult>(LIBRARY_REQUEST);
}

/** Registers the view, the trends page and their commands; `markdownFiles` is the watcher the client also reports to the server. */
export function registerLibrary(client: LanguageClient, extensionUri: vscode.Uri, markdownFiles: vscode.FileSystemWatcher): vscode.Disposable {
  const load = () => requestLibrary(client);
  const view = new LibraryView(load);
  const trends = new IncidentTrends(load, extensionUri);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      view.refresh();
      trends.refresh();
    }, REFRESH_DELAY_MS);
  };
  return vscode.Disposable.from(
    view,
    trends,
    markdownFiles.onDidCreate(refreshSoon),
    markdownFiles.onDidChange(refreshSoon),
    markdownFiles.onDidDelete(refreshSoon),
    // The server reads every report again after these; so does the view.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('postmortem')) refreshSoon();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(refreshSoon),
    vscode.commands.registerCommand(REFRESH_LIBRARY_COMMAND, () => view.refresh()),
    vscode.commands.registerCommand(SHOW_TRENDS_COMMAND, () => trends.show()),
    { dispose: () => clearTimeout(timer) },
  );
}
