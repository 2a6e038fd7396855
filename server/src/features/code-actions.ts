/** Quick fixes: each finding's fix as a code action with an edit pinned to the document version. */
import { CodeAction, CodeActionKind, TextDocumentEdit, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../rules/types';

/** The quick fixes for the findings that touch the requested range. */
export function quickFixes(findings: readonly Finding[], document: TextDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const from = document.offsetAt(params.range.start);
  const to = document.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.span.end < from || finding.span.start > to) continue;
    const fix = finding.fix();
    if (!fix) continue;
    const edits = fix.edits.map((edit) => ({
      range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) },
      newText: edit.newText,
    }));
    const diagnostic = matchingDiagnostic(params.context.diagnostics, finding, document);
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      isPreferred: !fix.suggestion,
      edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] },
    });
  }
  return actions;
}

function matchingDiagnostic(diagnostics: readonly Diagnostic[], finding: Finding, document: TextDocument): Diagnostic | undefined {
  return diagnostics.find(
    (diagnostic) =>
      diagnostic.source === 'postmortem' &&
      diagnostic.code === finding.rule &&
      document.offsetAt(diagnostic.range.start) === finding.span.start &&
      document.offsetAt(diagnostic.range.end) === finding.span.end,
  );
}
