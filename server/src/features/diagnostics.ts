/** Findings to LSP diagnostics: source, code, a link to the rule's page, the range of the offending text. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../rules/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostic for each finding; `docsBase` is where `docs/rules/<id>.md` pages live. */
export function toDiagnostics(findings: readonly Finding[], document: TextDocument, docsBase: string): Diagnostic[] {
  return findings.map((finding) => ({
    range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
    severity: SEVERITY[finding.severity],
    source: 'postmortem',
    code: finding.rule,
    codeDescription: { href: `${docsBase}/${finding.rule}.md` },
    message: finding.message,
  }));
}
