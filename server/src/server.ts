/** The language server's wiring: LSP messages in, features out. No postmortem logic lives here. */
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './features/code-actions';
import { completeSectionHeadings, headingPrefix } from './features/completion';
import { convertTimelineActions } from './features/convert-timeline';
import { toDiagnostics } from './features/diagnostics';
import { timestampHover } from './features/hover';
import { importSelectionActions, importTimeline } from './features/import-timeline';
import { elapsedInlayHints } from './features/inlay-hints';
import { timelineCodeLenses } from './features/timeline';
import { ConfigDiagnostics } from './features/config-diagnostics';
import { filePath, LintService } from './features/lint-service';
import { LintCancelled, LintWorkers } from './features/lint-worker';
import {
  FIX_ALL_KIND,
  isSourceAction,
  NORMALIZE_TIMESTAMPS_KIND,
  NORMALIZE_TIMESTAMPS_REFACTOR_KIND,
  resolveSourceAction,
  sourceActions,
} from './features/source-actions';
import { LibraryWorker } from './library/worker';
import { WorkspaceLibrary } from './library/workspace-index';
import { IMPORT_TIMELINE_REQUEST, LIBRARY_REQUEST, SETTINGS_SECTION, TIMELINE_REQUEST, type ImportTimelineParams, type TimelineParams } from './protocol';
import type { LintedDocument } from './features/lint-service';

/** How long the server waits after the last edit before it lints, unless told otherwise. */
export const DEFAULT_DEBOUNCE_MS = 150;

/** Options the entry point passes in. */
export interface ServerOptions {
  /** Base URI of the rule pages (`<base>/<rule-id>.md`). */
  docsBase: string;
  /** Delay between the last edit and linting, in milliseconds. */
  debounceMs?: number;
  /** The server bundle, started again as a worker thread to lint large documents; inline when absent. */
  workerScript?: string;
}

/** Wires a postmortem language server onto `connection` and starts listening. */
export function startServer(connection: Connection, { docsBase, debounceMs = DEFAULT_DEBOUNCE_MS, workerScript }: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  let pullSettings = false;
  let workspaceFolderEvents = false;
  let registerSettingsChanges = false;
  let refreshInlayHints = false;
  let resolveEdits = false;
  let previewCommand = false;
  let initialSettings: unknown;
  let workspaceFolders: string[] = [];

  const configDiagnostics = new ConfigDiagnostics(docsBase);
  const workers = workerScript === undefined ? undefined : new LintWorkers(workerScript);
  const libraryWorker = new LibraryWorker(workerScript);
  connection.onExit(() => {
    workers?.dispose();
    libraryWorker.dispose();
  });
  const service = new LintService({
    settings: async (uri) => {
      if (!pullSettings) return initialSettings;
      return connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
    },
    workspaceFolders: () => workspaceFolders,
    warn: (message) => {
      connection.console.warn(message);
      void connection.window.showWarningMessage(message);
    },
    log: (message) => connection.console.error(message),
    configFileProblems: (path, text, problems) => {
      const params = configDiagnostics.update(path, text, problems);
      if (params) void connection.sendDiagnostics(params);
    },
  }, workers);
  // The workspace's postmortems, indexed on the first request; the first folder's settings apply.
  const library = new WorkspaceLibrary(libraryWorker, () => workspaceFolders, async () => {
    if (!pullSettings) return initialSettings;
    const folder = workspaceFolders[0];
    return connection.workspace.getConfiguration({ scopeUri: folder === undefined ? undefined : pathToFileURL(folder).href, section: SETTINGS_SECTION });
  });

  connection.onInitialize((params): InitializeResult => {
    pullSettings = params.capabilities.workspace?.configuration === true;
    workspaceFolderEvents = params.capabilities.workspace?.workspaceFolders === true;
    registerSettingsChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    refreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    resolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    const options = params.initializationOptions as { settings?: unknown; timelinePreview?: unknown } | undefined;
    initialSettings = options?.settings;
    // The code lens runs the client's preview command: only a client that has one gets it.
    previewCommand = options?.timelinePreview === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(filePath).filter((path): path is string => path !== undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full },
        completionProvider: { triggerCharacters: ['#', ' '] },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, NORMALIZE_TIMESTAMPS_KIND, CodeActionKind.RefactorRewrite, NORMALIZE_TIMESTAMPS_REFACTOR_KIND],
          resolveProvider: true,
        },
        hoverProvider: true,
        inlayHintProvider: true,
        ...(previewCommand ? { codeLensProvider: { resolveProvider: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postmortem-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (pullSettings && registerSettingsChanges) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((error: unknown) => connection.console.warn(`postmortem: the client refused settings-change notifications: ${String(error)}`));
    }
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => filePath(folder.uri)));
        const added = event.added.map((folder) => filePath(folder.uri)).filter((path): path is string => path !== undefined);
        workspaceFolders = [...workspaceFolders.filter((path) => !removed.has(path)), ...added];
        service.invalidate();
        library.invalidate();
        for (const document of documents.all()) schedule(document, 0);
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (!pullSettings) initialSettings = (change.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
    service.invalidate();
    library.invalidate();
    for (const document of documents.all()) schedule(document, 0);
    // postmortem.inlayHints.elapsed or the zone may have changed: the client asks for hints again.
    if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  // A .postmortemrc.json was created, changed or deleted (the client watches them): mark the file
  // again and lint every open document with what it now says.
  connection.onDidChangeWatchedFiles(({ changes }) => {
    library.changed(changes.map((change) => filePath(change.uri)).filter((path): path is string => path !== undefined));
    // A saved report changes no other document's lint: only an rc file does.
    const rcFiles = changes.filter((change) => /(?:^|[\\/])\.postmortemrc\.json$/.test(change.uri));
    if (rcFiles.length === 0) return;
    service.filesChanged(rcFiles.map((change) => change.uri));
    for (const document of documents.all()) schedule(document, 0);
  });

  // Debounced: a burst of edits lints once, and a result is only published for the version it was made for.
  function schedule(document: TextDocument, delay = debounceMs): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        void publish(document.uri);
      }, delay),
    );
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    try {
      const { findings } = await service.result(document);
      if (documents.get(uri)?.version !== document.version) return; // a newer edit will publish
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics: toDiagnostics(findings, document, docsBase) });
    } catch (error) {
      if (error instanceof LintCancelled) return; // a newer version is being linted and will publish
      connection.console.error(`postmortem: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    service.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  // Answers from the document's current lint, or `none` for a document the client never opened. A
  // lint cancelled by a newer edit is followed by the newer one's.
  async function withLinted<T>(uri: string, none: T, answer: (linted: LintedDocument, document: TextDocument) => T): Promise<T> {
    for (;;) {
      const document = documents.get(uri);
      if (!document) return none;
      try {
        return answer(await service.result(document), document);
      } catch (error) {
        if (!(error instanceof LintCancelled)) throw error;
      }
    }
  }

  connection.onCodeAction((params) =>
    withLinted(params.textDocument.uri, [], (linted, document) => [
      ...quickFixes(linted.findings, document, params),
      ...sourceActions(linted, document, params, resolveEdits),
      ...convertTimelineActions(linted, document, params),
      ...importSelectionActions(linted, document, params),
    ]),
  );

  // Whole-file edits offered to the lightbulb are computed only when picked.
  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== 'string' || !isSourceAction(action)) return action;
    return withLinted(uri, action, (linted, document) => resolveSourceAction(action, linted, document));
  });

  connection.onHover((params) => withLinted(params.textDocument.uri, null, (linted, document) => timestampHover(linted, document, params.position)));
  connection.languages.inlayHint.on((params) => withLinted(params.textDocument.uri, [], (linted, document) => elapsedInlayHints(linted, document, params.range)));
  connection.onCodeLens((params) => (previewCommand ? withLinted(params.textDocument.uri, [], timelineCodeLenses) : []));
  connection.onRequest(TIMELINE_REQUEST, (params: TimelineParams) => withLinted(params?.textDocument?.uri, null, (linted) => linted.timeline()));
  connection.onRequest(IMPORT_TIMELINE_REQUEST, (params: ImportTimelineParams) => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string' || !documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, 'importTimeline needs an open document (textDocument.uri)');
    return withLinted(uri, null, (linted, document) => importTimeline(params, document, linted.input.config.settings, linted.doc));
  });

  connection.onRequest(LIBRARY_REQUEST, async () => {
    try {
      return await library.library();
    } catch (error) {
      throw new ResponseError(ErrorCodes.InternalError, `The workspace's postmortems could not be indexed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || params.position.line >= document.lineCount) return [];
    const position = document.positionAt(document.offsetAt(params.position)); // a column past the line's end is its end
    const typed = headingPrefix(document.getText({ start: { line: position.line, character: 0 }, end: position }));
    if (!typed) return []; // prose: answer at once, without linting
    return withLinted(params.textDocument.uri, [], ({ doc, input }) => completeSectionHeadings(doc, input.config.settings.profile, typed, position));
  });

  documents.listen(connection);
  connection.listen();
}
