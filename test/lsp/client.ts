/**
 * A minimal LSP client for the tests: spawns the built server (`node dist/server.js --stdio`), talks
 * JSON-RPC to it, records what it pushes, and lets a test wait on those events with a deadline.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type ConfigurationParams,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type Registration,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type ShowMessageRequestParams,
} from 'vscode-languageserver-protocol/node';

/** The repository root (this file is test/lsp/client.ts). */
export const ROOT = resolve(__dirname, '..', '..');

/** The bundled language server the tests run. */
export const SERVER_PATH = resolve(ROOT, 'dist', 'server.js');

/** Fails with a clear message when the server has not been built (the tests never build it). */
export function assertServerBuilt(): void {
  if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run \`npm run build\` before the LSP tests.`);
}

/** How long any single wait may take before the test fails. */
export const DEADLINE_MS = 10_000;

/** How the server process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Waiter {
  check(): boolean;
}

/** One running server and the connection to it; everything the server sent is kept in order. */
export class ServerProcess {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logMessages: LogMessageParams[] = [];
  /** `window/showMessage` notifications and `window/showMessageRequest` requests, in arrival order. */
  readonly shownMessages: Array<ShowMessageParams | ShowMessageRequestParams> = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  /** Every `client/registerCapability` registration the server asked for (all are accepted). */
  readonly registrations: Registration[] = [];
  /** What the client answers to each `workspace/configuration` item. */
  settings: unknown = undefined;
  /** Resolves when the process ends, however it ends. */
  readonly exited: Promise<ProcessExit>;
  exit: ProcessExit | undefined;
  stderr = '';

  readonly connection: ProtocolConnection;
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly waiters = new Set<Waiter>();

  /** The server process's id. */
  get pid(): number {
    return this.child.pid!;
  }

  private constructor() {
    this.child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolveExit) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        resolveExit(this.exit);
        this.wake();
      });
    });
    // Writing to a server that has died must surface as a failed wait, not an unhandled stream error.
    this.child.stdin.on('error', () => undefined);

    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(this.diagnostics, params));
    this.connection.onNotification(LogMessageNotification.type, (params) => this.record(this.logMessages, params));
    this.connection.onNotification(ShowMessageNotification.type, (params) => this.record(this.shownMessages, params));
    this.connection.onRequest(ShowMessageRequest.type, (params) => {
      this.record(this.shownMessages, params);
      return null;
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.record(this.configurationRequests, params);
      return params.items.map(() => this.settings ?? null);
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) this.record(this.registrations, registration);
      return null;
    });
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  /** Starts the built server. Fails with a clear message when it has not been built. */
  static start(): ServerProcess {
    assertServerBuilt();
    return new ServerProcess();
  }

  /** Sends `initialize` then `initialized`; returns the server's answer. */
  async initialize(capabilities: ClientCapabilities = {}, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Opens a Markdown document. */
  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Opens a document and waits for the diagnostics published for that version. */
  async openAndWait(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const from = this.diagnostics.length;
    await this.open(uri, text, version);
    return this.nextDiagnostics(uri, version, from);
  }

  /** The first diagnostics published for `uri` at `version` from index `from` on of what was received. */
  nextDiagnostics(uri: string, version: number, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => this.diagnostics.slice(from).find((params) => params.uri === uri && params.version === version),
      `diagnostics for ${uri} at version ${version}`,
    );
  }

  /**
   * Resolves with the first truthy value `probe` returns, re-checked whenever the server sends
   * something; fails at the deadline or as soon as the server process ends.
   */
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = DEADLINE_MS): Promise<T> {
    return new Promise<T>((resolveWait, rejectWait) => {
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value !== undefined && value !== false) {
            settle();
            resolveWait(value);
            return true;
          }
          if (this.exit) {
            settle();
            rejectWait(new Error(`the server exited (${JSON.stringify(this.exit)}) while waiting for ${what}; stderr:\n${this.stderr}`));
            return true;
          }
          return false;
        },
      };
      const timer = setTimeout(() => {
        settle();
        rejectWait(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      if (!waiter.check()) this.waiters.add(waiter);
    });
  }

  /** Writes bytes straight to the server's stdin, past the JSON-RPC framing (for abuse tests). */
  writeRaw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolveWrite, rejectWrite) => this.child.stdin.write(bytes, (error) => (error ? rejectWrite(error) : resolveWrite())));
  }

  /** Sends `shutdown` and `exit`, and waits for the process to end. */
  async shutdown(): Promise<{ shutdownResult: unknown; exit: ProcessExit }> {
    const shutdownResult: unknown = await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const exit = await this.waitFor(() => this.exit, 'process exit after shutdown and exit');
    this.connection.dispose();
    return { shutdownResult, exit };
  }

  /** Ends the process if it is still running (for after/afterEach hooks). */
  async kill(): Promise<void> {
    this.connection.dispose();
    if (this.exit) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  private record<T>(list: T[], item: T): void {
    list.push(item);
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }
}

/**
 * A new temporary folder for test documents. The server reads .postmortemrc.json upward from each
 * file, so none may sit above it: a stray one would change what the server reports.
 */
export function freshTestDirectory(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  for (let current = directory; ; current = dirname(current)) {
    assert.ok(!existsSync(join(current, '.postmortemrc.json')), `a stray ${join(current, '.postmortemrc.json')} would change what the server reports`);
    if (dirname(current) === current) return directory;
  }
}

/**
 * The hooks every LSP test file needs, registered in the calling `describe`: the built server is
 * checked and a fresh folder made before the tests, the folder removed after them, and every server
 * a test started killed when that test ends.
 */
export function testServers(prefix: string): { readonly directory: string; uriOf(name: string): string; start(): ServerProcess } {
  let directory = '';
  let running: ServerProcess[] = [];
  before(function () {
    assertServerBuilt();
    directory = freshTestDirectory(prefix);
  });
  after(function () {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });
  afterEach(async function () {
    await Promise.all(running.map((server) => server.kill()));
    running = [];
  });
  return {
    get directory() {
      return directory;
    },
    uriOf: (name) => pathToFileURL(join(directory, name)).href,
    start: () => {
      const server = ServerProcess.start();
      running.push(server);
      return server;
    },
  };
}
