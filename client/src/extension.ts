/** The VS Code client: starts the bundled language server for Markdown and stops it on deactivate. */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ID, SERVER_NAME } from '../../server/src/protocol';

let client: LanguageClient | undefined;

/** Starts the language server; VS Code calls this on the first Markdown file. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The server marks problems in .postmortemrc.json and lints again when one changes.
  const rcWatcher = workspace.createFileSystemWatcher('**/.postmortemrc.json');
  context.subscriptions.push(rcWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: rcWatcher },
  };
  client = new LanguageClient(SERVER_ID, SERVER_NAME, serverOptions, clientOptions);
  await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
