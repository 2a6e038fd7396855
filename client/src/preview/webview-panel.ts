/** Loading one of our pages into a webview panel: the same options and the same fresh shell for every page. */
import * as vscode from 'vscode';
import { createNonce, type PreviewResources } from './html';

/** Scripts on, find widget on, and only the built webview folder readable. */
export function webviewOptions(webviewRoot: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [webviewRoot] };
}

/** Gives `panel` its options and the page `shell` builds for `files` (in `webviewRoot`), with a fresh nonce. */
export function loadPage(panel: vscode.WebviewPanel, webviewRoot: vscode.Uri, files: { script: string; style: string }, shell: (resources: PreviewResources, nonce: string) => string): void {
  panel.webview.options = webviewOptions(webviewRoot);
  const resource = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, name)).toString();
  panel.webview.html = shell({ cspSource: panel.webview.cspSource, script: resource(files.script), style: resource(files.style) }, createNonce());
}
