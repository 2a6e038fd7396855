/** The VS Code client: starts the bundled language server for Markdown, the timeline preview and its commands, New Postmortem, and the incident library (the Postmortems view and the trends page). */
import * as path from 'node:path';
import { commands, env, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OPEN_PREVIEW_COMMAND, SERVER_ID, SERVER_NAME, SETTINGS_SECTION } from '../../server/src/protocol';
import { mermaidBlock } from './mermaid';
import { IMPORT_TIMELINE_COMMAND, importTimelineFromFile, registerTimelinePaste } from './import/timeline-import';
import { NEW_POSTMORTEM_COMMAND, newPostmortem } from './library/new-postmortem';
import { registerLibrary } from './library/register';
import { requestTimeline, TimelinePreview } from './preview/timeline-preview';
import { explicitSettings } from './settings';

let client: LanguageClient | undefined;

/** Starts the language server; VS Code calls this on the first Markdown file (or a restored preview, or the Postmortems view opened). */
export function activate(context: ExtensionContext): void {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The server marks problems in .postmortemrc.json and lints again when one changes.
  const rcWatcher = workspace.createFileSystemWatcher('**/.postmortemrc.json');
  // The server's incident library reads again only the Markdown files it hears have changed.
  const markdownWatcher = workspace.createFileSystemWatcher('**/*.{md,markdown}');
  context.subscriptions.push(rcWatcher, markdownWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { fileEvents: [rcWatcher, markdownWatcher] },
    initializationOptions: { timelinePreview: true }, // this client has the preview the code lens opens
    middleware: {
      workspace: {
        // Only what the user set: VS Code's empty values for unset settings must not override .postmortemrc.json.
        configuration: (params, token, next) => {
          if (!params.items.every((item) => item.section === SETTINGS_SECTION)) return next(params, token);
          const keys = Object.keys(context.extension.packageJSON.contributes.configuration.properties as Record<string, unknown>);
          return params.items.map((item) => {
            const configuration = workspace.getConfiguration(SETTINGS_SECTION, { uri: item.scopeUri ? Uri.parse(item.scopeUri) : undefined, languageId: 'markdown' });
            return explicitSettings(SETTINGS_SECTION, keys, (key) => configuration.inspect(key));
          });
        },
      },
    },
  };
  const started = new LanguageClient(SERVER_ID, SERVER_NAME, serverOptions, clientOptions);
  client = started;
  // Not awaited: activation returns at once (the server takes about a second to load), and the
  // first request waits for it.
  started.start().catch((error: unknown) => void window.showErrorMessage(`Postmortem: the language server did not start: ${String(error)}`));

  const preview = new TimelinePreview(started, context.extensionUri);
  context.subscriptions.push(
    preview,
    commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: Uri | string) => preview.show(typeof uri === 'string' ? Uri.parse(uri) : uri)),
    commands.registerCommand('postmortem.copyTimelineAsMermaid', async () => {
      const block = await activeMermaid(started);
      if (block === undefined) return;
      await env.clipboard.writeText(block);
      void window.showInformationMessage('The timeline is on the clipboard as a Mermaid gantt chart.');
    }),
    registerTimelinePaste(started),
    commands.registerCommand(IMPORT_TIMELINE_COMMAND, () => importTimelineFromFile(started)),
    commands.registerCommand(NEW_POSTMORTEM_COMMAND, newPostmortem),
    registerLibrary(started, context.extensionUri, markdownWatcher),
    commands.registerCommand('postmortem.insertMermaidTimeline', async () => {
      const editor = window.activeTextEditor;
      const block = await activeMermaid(started);
      if (!editor || block === undefined) return;
      await editor.edit((edit) => edit.insert(editor.selection.active, block));
    }),
  );
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

// The active postmortem's timeline as a ```mermaid block, or undefined after telling the user why not.
async function activeMermaid(languageClient: LanguageClient): Promise<string | undefined> {
  const document = window.activeTextEditor?.document;
  const model = document && (await requestTimeline(languageClient, document.uri));
  const block = model && mermaidBlock(model);
  if (block === undefined) void window.showInformationMessage(model ? 'This timeline has no entry with a time to chart yet.' : 'Open a postmortem to export its timeline.');
  return block;
}
