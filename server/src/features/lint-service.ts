/**
 * One lint per document version, shared by diagnostics, code actions, completion, hover and inlay
 * hints; settings from the client (when it supports `workspace/configuration`) over
 * `.postmortemrc.json` over defaults. The rc file is read again on every lint, so a client that
 * sends no file events still sees an edited one on the next change.
 */
import { basename, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig, type ConfigProblem } from '../engine/config';
import { CONFIG_FILE_NAME, configFileProblems, configLayers, findConfigFile, loadConfigFile, type ConfigFileProblem } from '../engine/config-file';
import { lint, type LintInput, type LintResult } from '../engine/lint';
import { rules } from '../rules/registry';
import { readIncidentClock, type IncidentClock } from '../engine/incident-clock';
import { timelineModel } from '../engine/timeline-model';
import type { TimelineModel } from '../protocol';
import type { LintWorkers } from './lint-worker';

/** Documents this long (UTF-16 units) are linted off the main thread, when workers are given. */
export const OFF_THREAD_CHARS = 64 * 1024;

/** How the service reaches the client; injected so the service has no transport of its own. */
export interface LintServiceHost {
  /** The client's `postmortem` settings for a document, or undefined when the client has none to give. */
  settings(uri: string): Promise<unknown>;
  /** The workspace folders' paths: path globs are matched below the one that holds a file. */
  workspaceFolders(): readonly string[];
  /** A settings problem with no file to mark (editor settings, an unreadable rc file), told once per distinct message. */
  warn(message: string): void;
  /**
   * What is wrong in a `.postmortemrc.json` (empty when nothing is), each at its place in `text`,
   * every time a lint reads it; `text` is undefined when the file is gone or unreadable.
   */
  configFileProblems(path: string, text: string | undefined, problems: readonly ConfigFileProblem[]): void;
  log(message: string): void;
}

/** A lint result with what it was made from: fix-all and the time features read the resolved config. */
export interface LintedDocument extends Omit<LintResult, 'views'> {
  /** The text, path, workspace root and resolved config that were linted. */
  input: LintInput;
  /**
   * The timeline model of this version (null for a file that is not a postmortem), made once: the
   * code lens and the preview ask for it after every edit, and a long timeline takes a while.
   */
  timeline(): TimelineModel | null;
  /** The incident clock of this version (undefined for a file that is not a postmortem), made once: hover, inlay hints and the conversions read it. */
  clock(): IncidentClock | undefined;
}

/** Lints documents at most once per version and remembers the latest result for each. */
export class LintService {
  private readonly results = new Map<string, { version: number; result: Promise<LintedDocument> }>();
  private readonly settings = new Map<string, Promise<unknown>>();
  private readonly warned = new Set<string>();
  private readonly logged = new Set<string>();

  /** With `workers`, large documents are linted off the main thread, and a newer version cancels an older one's lint. */
  constructor(
    private readonly host: LintServiceHost,
    private readonly workers?: LintWorkers,
  ) {}

  /** The lint result for this exact version of the document. */
  result(document: TextDocument): Promise<LintedDocument> {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const result = this.lint(document);
    this.results.set(document.uri, { version: document.version, result });
    return result;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.workers?.cancel(uri);
    this.results.delete(uri);
    this.settings.delete(uri);
  }

  /** Settings changed: every document is linted afresh on its next request. */
  invalidate(): void {
    this.results.clear();
    this.settings.clear();
  }

  /**
   * Files were created, changed or deleted (the client watches `.postmortemrc.json`): every document
   * is linted afresh on its next request, and each rc file among them has its problems told again
   * now, even when no open document uses it.
   */
  filesChanged(uris: readonly string[]): void {
    this.invalidate();
    for (const uri of uris) {
      const path = filePath(uri);
      if (path === undefined || basename(path) !== CONFIG_FILE_NAME) continue;
      const file = loadConfigFile(path);
      this.host.configFileProblems(path, file.text, configFileProblems(file, resolveConfig(rules, configLayers(file)).problems));
    }
  }

  private async lint(document: TextDocument): Promise<LintedDocument> {
    const path = filePath(document.uri);
    const settings = await this.settingsFor(document.uri);
    const rcPath = path === undefined ? undefined : findConfigFile(dirname(path));
    const file = rcPath === undefined ? undefined : loadConfigFile(rcPath);
    // An rc file that cannot be read has no text to mark: that one is told in a message.
    if (file?.text === undefined && file?.error) this.warnOnce({ source: file.path, path: [], message: `${file.error}; using the defaults instead` });
    const layers = [...(file ? configLayers(file) : []), { source: 'settings (postmortem.*)', settings }];
    const { config, problems } = resolveConfig(rules, layers);
    // The rc file's problems are marked in the file itself, not told in a message.
    if (file?.text !== undefined) this.host.configFileProblems(file.path, file.text, configFileProblems(file, problems));
    for (const problem of problems) if (problem.source !== file?.path) this.warnOnce(problem);
    const root = path === undefined ? undefined : containingFolder(this.host.workspaceFolders(), path);
    const input: LintInput = { text: document.getText(), path, root, config, log: (message) => this.logOnce(message) };
    const offThread = this.workers && input.text.length >= OFF_THREAD_CHARS ? await this.workers.run({ uri: document.uri, version: document.version }, input) : undefined;
    const here = offThread ? undefined : lint(input);
    const { doc, findings } = offThread ?? here!;
    // The clock the rules read, when they ran here; after a worker's lint it is read again.
    const views = here?.views;
    let timeline = offThread?.timeline;
    let clock: IncidentClock | undefined;
    const readClock = (read: NonNullable<typeof doc>) => (clock ??= views?.clock() ?? readIncidentClock(read, config.settings));
    return {
      doc,
      findings,
      input,
      // One incident clock for the model, the hover and the inlay hints.
      timeline: () => (timeline ??= doc ? timelineModel(doc, config.settings, document.uri, document.version, readClock(doc)) : null),
      clock: () => (doc ? readClock(doc) : undefined),
    };
  }

  private settingsFor(uri: string): Promise<unknown> {
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.host.settings(uri).catch((error: unknown) => {
        this.host.log(`could not read settings for ${uri}: ${String(error)}`);
        return undefined;
      });
      this.settings.set(uri, settings);
    }
    return settings;
  }

  // A rule that throws does so on every keystroke: its error is logged once.
  private logOnce(message: string): void {
    if (this.logged.has(message)) return;
    this.logged.add(message);
    this.host.log(message);
  }

  private warnOnce(problem: ConfigProblem): void {
    const message = `Postmortem: ${problem.source}: ${problem.message}`;
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.host.warn(message);
  }
}

// The innermost workspace folder that holds `path`.
function containingFolder(folders: readonly string[], path: string): string | undefined {
  return folders.filter((folder) => !relative(folder, path).startsWith('..')).sort((a, b) => b.length - a.length)[0];
}

/** The file-system path of a `file:` URI, or undefined for other schemes (untitled, git…). */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
