/** A finding as markdownlint's `onError` takes it: lines below the front matter, a range on one line, a fix as `fixInfo`. */
import type { RuleOnErrorFixInfo, RuleOnErrorInfo } from 'markdownlint';
import type { Finding } from '../rules/types';
import type { LintedDocument } from './document';

const CONTEXT_LENGTH = 60;

/** What markdownlint reports for `finding`: our message as the detail, the offending text as the context. */
export function errorInfo(document: LintedDocument, finding: Finding): RuleOnErrorInfo {
  const start = document.index.position(finding.span.start);
  const end = document.index.position(finding.span.end);
  const lineNumber = start.line + 1 - document.frontMatterLines;
  // markdownlint numbers only the lines below the front matter: a finding in it goes on the first.
  if (lineNumber < 1) return { lineNumber: 1, detail: `${finding.message} (front matter, line ${start.line + 1})` };
  const line = document.lines[start.line] ?? '';
  const info: RuleOnErrorInfo = { lineNumber, detail: finding.message };
  const length = Math.max(1, (end.line === start.line ? end.character : line.length) - start.character);
  if (start.character < line.length) {
    info.range = [start.character + 1, Math.min(length, line.length - start.character)];
    if (finding.span.end > finding.span.start) info.context = clip(line.slice(start.character, start.character + info.range[1]));
  }
  const fixInfo = fixInfoOf(document, finding);
  if (fixInfo) info.fixInfo = fixInfo;
  return info;
}

/**
 * The finding's fix as markdownlint's `fixInfo`, when it maps one to one: a fix that fix-all would
 * apply (not a suggestion) made of one edit within a line (its new text may break the line), or
 * one that deletes a whole line. Others are left to `postmortem-lint --fix` and the editor.
 */
export function fixInfoOf(document: LintedDocument, finding: Finding): RuleOnErrorFixInfo | undefined {
  const fix = finding.fix?.();
  if (!fix || fix.suggestion || fix.edits.length !== 1) return undefined;
  const [edit] = fix.edits;
  const start = document.index.position(edit!.span.start);
  const end = document.index.position(edit!.span.end);
  const lineNumber = start.line + 1 - document.frontMatterLines;
  if (lineNumber < 1) return undefined;
  if (start.line === end.line) {
    const deleteCount = end.character - start.character;
    if (deleteCount === 0 && edit!.newText === '') return undefined;
    return { lineNumber, editColumn: start.character + 1, deleteCount, insertText: edit!.newText };
  }
  const wholeLine = start.character === 0 && end.line === start.line + 1 && end.character === 0 && edit!.newText === '';
  return wholeLine ? { lineNumber, deleteCount: -1 } : undefined;
}

function clip(text: string): string {
  return text.length > CONTEXT_LENGTH ? `${text.slice(0, CONTEXT_LENGTH - 1)}…` : text;
}
