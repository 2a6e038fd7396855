/** Problems in a `.postmortemrc.json` as diagnostics on the file itself, sent only when they change. */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigFileProblem } from '../engine/config-file';
import { CONFIG_RULE } from '../engine/suppressions';

/**
 * Remembers what was published for each rc file, so that linting every open document (each reads
 * the rc file) sends its diagnostics once, and again only when they change or clear.
 */
export class ConfigDiagnostics {
  private readonly published = new Map<string, string>();

  constructor(private readonly docsBase: string) {}

  /** The notification to send for the rc file at `path`, or undefined when nothing changed. */
  update(path: string, text: string | undefined, problems: readonly ConfigFileProblem[]): PublishDiagnosticsParams | undefined {
    const uri = pathToFileURL(path).href;
    const diagnostics = text === undefined ? [] : toConfigDiagnostics(text, problems, this.docsBase);
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? '[]') === key) return undefined;
    if (diagnostics.length === 0) this.published.delete(uri);
    else this.published.set(uri, key);
    return { uri, diagnostics };
  }
}

/** Each problem as an error at its range in the rc file's text, with code `config`. */
export function toConfigDiagnostics(text: string, problems: readonly ConfigFileProblem[], docsBase: string): Diagnostic[] {
  const document = TextDocument.create('file:///config.json', 'json', 0, text);
  return problems.map((problem) => ({
    range: { start: document.positionAt(problem.span.start), end: document.positionAt(problem.span.end) },
    severity: DiagnosticSeverity.Error,
    source: 'postmortem',
    code: CONFIG_RULE,
    codeDescription: { href: `${docsBase}/${CONFIG_RULE}.md` },
    message: problem.message,
  }));
}
