/**
 * One lint per document version, shared by diagnostics, code actions, completion, hover and inlay
 * hints; settings from the client (when it supports `workspace/configuration`) over
 * `.postmortemrc.json` over defaults.
 */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig, type ConfigProblem } from '../engine/config';
import { findConfigFile, loadConfigFile } from '../engine/config-file';
import { lint, type LintInput, type LintResult } from '../engine/lint';
import { rules } from '../rules/registry';

/** How the service reaches the client; injected so the service has no transport of its own. */
export interface LintServiceHost {
  /** The client's `postmortem` settings for a document, or undefined when the client has none to give. */
  settings(uri: string): Promise<unknown>;
  /** The workspace folders' paths: path globs are matched below the one that holds a file. */
  workspaceFolders(): readonly string[];
  /** A configuration problem, told to the user once per distinct message. */
  warn(message: string): void;
  log(message: string): void;
}

/** A lint result with what it was made from: fix-all and the time features read the resolved config. */
export interface LintedDocument extends LintResult {
  /** The text, path, workspace root and resolved config that were linted. */
  input: LintInput;
}

/** Lints documents at most once per version and remembers the latest result for each. */
export class LintService {
  private readonly results = new Map<string, { version: number; result: Promise<LintedDocument> }>();
  private readonly settings = new Map<string, Promise<unknown>>();
  private readonly warned = new Set<string>();

  constructor(private readonly host: LintServiceHost) {}

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
    this.results.delete(uri);
    this.settings.delete(uri);
  }

  /** Settings changed: every document is linted afresh on its next request. */
  invalidate(): void {
    this.results.clear();
    this.settings.clear();
  }

  private async lint(document: TextDocument): Promise<LintedDocument> {
    const path = filePath(document.uri);
    const settings = await this.settingsFor(document.uri);
    const layers: Array<{ source: string; settings: unknown }> = [];
    const rcPath = path === undefined ? undefined : findConfigFile(dirname(path));
    if (rcPath) {
      const file = loadConfigFile(rcPath);
      if (file.error) this.warnOnce({ source: rcPath, path: [], message: `${file.error}; using the defaults instead` });
      else layers.push({ source: rcPath, settings: file.settings });
    }
    layers.push({ source: 'settings (postmortem.*)', settings });
    const { config, problems } = resolveConfig(rules, layers);
    for (const problem of problems) this.warnOnce(problem);
    const root = path === undefined ? undefined : containingFolder(this.host.workspaceFolders(), path);
    const input: LintInput = { text: document.getText(), path, root, config, log: (message) => this.host.log(message) };
    return { ...lint(input), input };
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
